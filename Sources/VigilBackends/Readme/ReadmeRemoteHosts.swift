import VigilModel

/// The README's "Remote hosts" subsection of the topology: each remote host, the exporters it runs and the
/// jobs that scrape them, how to deploy its compose file there, and what its firewall must let through.
enum ReadmeRemoteHosts {
    static func lines(_ stack: ResolvedStack) -> [String] {
        let hosts = stack.components.remoteHosts
        guard !hosts.isEmpty else { return [] }
        let compose = stack.targets.contains(.compose)
        let rows = hosts.map { host -> [String] in
            [
                Markdown.code(host.name), Markdown.code(host.address),
                host.exporters.map { "\(Markdown.code($0.address)) (job \(Markdown.code($0.job)))" }
                    .joined(separator: ", "),
                host.forwarding.map { "forwarded by its agent to \(Markdown.code($0.url))" } ?? "scraped",
            ]
        }
        var lines = [
            "", "### Remote hosts", "",
            "Prometheus scrapes these hosts' exporters at their addresses, as more targets of the jobs of the same"
                + " name, so those jobs' rule packs and dashboards cover every host; a host that forwards sends the"
                + " same series instead.",
            "",
        ]
        lines += Markdown.table(["host", "address", "exporters", "how"], rows)
        if compose {
            let copied =
                stack.components.receivesForwardedSamples
                ? "Copy each host's folder (its compose file, and a forwarding host's agent configuration)"
                : "Copy each host's compose file"
            lines += ["", "\(copied) to that host and start it there:", "", "```sh"]
            lines += hosts.map {
                "docker compose -f \(RemoteHostProject.path(of: $0)) up -d"
            }
            lines += ["```"]
        }
        if hosts.contains(where: { $0.forwarding == nil }) {
            lines += [
                "",
                "The exporters' ports are published on the host's address and serve metrics without authentication:"
                    + " let only the Prometheus host reach them through the host's firewall"
                    + (compose
                        ? " (set `\(ComposeEmitter.bindAddressVariable)` to publish them on another address)" : "")
                    + ".",
            ]
        }
        lines += forwarding(stack)
        if stack.targets.contains(.kubernetes) {
            lines += [
                "",
                "The Kubernetes deployment does not scrape remote hosts: its node and container jobs are those"
                    + " kube-prometheus-stack runs in the cluster.",
            ]
        }
        return lines
    }

    /// How the hosts that forward do it, and what that asks of the stack; nothing when none does.
    static func forwarding(_ stack: ResolvedStack) -> [String] {
        let hosts = stack.components.remoteHosts.filter { $0.forwarding != nil }
        guard !hosts.isEmpty else { return [] }
        return [
            "",
            "A host that forwards runs Prometheus in agent mode beside its exporters, whose ports it does not"
                + " publish (\(hosts.map { Markdown.code(RemoteHostProject.agentConfigPath(of: $0)) }.joined(separator: ", "))):"
                + " it scrapes them there and remote-writes the samples under the same job names and `instance`,"
                + " with a `\(AgentForwarding.hostLabel)` label. The stack's Prometheus accepts remote writes"
                + " (`\(AgentForwarding.receiverArgument)`) and checks no credentials: let only the forwarding hosts"
                + " reach its port, through a firewall or a proxy that checks them. The agent's secret files go in"
                + " `secrets/` beside its compose file on that host. With replicas, an agent writing to one of them"
                + " leaves the others without its series: point it at a long-term store they read, or at each. No"
                + " target of a forwarding host is down when its agent stops: its series stop instead.",
        ]
    }

    /// The topology diagram's remote hosts, each scraped by every replica, or forwarding to its URL.
    static func diagram(_ stack: ResolvedStack) -> [String] {
        stack.components.remoteHosts.enumerated().flatMap { index, host in
            let node = ["    remote\(index)[\"\(Mermaid.label("\(host.name) (\(host.address))"))\"]"]
            guard let forwarding = host.forwarding else {
                return node
                    + stack.prometheus.replicas.indices.map { "    remote\(index) -->|scraped| prometheus\($0)" }
            }
            return node + [
                "    remote\(index) -->|agent remote write| forward\(index)[\"\(Mermaid.label(forwarding.url))\"]"
            ]
        }
    }
}
