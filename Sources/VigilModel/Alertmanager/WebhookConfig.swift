/// An HTTP POST of the alerts as JSON to an endpoint.
public struct WebhookConfig: Hashable, Sendable {
    /// Where the endpoint's URL comes from.
    public enum Address: Hashable, Sendable {
        /// A URL without credentials, written into the configuration.
        case url(String)
        /// A URL that embeds a credential, read from a secret's file (`url_file`, Alertmanager 0.26 and later).
        case secret(Secret)
    }

    /// The endpoint.
    public var address: Address
    /// How to authenticate, if at all.
    public var authorization: HTTPAuthorization?
    /// The most alerts sent in one request; 0 sends them all.
    public var maxAlerts: Int
    /// Whether to post when the alerts resolve.
    public var sendResolved: Bool
}
