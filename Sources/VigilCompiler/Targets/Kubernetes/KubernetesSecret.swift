import VigilDSL
import YAMLKit

/// Where the Kubernetes target reads a ``Secret``: a Kubernetes Secret named after it (underscores become
/// hyphens, as object names allow none) holding the value under the secret's own name, so the compose
/// target's `secrets/<name>` file creates it as it is.
enum KubernetesSecret {
    /// The key of a basic-auth password's Secret that holds the user name, which the operator reads from a
    /// Secret too.
    static let usernameKey = "username"

    /// The Kubernetes Secret holding `secret`.
    static func name(of secret: Secret) -> String {
        String(secret.name.map { $0 == "_" ? "-" : $0 })
    }

    /// A `SecretKeySelector` of `secret`'s value, or of another `key` of its Secret.
    static func reference(_ secret: Secret, key: String? = nil) -> YAMLNode {
        ["name": .string(name(of: secret)), "key": .string(key ?? secret.name)]
    }
}
