/// A top-level element of a dashboard: a panel outside any row, or a row with its panels.
public enum ResolvedDashboardItem: Sendable {
    case panel(ResolvedPanel)
    case row(ResolvedRow)
}
