/// A Microsoft Teams message through an Office 365 connector's incoming webhook (Alertmanager 0.28 and later:
/// `msteams_configs` with `webhook_url_file`, which 0.27 announced but does not load). Microsoft is retiring
/// these connectors; ``MicrosoftTeamsV2Config`` posts through Workflows instead.
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
