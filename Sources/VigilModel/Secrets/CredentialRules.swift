import VigilCore

/// The rule that keeps credentials out of `generated/`: an address or URL with a password in it
/// (`https://user:pass@host`, `redis://:pass@redis:6379`, `user:pass@postgres:5432`), or a token or key
/// (``URLCredentials``), would be written into the compose file or prometheus.yml, and into git. Credentials are
/// secrets, read from files.
package enum CredentialRules {
    package static let all: [ValidationRule] = [
        ValidationRule(
            "no scrape target, remote write or agent URL carries a credential", check: credentialsInAddresses)
    ]

    static func credentialsInAddresses(_ stack: ResolvedStack) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for remote in stack.prometheus.remoteWrite {
            guard let credential = URLCredentials.credential(in: remote.url) else { continue }
            diagnostics.append(diagnostic("remote write '\(remote.name)' carries \(credential)", remote.location))
        }
        for host in stack.components.remoteHosts {
            guard let forwarding = host.forwarding, let credential = URLCredentials.credential(in: forwarding.url)
            else { continue }
            diagnostics.append(
                diagnostic(
                    "the agent of remote host '\(host.name)' forwards to a URL that carries \(credential)",
                    forwarding.location))
        }
        for job in stack.scrapeJobs {
            for target in job.targets {
                guard let credential = URLCredentials.credential(in: target) else { continue }
                diagnostics.append(
                    diagnostic("a target of job '\(job.name)' carries \(credential)", job.location))
            }
        }
        return diagnostics
    }

    package static func diagnostic(_ message: String, _ location: SourceLocation) -> Diagnostic {
        .error(
            "credential-in-url", message + "; it would be written into generated/ and git", at: location,
            hint: "leave it out of the address and give it as a secret, e.g. `password: .secret(\"redis_password\")`")
    }
}
