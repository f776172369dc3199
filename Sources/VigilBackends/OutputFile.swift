import VigilModel

/// One file an emitter produces, with its path relative to the stack's folder.
public struct OutputFile: Hashable, Sendable {
    /// The path below `generated/<stack>/`, with `/` separators, e.g. `prometheus/prometheus.yml`.
    public var path: String
    /// The file's text, written as UTF-8.
    public var contents: String

    /// Creates an output file.
    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}
