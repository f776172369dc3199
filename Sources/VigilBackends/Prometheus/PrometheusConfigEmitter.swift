import VigilModel
import YAMLKit

/// Renders `prometheus/prometheus.yml`: global settings, scrape jobs and remote writes.
public struct PrometheusConfigEmitter: ArtefactEmitter {
    /// The path of the configuration inside the stack folder.
    public static let path = "prometheus/prometheus.yml"

    /// Creates the emitter.
    public init() {}

    public func emit(_ stack: ResolvedStack) throws -> [OutputFile] {
        var config = YAMLMapping()
        config.append("global", .mapping(global(stack.prometheus)))
        if let alertmanager = stack.alertmanager {
            config.append("alerting", .mapping(alerting(alertmanager, replicaLabel: stack.prometheus.replicaLabel)))
        }
        if !stack.ruleGroups.isEmpty {
            config.append("rule_files", ["rules/*.yml"])
        }
        config.append("scrape_configs", .sequence(stack.scrapeJobs.map { .mapping(scrapeConfig($0)) }))
        if !stack.prometheus.remoteWrite.isEmpty {
            config.append(
                "remote_write", .sequence(stack.prometheus.remoteWrite.map { .mapping(remoteWrite($0, of: stack)) }))
        }
        return [
            try GeneratedYAML.file(
                Self.path, .mapping(config), comment: ["Prometheus configuration of the '\(stack.name)' stack."])
        ]
    }

    func global(_ prometheus: ResolvedPrometheus) -> YAMLMapping {
        var global = YAMLMapping()
        global.append("scrape_interval", .string(prometheus.scrapeInterval.description))
        global.append("scrape_timeout", .string(prometheus.scrapeTimeout.description))
        global.append("evaluation_interval", .string(prometheus.evaluationInterval.description))
        var externalLabels = labels(prometheus.externalLabels)
        if let replica = prometheus.replicaLabel {
            // Prometheus 3 expands environment variables in external labels: each replica's service sets it.
            externalLabels.append(replica, .string("${\(ResolvedPrometheus.replicaVariable)}"))
        }
        if !externalLabels.isEmpty {
            global.append("external_labels", .mapping(externalLabels))
        }
        return global
    }

    /// Where alerts go: every Alertmanager peer, with no load balancer in between; replicas drop their replica
    /// label from alerts first, so that the peers see one alert where both replicas fire.
    func alerting(_ alertmanager: ResolvedAlertmanager, replicaLabel: String?) -> YAMLMapping {
        var alerting = YAMLMapping()
        if let replicaLabel {
            alerting.append(
                "alert_relabel_configs", [.mapping(["regex": .string(replicaLabel), "action": "labeldrop"])])
        }
        alerting.append(
            "alertmanagers", [["static_configs": [["targets": .sequence(alertmanager.addresses.map(YAMLNode.string))]]]]
        )
        return alerting
    }

    /// One `remote_write` entry: credentials and certificates from secret files, the tenant header, the engine's
    /// queue, a `keep` of the recorded series and the raw series listed, and what the engine needs to
    /// deduplicate a highly available pair.
    func remoteWrite(_ remote: RemoteWrite, of stack: ResolvedStack) -> YAMLMapping {
        remoteWrite(
            remote,
            replicaRelabeling: remote.replicaRelabeling(
                replicaLabel: stack.prometheus.replicaLabel, cluster: stack.name)
        ) { config in
            config.append("basic_auth", remote.authorization.flatMap(basicAuth))
            config.append("authorization", remote.authorization.flatMap(bearer))
            config.append("tls_config", remote.tls.map(tls))
        }
    }

    /// A remote write with its keys spelled by `key` (the Prometheus object's camelCase, for the Kubernetes
    /// target) and its credentials added by `client`, which differ by where they are read from.
    func remoteWrite(
        _ remote: RemoteWrite, replicaRelabeling: [Relabel], key: (String) -> String = { $0 },
        client: (inout YAMLMapping) -> Void
    ) -> YAMLMapping {
        var config = YAMLMapping()
        config.append("url", .string(remote.url))
        config.append("name", .string(remote.name))
        let headers = remote.allHeaders
        if !headers.isEmpty {
            config.append(
                "headers", .mapping(YAMLMapping(headers.map { .init(key: $0.name, value: .string($0.value)) })))
        }
        client(&config)
        let queue = remote.queue
        config.append(
            key("queue_config"),
            .mapping(
                YAMLMapping([
                    .init(key: key("capacity"), value: .int(queue.capacity)),
                    .init(key: key("max_shards"), value: .int(queue.maxShards)),
                    .init(key: key("max_samples_per_send"), value: .int(queue.maxSamplesPerSend)),
                    .init(key: key("batch_send_deadline"), value: .string(queue.batchSendDeadline.description)),
                ])))
        config.append(
            key("write_relabel_configs"),
            .sequence(
                [
                    YAMLNode.mapping(
                        YAMLMapping([
                            .init(key: key("source_labels"), value: ["__name__"]),
                            .init(key: "regex", value: .string(remote.keptNames)), .init(key: "action", value: "keep"),
                        ]))
                ] + replicaRelabeling.map { relabel($0, key: key) }))
        return config
    }

    func scrapeConfig(_ job: ResolvedScrapeJob) -> YAMLMapping {
        var config = YAMLMapping()
        config.append("job_name", .string(job.name))
        config.append("scrape_interval", job.interval.map { .string($0.description) })
        config.append("scrape_timeout", job.timeout.map { .string($0.description) })
        if !job.protocols.isEmpty {
            config.append("scrape_protocols", .sequence(job.protocols.map { .string($0.rawValue) }))
        }
        config.append("fallback_scrape_protocol", job.fallbackProtocol.map { .string($0.rawValue) })
        config.append("metrics_path", .string(job.metricsPath))
        config.append("scheme", .string(job.scheme))
        if job.honorsLabels {
            config.append("honor_labels", true)
        }
        config.append("params", Self.params(of: job))
        config.append("basic_auth", job.authorization.flatMap(basicAuth))
        config.append("authorization", job.authorization.flatMap(bearer))
        config.append("tls_config", job.tls.map(tls))
        // Discovered targets get the job's labels through relabeling; static ones carry them directly.
        let labelsByRelabeling = !job.discovery.isEmpty
        if !job.targets.isEmpty {
            var staticConfig = YAMLMapping()
            staticConfig.append("targets", .sequence(job.targets.map(YAMLNode.string)))
            if !job.labels.isEmpty && !labelsByRelabeling {
                staticConfig.append("labels", .mapping(labels(job.labels)))
            }
            config.append("static_configs", .sequence([.mapping(staticConfig)]))
        }
        let files = job.discovery.compactMap(fileDiscovery)
        config.append("file_sd_configs", files.isEmpty ? nil : .sequence(files))
        let dns = job.discovery.compactMap { dnsDiscovery($0) }
        config.append("dns_sd_configs", dns.isEmpty ? nil : .sequence(dns))
        let labelSteps =
            labelsByRelabeling
            ? job.labels.map { YAMLNode.mapping(["target_label": .string($0.name), "replacement": .string($0.value)]) }
            : []
        let relabeling = labelSteps + job.relabeling.map { relabel($0) }
        config.append("relabel_configs", relabeling.isEmpty ? nil : .sequence(relabeling))
        config.append(
            "metric_relabel_configs",
            job.metricRelabeling.isEmpty ? nil : .sequence(job.metricRelabeling.map { relabel($0) }))
        return config
    }

    /// A job's URL parameters as a mapping of lists, `nil` when it has none; the operator's objects spell them
    /// the same way.
    static func params(of job: ResolvedScrapeJob) -> YAMLNode? {
        guard !job.params.isEmpty else { return nil }
        return .mapping(
            YAMLMapping(job.params.map { .init(key: $0.name, value: .sequence($0.values.map(YAMLNode.string))) }))
    }

    func basicAuth(_ authorization: ScrapeAuthorization) -> YAMLNode? {
        guard case .basic(let username, let password) = authorization else { return nil }
        return ["username": .string(username), "password_file": .string(password.path)]
    }

    func bearer(_ authorization: ScrapeAuthorization) -> YAMLNode? {
        guard case .bearer(let token) = authorization else { return nil }
        return ["type": "Bearer", "credentials_file": .string(token.path)]
    }

    func tls(_ tls: ScrapeTLS) -> YAMLNode {
        var mapping = YAMLMapping()
        mapping.append("ca_file", tls.certificateAuthority.map { .string($0.path) })
        mapping.append("cert_file", tls.clientCertificate.map { .string($0.path) })
        mapping.append("key_file", tls.clientKey.map { .string($0.path) })
        mapping.append("server_name", tls.serverName.map(YAMLNode.string))
        return .mapping(mapping)
    }

    func fileDiscovery(_ discovery: ServiceDiscovery) -> YAMLNode? {
        guard case .files(let files, let refresh) = discovery else { return nil }
        return ["files": .sequence(files.map(YAMLNode.string)), "refresh_interval": .string(refresh.description)]
    }

    /// A DNS discovery as `dns_sd_configs` writes it, `nil` for another source; the operator's `dnsSDConfigs`
    /// spell the keys in camel case (`key`).
    func dnsDiscovery(_ discovery: ServiceDiscovery, key: (String) -> String = { $0 }) -> YAMLNode? {
        guard case .dns(let names, let type, let port, let refresh) = discovery else { return nil }
        var mapping = YAMLMapping()
        mapping.append("names", .sequence(names.map(YAMLNode.string)))
        mapping.append("type", .string(type.rawValue))
        mapping.append("port", port.map(YAMLNode.int))
        mapping.append(key("refresh_interval"), .string(refresh.description))
        return .mapping(mapping)
    }

    /// A relabeling step as `relabel_configs` writes it; the Prometheus Operator's objects spell the same keys in
    /// camel case (`key` maps `source_labels` to `sourceLabels`).
    func relabel(_ step: Relabel, key: (String) -> String = { $0 }) -> YAMLNode {
        var mapping = YAMLMapping()
        if !step.sourceLabels.isEmpty {
            mapping.append(key("source_labels"), .sequence(step.sourceLabels.map(YAMLNode.string)))
        }
        mapping.append("regex", step.regex.map(YAMLNode.string))
        mapping.append(key("target_label"), step.targetLabel.map(YAMLNode.string))
        mapping.append("replacement", step.replacement.map(YAMLNode.string))
        mapping.append("modulus", step.modulus.map(YAMLNode.int))
        mapping.append("action", .string(step.action.rawValue))
        return .mapping(mapping)
    }

    func labels(_ labels: [Label]) -> YAMLMapping {
        YAMLMapping(labels.map { YAMLMapping.Entry(key: $0.name, value: .string($0.value)) })
    }
}
