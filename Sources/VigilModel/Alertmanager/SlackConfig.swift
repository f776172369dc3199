/// A Slack notification through an incoming webhook.
public struct SlackConfig: Hashable, Sendable {
    /// The incoming webhook's URL (it embeds its own credential, hence a secret).
    public var webhook: Secret
    /// The channel, e.g. `#alerts`.
    public var channel: String
    /// The message title.
    public var title: NotificationTemplate
    /// The message text.
    public var text: NotificationTemplate
    /// Whether to notify when the alerts resolve.
    public var sendResolved: Bool
}
