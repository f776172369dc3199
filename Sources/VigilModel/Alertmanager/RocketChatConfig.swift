/// A Rocket.Chat message through the server's REST API, as a user with a personal access token (Alertmanager
/// 0.28 and later: `rocketchat_configs` with `token_file` and `token_id_file`).
public struct RocketChatConfig: Hashable, Sendable {
    /// The server's URL, e.g. `https://chat.example.com`.
    public var server: String
    /// The channel (`#alerts`) or user (`@oncall`) to post to.
    public var channel: String
    /// The personal access token.
    public var token: Secret
    /// The id of the user the token belongs to.
    public var tokenID: Secret
    /// The attachment's title.
    public var title: NotificationTemplate
    /// The attachment's text, in Rocket.Chat's Markdown.
    public var text: NotificationTemplate
    /// Whether to notify when the alerts resolve.
    public var sendResolved: Bool
}
