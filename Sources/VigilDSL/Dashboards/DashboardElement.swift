/// One statement of a ``Dashboard`` body.
public enum DashboardElement: Sendable {
    /// A panel outside any row.
    case panel(Panel)
    /// A row of panels.
    case row(Row)
    /// A template variable.
    case variable(Variable)
}

extension ListBuilder where Element == DashboardElement {
    /// A panel statement.
    public static func buildExpression(_ panel: some DashboardPanel) -> [DashboardElement] { [.panel(panel.panel)] }

    /// A row statement.
    public static func buildExpression(_ row: Row) -> [DashboardElement] { [.row(row)] }

    /// A variable statement.
    public static func buildExpression(_ variable: Variable) -> [DashboardElement] { [.variable(variable)] }
}
