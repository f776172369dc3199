/// The colours of a preview, after Grafana's dark theme, and its fonts.
enum PreviewTheme {
    /// The page behind the panels.
    static let background = "#111217"
    /// A panel's box.
    static let panel = "#181B1F"
    /// The borders of boxes.
    static let border = "#2F3238"
    /// Titles and values.
    static let text = "#CCCCDC"
    /// Secondary text: units, legends, notes.
    static let secondaryText = "#8E8E9E"
    /// The kind label's background.
    static let badge = "#22252B"
    /// The monospaced fonts every text is drawn in, which ``PreviewText``'s width estimate assumes.
    static let fontFamily = "DejaVu Sans Mono, Menlo, Consolas, monospace"
    /// The colours of a panel's queries in order, as Grafana's classic palette gives them to series.
    static let seriesColors = ["#7EB26D", "#EAB839", "#6ED0E0", "#EF843C", "#E24D42", "#1F78C1", "#BA43A9", "#705DA0"]
}
