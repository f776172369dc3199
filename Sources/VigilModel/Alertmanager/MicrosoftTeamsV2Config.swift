/// A Microsoft Teams message through a Workflows (Power Automate) webhook, which replaces the Office 365
/// connectors that ``MicrosoftTeamsConfig`` posts to (Alertmanager 0.28 and later: `msteamsv2_configs` with
/// `webhook_url_file`).
public struct MicrosoftTeamsV2Config: Hashable, Sendable {
    /// The workflow's webhook URL (it embeds its own credential, hence a secret).
    public var webhook: Secret
    /// The card's title.
    public var title: NotificationTemplate
    /// The card's text, in the Markdown that Adaptive Cards render.
    public var text: NotificationTemplate
    /// Whether to notify when the alerts resolve.
    public var sendResolved: Bool
}
