import VigilCore

/// The rule on the names of secrets, wherever a spec names one (receivers, scrape credentials, exporters'
/// passwords, Grafana): each is a file under `secrets/` and in `/run/secrets/`, so `../../etc/shadow` must not be
/// one.
package enum SecretRules {
    package static let all: [ValidationRule] = [
        ValidationRule("secret names are file names", check: secretNames)
    ]

    /// Letters, digits, `.`, `_` and `-`, starting with a letter or digit: a file name under `secrets/` and a
    /// compose secret name.
    package static func isValidSecretName(_ name: String) -> Bool {
        guard let first = name.utf8.first, NamingRules.isAlphanumeric(first) else { return false }
        return name.utf8.allSatisfy { NamingRules.isAlphanumeric($0) || "._-".utf8.contains($0) }
    }

    /// Every use of a secret whose name is no file name; a place that names it for two uses is reported once,
    /// as the validator reports every identical diagnostic.
    static func secretNames(_ stack: ResolvedStack) -> [Diagnostic] {
        stack.everySecretUse.map(\.secret).filter { !isValidSecretName($0.name) }.map { secret in
            .error(
                "invalid-secret-name", "secret name '\(secret.name)' is not a valid file name", at: secret.location,
                hint: "use letters, digits, '.', '_' and '-', starting with a letter or digit")
        }
    }
}
