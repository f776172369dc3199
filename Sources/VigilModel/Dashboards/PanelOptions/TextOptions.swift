/// The options of Grafana's `text` panel: what ``PanelKind`` carries for it; written with `Text` in the
/// DSL, which names them `Text.Options`.
public struct TextOptions: Hashable, Sendable {
    /// The language of the content.
    public enum Mode: String, Hashable, Sendable {
        case markdown, html
    }

    /// The text.
    public var content: String
    /// Markdown or HTML.
    public var mode: Mode

    /// Options with every value given.
    public init(content: String, mode: Mode) {
        self.content = content
        self.mode = mode
    }
}
