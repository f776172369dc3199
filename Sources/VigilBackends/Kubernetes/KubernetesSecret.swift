import VigilModel
import YAMLKit

/// Where the Kubernetes target reads a ``Secret``: a Kubernetes Secret named after it (underscores become
/// hyphens, as object names allow none) holding the value under the secret's own name, so the compose
/// target's `secrets/<name>` file creates it as it is.
enum KubernetesSecret {
    /// The key of a basic-auth password's Secret that holds the user name, which the operator reads from a
    /// Secret too.
    static let usernameKey = "username"

    /// The secrets the stack's Kubernetes objects and its Alertmanager read, each once, in the order of first
    /// use (scrapes, remote writes, receivers, then the deployed exporters' passwords), with the user name a basic-auth
    /// password's Secret holds beside it.
    static func uses(in stack: ResolvedStack) -> [(secret: Secret, username: String?)] {
        let uses =
            stack.scrapeJobs.filter { $0.kubernetes != nil }.flatMap { clientUses($0.authorization, tls: $0.tls) }
            + stack.prometheus.remoteWrite.flatMap { clientUses($0.authorization, tls: $0.tls) }
        var seen: Set<String> = []
        let exporters = ExporterWorkloads.deployed(stack).flatMap(ResolvedComponents.secretUses(of:)).map {
            (secret: $0.secret, username: String?.none)
        }
        return (uses + receiverUses(in: stack) + exporters).filter { seen.insert($0.secret.name).inserted }
    }

    /// The secrets of an HTTP client's credentials and certificates, a basic-auth password's with its user name.
    static func clientUses(_ authorization: ScrapeAuthorization?, tls: ScrapeTLS?) -> [(
        secret: Secret, username: String?
    )] {
        var uses: [(secret: Secret, username: String?)] = []
        switch authorization {
        case .basic(let username, let password): uses.append((password, username))
        case .bearer(let token): uses.append((token, nil))
        case nil: break
        }
        let certificates = [tls?.certificateAuthority, tls?.clientCertificate, tls?.clientKey]
        return uses + certificates.compactMap(\.self).map { ($0, nil) }
    }

    /// The secrets the stack's receivers read, in receiver order; a basic-auth password's Secret holds the user
    /// name too when an `AlertmanagerConfig` reads it, which takes both from Secrets.
    static func receiverUses(in stack: ResolvedStack) -> [(secret: Secret, username: String?)] {
        guard let alertmanager = stack.alertmanager, let kubernetes = stack.kubernetes else { return [] }
        return alertmanager.receivers.flatMap(\.integrations).flatMap {
            integration -> [(secret: Secret, username: String?)] in
            if kubernetes.alertmanager == .alertmanagerConfig, case .webhook(let webhook) = integration,
                case .basic(let username, let password) = webhook.authorization
            {
                return (webhook.address.secret.map { [($0, nil)] } ?? []) + [(password, username)]
            }
            return integration.secretUses.map { ($0.secret, nil) }
        }
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
