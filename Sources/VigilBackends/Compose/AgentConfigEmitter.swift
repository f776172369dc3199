import VigilModel
import YAMLKit

/// Renders `remote-hosts/<host>/prometheus/agent.yml` for each remote host that forwards: the configuration of
/// its Prometheus agent, which scrapes the host's exporters on its compose network under the stack's job names,
/// each series keeping the `instance` the stack would have scraped (`address:port`), and remote-writes them with
/// the stack's external labels and the host's name (``AgentForwarding/hostLabel``), credentials from secret files.
public struct AgentConfigEmitter: ArtefactEmitter {
    /// Creates the emitter.
    public init() {}

    public func emit(_ stack: ResolvedStack) throws -> [OutputFile] {
        try stack.components.remoteHosts.compactMap { host in
            guard let forwarding = host.forwarding else { return nil }
            return try GeneratedYAML.file(
                RemoteHostProject.agentConfigPath(of: host), .mapping(config(host, forwarding, of: stack)),
                comment: [
                    "Prometheus agent of remote host '\(host.name)': forwards its exporters' samples to the "
                        + "'\(stack.name)' monitoring stack. Check with: promtool check config --agent"
                ])
        }
    }

    func config(_ host: ResolvedRemoteHost, _ forwarding: AgentForwarding, of stack: ResolvedStack) -> YAMLMapping {
        let prometheus = PrometheusConfigEmitter()
        var global = YAMLMapping()
        global.append("scrape_interval", .string(stack.prometheus.scrapeInterval.description))
        global.append("scrape_timeout", .string(stack.prometheus.scrapeTimeout.description))
        global.append(
            "external_labels",
            .mapping(prometheus.labels(stack.prometheus.externalLabels + [Label(AgentForwarding.hostLabel, host.name)]))
        )
        let jobs = host.exporters.map { exporter -> YAMLNode in
            var job = YAMLMapping()
            job.append("job_name", .string(exporter.job))
            job.append("scrape_interval", exporter.scrapeInterval.map { .string($0.description) })
            job.append(
                "static_configs",
                [
                    [
                        "targets": [.string("\(exporter.containerName):\(exporter.kind.port)")],
                        "labels": ["instance": .string(exporter.address)],
                    ]
                ])
            return .mapping(job)
        }
        var write = YAMLMapping()
        write.append("url", .string(forwarding.url))
        write.append("name", .string(stack.name))
        write.append("basic_auth", forwarding.authorization.flatMap(prometheus.basicAuth))
        write.append("authorization", forwarding.authorization.flatMap(prometheus.bearer))
        write.append("tls_config", forwarding.tls.map(prometheus.tls))
        var config = YAMLMapping()
        config.append("global", .mapping(global))
        config.append("scrape_configs", .sequence(jobs))
        config.append("remote_write", [.mapping(write)])
        return config
    }
}
