/// An email through an SMTP server.
public struct EmailConfig: Hashable, Sendable {
    /// The recipient address(es), comma-separated.
    public var to: String
    /// The sender address.
    public var from: String
    /// The SMTP server as `host:port`.
    public var smarthost: String
    /// The SMTP user name, when the server needs authentication.
    public var username: String?
    /// The SMTP password, when the server needs authentication.
    public var password: Secret?
    /// Whether the connection must use STARTTLS.
    public var requireTLS: Bool
    /// The subject line.
    public var subject: NotificationTemplate
    /// The HTML body.
    public var html: NotificationTemplate
    /// Whether to send an email when the alerts resolve.
    public var sendResolved: Bool
}
