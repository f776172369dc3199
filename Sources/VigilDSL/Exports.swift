// The DSL is sugar over the core: specs that import VigilDSL write durations, PromQL and release lines too.
@_exported import VigilCore
@_exported import VigilModel
