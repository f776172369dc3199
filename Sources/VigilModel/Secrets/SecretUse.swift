import VigilCore

/// A secret file that one of the stack's containers reads, and what it holds.
public struct SecretUse: Hashable, Sendable {
    /// The secret, with where the spec named it.
    public var secret: Secret
    /// The compose service that reads it.
    public var service: String
    /// What the file must contain, for the person creating it.
    public var purpose: String

    /// `service` reads `secret`, which holds `purpose`.
    public init(_ secret: Secret, service: String, purpose: String) {
        self.secret = secret
        self.service = service
        self.purpose = purpose
    }

    /// The secret's name: `secrets/<name>` beside the stack, `/run/secrets/<name>` in the container.
    public var name: String { secret.name }
}
