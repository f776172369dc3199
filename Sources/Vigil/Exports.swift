/// Spec files import only `Vigil`: it brings the whole DSL with it.
@_exported import VigilDSL
