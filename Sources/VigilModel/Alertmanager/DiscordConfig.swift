/// A Discord message through a channel webhook (Alertmanager 0.28 and later: `discord_configs` with
/// `webhook_url_file`, which 0.27 announced but does not load).
public struct DiscordConfig: Hashable, Sendable {
    /// The channel webhook's URL (it embeds its own credential, hence a secret).
    public var webhook: Secret
    /// The embed's title.
    public var title: NotificationTemplate
    /// The embed's text, in Discord's Markdown.
    public var message: NotificationTemplate
    /// Whether to notify when the alerts resolve.
    public var sendResolved: Bool
}
