import VigilModel

/// Writes the components' configuration files (Loki, Alloy, Jaeger or Tempo, blackbox-exporter), rendered
/// from `templates/` during lowering.
public struct ComponentConfigEmitter: ArtefactEmitter {
    /// Creates the emitter.
    public init() {}

    public func emit(_ stack: ResolvedStack) throws -> [OutputFile] {
        ComposeProject(stack).configFiles.map { OutputFile(path: $0.path, contents: $0.contents) }
    }
}
