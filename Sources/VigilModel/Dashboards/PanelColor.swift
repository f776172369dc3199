/// A colour of a threshold step, an override or a value mapping: one of Grafana's named colours, or a
/// hex code.
public enum PanelColor: Hashable, Sendable {
    case green, yellow, orange, red, blue, purple
    /// The theme's text colour.
    case text
    /// No colour.
    case transparent
    /// A colour by its hex code: `#RGB`, `#RRGGBB` or `#RRGGBBAA`.
    case hex(String)

    /// The colour as Grafana writes it.
    public var name: String {
        switch self {
        case .green: "green"
        case .yellow: "yellow"
        case .orange: "orange"
        case .red: "red"
        case .blue: "blue"
        case .purple: "purple"
        case .text: "text"
        case .transparent: "transparent"
        case .hex(let code): code
        }
    }
}
