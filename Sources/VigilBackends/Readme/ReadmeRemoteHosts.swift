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
            ]
        }
        var lines = [
            "", "### Remote hosts", "",
            "Prometheus scrapes these hosts' exporters at their addresses, as more targets of the jobs of the same"
                + " name, so those jobs' rule packs and dashboards cover every host.",
            "",
        ]
        lines += Markdown.table(["host", "address", "exporters scraped"], rows)
        if compose {
            lines += ["", "Copy each host's compose file to that host and start it there:", "", "```sh"]
            lines += hosts.map {
                "docker compose -f \(RemoteHostProject.path(of: $0)) up -d"
            }
            lines += ["```"]
        }
        lines += [
            "",
            "The exporters' ports are published on the host's address and serve metrics without authentication:"
                + " let only the Prometheus host reach them through the host's firewall"
                + (compose ? " (set `\(ComposeEmitter.bindAddressVariable)` to publish them on another address)" : "")
                + ".",
        ]
        if stack.targets.contains(.kubernetes) {
            lines += [
                "",
                "The Kubernetes deployment does not scrape remote hosts: its node and container jobs are those"
                    + " kube-prometheus-stack runs in the cluster.",
            ]
        }
        return lines
    }

    /// The topology diagram's remote hosts, each scraped by every replica.
    static func diagram(_ stack: ResolvedStack) -> [String] {
        stack.components.remoteHosts.enumerated().flatMap { index, host in
            ["    remote\(index)[\"\(Mermaid.label("\(host.name) (\(host.address))"))\"]"]
                + stack.prometheus.replicas.indices.map { "    remote\(index) -->|scraped| prometheus\($0)" }
        }
    }
}
