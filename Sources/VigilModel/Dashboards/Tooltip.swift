/// What a panel's tooltip shows when hovering a point in time.
public enum Tooltip: String, Hashable, Sendable {
    /// The hovered series only.
    case single
    /// Every series at that time.
    case all = "multi"
    /// No tooltip.
    case hidden = "none"
}
