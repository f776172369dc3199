/// A secret file that one of the stack's containers reads, and what it holds.
public struct SecretUse: Hashable, Sendable {
    /// The secret's name: `secrets/<name>` beside the stack, `/run/secrets/<name>` in the container.
    public var name: String
    /// The compose service that reads it.
    public var service: String
    /// What the file must contain, for the person creating it.
    public var purpose: String

    /// `service` reads the secret `name`, which holds `purpose`.
    public init(name: String, service: String, purpose: String) {
        self.name = name
        self.service = service
        self.purpose = purpose
    }
}
