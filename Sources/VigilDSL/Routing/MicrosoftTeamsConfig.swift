/// A Microsoft Teams message through an incoming webhook (Alertmanager 0.27 and later: `msteams_configs`
/// with `webhook_url_file`).
public struct MicrosoftTeamsConfig: Hashable, Sendable {
    /// The incoming webhook's URL.
    public var webhook: Secret
    /// The message title.
    public var title: NotificationTemplate
    /// The message text.
    public var text: NotificationTemplate
    /// Whether to notify when the alerts resolve.
    public var sendResolved: Bool
}
