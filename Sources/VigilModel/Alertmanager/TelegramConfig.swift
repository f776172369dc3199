/// A Telegram message from a bot (`telegram_configs` with `bot_token_file`: Alertmanager 0.26 and later; 0.28
/// for a topic, `message_thread_id`).
public struct TelegramConfig: Hashable, Sendable {
    /// How Telegram reads the message's markup.
    public enum ParseMode: String, Hashable, Sendable {
        /// Telegram's HTML subset (`<b>`, `<i>`, `<a href>`, `<code>`); Alertmanager escapes the alerts' values.
        case html = "HTML"
        /// Telegram's legacy Markdown.
        case markdown = "Markdown"
        /// Telegram's MarkdownV2, where reserved characters in the text must be escaped.
        case markdownV2 = "MarkdownV2"
    }

    /// The bot's token, from BotFather.
    public var botToken: Secret
    /// The chat to post to: a user's id, or a group's or channel's (negative, e.g. `-1001234567890`).
    public var chatID: Int64
    /// The topic of a forum group to post to (`message_thread_id`), or `nil` for the chat itself.
    public var topic: Int?
    /// The message.
    public var message: NotificationTemplate
    /// The markup `message` is written in.
    public var parseMode: ParseMode
    /// Whether the message arrives without a sound.
    public var silent: Bool
    /// Whether to notify when the alerts resolve.
    public var sendResolved: Bool
}
