/// A PagerDuty incident through the Events API v2.
public struct PagerDutyConfig: Hashable, Sendable {
    /// The integration's routing key.
    public var routingKey: Secret
    /// The event severity.
    public var severity: NotificationTemplate
    /// Whether to resolve the incident when the alerts resolve.
    public var sendResolved: Bool
}
