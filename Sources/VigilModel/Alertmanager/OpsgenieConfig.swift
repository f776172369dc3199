/// An Opsgenie alert through its API.
public struct OpsgenieConfig: Hashable, Sendable {
    /// The API integration key.
    public var apiKey: Secret
    /// The priority.
    public var priority: NotificationTemplate
    /// Whether to close the Opsgenie alert when the alerts resolve.
    public var sendResolved: Bool
}
