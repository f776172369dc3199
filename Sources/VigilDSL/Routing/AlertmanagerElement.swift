/// One statement of an ``Alertmanager`` body.
public enum AlertmanagerElement: Sendable {
    /// A receiver declared for the stack, whether or not a route uses it yet.
    case receiver(Receiver)
    /// A top-level route, below the root.
    case route(Route)
    /// An inhibition.
    case inhibit(Inhibit)
    /// A routing expectation.
    case expect(Expect)
}

extension ListBuilder where Element == AlertmanagerElement {
    /// A receiver statement.
    public static func buildExpression(_ receiver: Receiver) -> [AlertmanagerElement] { [.receiver(receiver)] }

    /// A route statement.
    public static func buildExpression(_ route: Route) -> [AlertmanagerElement] { [.route(route)] }

    /// An inhibition statement.
    public static func buildExpression(_ inhibit: Inhibit) -> [AlertmanagerElement] { [.inhibit(inhibit)] }

    /// An expectation statement.
    public static func buildExpression(_ expect: Expect) -> [AlertmanagerElement] { [.expect(expect)] }
}
