import VigilModel
import YAMLKit

/// Where the Kubernetes target reads a ``Secret``: a Kubernetes Secret named after it (underscores become
/// hyphens, as object names allow none) holding the value under the secret's own name, so the compose
/// target's `secrets/<name>` file creates it as it is.
enum KubernetesSecret {
    /// The key of a basic-auth password's Secret that holds the user name, which the operator reads from a
    /// Secret too.
    static let usernameKey = "username"

    /// The secrets the stack's Kubernetes objects read, each once, in the order of first use, with the user
    /// name a basic-auth password's Secret holds beside it.
    static func uses(in stack: ResolvedStack) -> [(secret: Secret, username: String?)] {
        let uses = stack.scrapeJobs.filter { $0.kubernetes != nil }.flatMap {
            job -> [(secret: Secret, username: String?)] in
            var uses: [(secret: Secret, username: String?)] = []
            switch job.authorization {
            case .basic(let username, let password): uses.append((password, username))
            case .bearer(let token): uses.append((token, nil))
            case nil: break
            }
            let certificates = [job.tls?.certificateAuthority, job.tls?.clientCertificate, job.tls?.clientKey]
            return uses + certificates.compactMap(\.self).map { ($0, nil) }
        }
        var seen: Set<String> = []
        return uses.filter { seen.insert($0.secret.name).inserted }
    }

    /// The Kubernetes Secret holding `secret`.
    static func name(of secret: Secret) -> String {
        String(secret.name.map { $0 == "_" ? "-" : $0 })
    }

    /// A `SecretKeySelector` of `secret`'s value, or of another `key` of its Secret.
    static func reference(_ secret: Secret, key: String? = nil) -> YAMLNode {
        ["name": .string(name(of: secret)), "key": .string(key ?? secret.name)]
    }
}
