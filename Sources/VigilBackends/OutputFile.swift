import VigilModel

/// One file an emitter produces, with its path relative to the stack's folder: a text file (YAML, JSON, SVG,
/// Markdown) or a binary one (a PNG preview), held as the bytes written.
public struct OutputFile: Hashable, Sendable {
    /// The path below `generated/<stack>/`, with `/` separators, e.g. `prometheus/prometheus.yml`.
    public var path: String
    /// The bytes written: a text file's UTF-8.
    public var bytes: [UInt8]

    /// The file's text: its bytes read as UTF-8 (a binary file's invalid sequences read as U+FFFD).
    public var contents: String { String(decoding: bytes, as: UTF8.self) }

    /// Creates a text file, written as UTF-8.
    public init(path: String, contents: String) {
        self.init(path: path, bytes: Array(contents.utf8))
    }

    /// Creates a file holding `bytes`.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}
