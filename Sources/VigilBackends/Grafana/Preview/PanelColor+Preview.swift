import VigilModel

extension PanelColor {
    /// The colour as an SVG paint: Grafana's dark-theme shade of a named colour, `none` for transparent, and a
    /// hex code without its alpha digits (a mark shows the hue; SVG 1.1 has no alpha in a hex code).
    var previewPaint: String {
        switch self {
        case .green: "#73BF69"
        case .yellow: "#FADE2A"
        case .orange: "#FF9830"
        case .red: "#F2495C"
        case .blue: "#5794F2"
        case .purple: "#B877D9"
        case .text: PreviewTheme.text
        case .transparent: "none"
        case .hex(let code) where code.count == 9: String(code.prefix(7))
        case .hex(let code): code
        }
    }
}
