@_exported import VigilCore
