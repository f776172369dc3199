/// How a webhook receiver authenticates to its endpoint; the credential is always a ``Secret``.
public enum HTTPAuthorization: Hashable, Sendable {
    /// `Authorization: Bearer <token>`, the token read from the secret's file.
    case bearer(Secret)
    /// HTTP basic authentication, the password read from the secret's file.
    case basic(username: String, password: Secret)

    /// The secret it reads.
    public var secret: Secret {
        switch self {
        case .bearer(let token): token
        case .basic(_, let password): password
        }
    }
}
