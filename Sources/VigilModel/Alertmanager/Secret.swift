/// A secret the stack needs at run time (an API key, a webhook URL, a password), named but never written.
///
/// Configuration refers to a secret only by name; each output target says where its file is at run time
/// (compose: `/run/secrets/<name>`, provided from `secrets/<name>` beside the generated stack; Kubernetes: a
/// Secret's key). There is deliberately no way to give a secret's value:
/// `routingKey: "abc123"` does not compile (a string literal is unavailable, with a message saying what to
/// write); write `routingKey: .secret("pagerduty_routing_key")` and put the key into
/// `secrets/pagerduty_routing_key`.
public struct Secret: Hashable, Sendable {
    /// The name: the file under `secrets/` and the compose secret.
    public let name: String
    /// Where the secret was referred to.
    public let location: SourceLocation

    /// The secret called `name`.
    public static func secret(
        _ name: String,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) -> Secret {
        Secret(name: name, location: SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column))
    }

    private init(name: String, location: SourceLocation) {
        self.name = name
        self.location = location
    }

    /// Two references to one secret are equal wherever they were written.
    public static func == (lhs: Secret, rhs: Secret) -> Bool { lhs.name == rhs.name }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
    }
}
