/// The rules on remote hosts: unique names that make folders, addresses Prometheus can scrape, one exporter per
/// port, only exporters that need nothing the remote host lacks, and an agent that forwards to a URL. A
/// credential in that URL is ``CredentialRules``'s.
package enum RemoteHostRules {
    package static let all: [ValidationRule] = [
        ValidationRule("remote host names are unique", check: duplicateHosts),
        ValidationRule("remote hosts have a folder name and a scrapable address", check: invalidHosts),
        ValidationRule("a remote host runs one exporter of each kind", check: duplicateExporters),
        ValidationRule(
            "a remote host runs only exporters that need no secret or configuration file", check: unsupported),
        ValidationRule("a remote host's agent forwards to an http(s) URL", check: forwardingURLs),
    ]

    static func duplicateHosts(_ stack: ResolvedStack) -> [Diagnostic] {
        DuplicateNames.errors(
            stack.components.remoteHosts, by: \.name, at: \.location, id: "duplicate-remote-host",
            hint: { DuplicateNames.hint(first: $0, "rename one, or declare its exporters in the first") },
            message: { "two remote hosts are named '\($0.name)'" })
    }

    static func invalidHosts(_ stack: ResolvedStack) -> [Diagnostic] {
        stack.components.remoteHosts.compactMap { host in
            let reason: String
            if host.name.isEmpty || host.name.hasPrefix(".") || !host.name.allSatisfy(isNameCharacter) {
                reason = "its name '\(host.name)' is not a folder name of letters, digits, '-', '_' and '.'"
            } else if let problem = TargetAddress.problem(with: host.address) {
                reason = "its address '\(host.address)' is not usable: \(problem.reason)"
            } else if TargetAddress.split(host.address).port != nil {
                reason = "its address '\(host.address)' has a port"
            } else {
                return nil
            }
            return .error(
                "invalid-remote-host", "remote host '\(host.name)': \(reason)", at: host.location,
                hint: "write RemoteHost(\"db-1\", address: \"10.0.0.12\"): each exporter's port is added to the address"
            )
        }
    }

    static func duplicateExporters(_ stack: ResolvedStack) -> [Diagnostic] {
        stack.components.remoteHosts.flatMap { host in
            DuplicateNames.errors(
                host.exporters, by: \.kind.port, at: \.location, id: "duplicate-remote-exporter",
                hint: { DuplicateNames.hint(first: $0, "remove one") },
                message: { "remote host '\(host.name)' already runs an exporter on port \($0.kind.port)" })
        }
    }

    static func unsupported(_ stack: ResolvedStack) -> [Diagnostic] {
        stack.components.remoteHosts.flatMap { host in
            host.exporters.filter { !runsRemotely($0.kind) }.map {
                .error(
                    "unsupported-remote-exporter",
                    "the job '\($0.job)' cannot run on remote host '\(host.name)': it needs a secret or a configuration "
                        + "file, which the remote host's compose file does not provide",
                    at: $0.location,
                    hint: "run it beside Prometheus, in the stack's body; a remote host runs NodeExporter and CAdvisor")
            }
        }
    }

    static func forwardingURLs(_ stack: ResolvedStack) -> [Diagnostic] {
        stack.components.remoteHosts.compactMap { host in
            guard let forwarding = host.forwarding else { return nil }
            let url = forwarding.url
            let scheme = ["http://", "https://"].first { url.hasPrefix($0) }
            let address = scheme.map { url.dropFirst($0.count).prefix { $0 != "/" && $0 != ":" } }
            guard let address, !address.isEmpty, !url.contains(where: \.isWhitespace) else {
                return .error(
                    "invalid-agent-forwarding",
                    "the agent of remote host '\(host.name)' forwards to '\(url)', not an http(s) URL",
                    at: forwarding.location,
                    hint: "write the receiving endpoint as the remote host reaches it, e.g. "
                        + "`.agent(url: \"http://10.0.0.5:9090/api/v1/write\")` for the stack's Prometheus")
            }
            return nil
        }
    }

    /// Whether an exporter of `kind` needs only the host it runs on.
    static func runsRemotely(_ kind: ExporterKind) -> Bool {
        switch kind {
        case .node, .cadvisor: true
        case .postgres, .redis, .blackbox: false
        }
    }

    static func isNameCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || "-_.".contains(character))
    }
}
