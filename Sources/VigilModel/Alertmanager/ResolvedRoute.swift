import VigilCore

/// A node of the routing tree after lowering, its receiver and schedules referred to by name.
public struct ResolvedRoute: Sendable {
    /// The receiver's name.
    public var receiver: String
    /// The conditions an alert's labels must all satisfy; empty on the root.
    public var matchers: [Matcher]
    /// Whether later siblings are still tried after this route took an alert.
    public var continues: Bool = false
    /// The grouping labels; inherited when `nil`.
    public var groupBy: [AlertLabel]?
    /// The group wait; inherited when `nil`.
    public var groupWait: Duration?
    /// The group interval; inherited when `nil`.
    public var groupInterval: Duration?
    /// The repeat interval; inherited when `nil`.
    public var repeatInterval: Duration?
    /// The names of the schedules during which the route is muted.
    public var mutedDuring: [String] = []
    /// The names of the schedules outside which the route is muted.
    public var activeDuring: [String] = []
    /// The nested routes, in order.
    public var routes: [ResolvedRoute] = []
    /// Where the route was written (for the root, the Alertmanager).
    public var location: SourceLocation

    /// This route and every route below it, depth first, in order.
    public var allRoutes: [ResolvedRoute] { [self] + routes.flatMap(\.allRoutes) }

    /// A value of these fields.
    package init(
        receiver: String, matchers: [Matcher], continues: Bool = false, groupBy: [AlertLabel]? = nil,
        groupWait: Duration? = nil, groupInterval: Duration? = nil, repeatInterval: Duration? = nil,
        mutedDuring: [String] = [], activeDuring: [String] = [], routes: [ResolvedRoute] = [], location: SourceLocation
    ) {
        self.receiver = receiver
        self.matchers = matchers
        self.continues = continues
        self.groupBy = groupBy
        self.groupWait = groupWait
        self.groupInterval = groupInterval
        self.repeatInterval = repeatInterval
        self.mutedDuring = mutedDuring
        self.activeDuring = activeDuring
        self.routes = routes
        self.location = location
    }
}
