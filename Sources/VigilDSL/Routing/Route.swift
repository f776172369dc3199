/// A branch of the routing tree: alerts whose labels satisfy every matcher go to its receiver (or to the
/// first of its nested routes that takes them), unless an earlier sibling took them first.
///
/// ```swift
/// Route(.severity(.critical), to: pagerDuty, repeatInterval: .hours(1)) {
///     Route(.label(.service, equals: "payments"), to: paymentsPager)
/// }
/// ```
public struct Route: Hashable, Sendable {
    /// The conditions an alert's labels must all satisfy; none matches every alert.
    public let matchers: [Matcher]
    /// Where matching alerts go when no nested route takes them.
    public let receiver: Receiver
    /// Whether the following siblings are still tried after this route took an alert.
    public let continues: Bool
    /// The labels that group alerts into one notification; the parent's when `nil`.
    public let groupBy: [AlertLabel]?
    /// How long to wait before the first notification of a new group; the parent's when `nil`.
    public let groupWait: Duration?
    /// How long to wait before notifying a group about new alerts; the parent's when `nil`.
    public let groupInterval: Duration?
    /// How long to wait before repeating a notification; the parent's when `nil`.
    public let repeatInterval: Duration?
    /// Schedules during which the route sends nothing.
    public let mutedDuring: [Schedule]
    /// Schedules outside which the route sends nothing; always active when empty.
    public let activeDuring: [Schedule]
    /// The nested routes, tried in order.
    public let routes: [Route]
    /// Where the route was written.
    public let location: SourceLocation

    /// A route taking the alerts that satisfy all `matchers` to `receiver`.
    public init(
        _ matchers: Matcher..., to receiver: Receiver, continue continues: Bool = false,
        groupBy: [AlertLabel]? = nil, groupWait: Duration? = nil, groupInterval: Duration? = nil,
        repeatInterval: Duration? = nil, mutedDuring: [Schedule] = [], activeDuring: [Schedule] = [],
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column,
        @ListBuilder<Route> routes: () -> [Route] = { [] }
    ) {
        self.init(
            matchers: matchers, receiver: receiver, continues: continues, groupBy: groupBy, groupWait: groupWait,
            groupInterval: groupInterval, repeatInterval: repeatInterval, mutedDuring: mutedDuring,
            activeDuring: activeDuring, routes: routes(),
            location: SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column))
    }

    /// A route from its parts, for code that builds routes from data (`specs import`).
    package init(
        matchers: [Matcher], receiver: Receiver, continues: Bool, groupBy: [AlertLabel]?, groupWait: Duration?,
        groupInterval: Duration?, repeatInterval: Duration?, mutedDuring: [Schedule], activeDuring: [Schedule],
        routes: [Route], location: SourceLocation
    ) {
        self.matchers = matchers
        self.receiver = receiver
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
