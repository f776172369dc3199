import YAMLKit

/// Renders `prometheus/prometheus.yml`: global settings and scrape jobs.
public struct PrometheusConfigEmitter: ArtefactEmitter {
    /// The path of the configuration inside the stack folder.
    public static let path = "prometheus/prometheus.yml"

    /// Creates the emitter.
    public init() {}

    public func emit(_ stack: ResolvedStack) throws -> [OutputFile] {
        var config = YAMLMapping()
        config.append("global", .mapping(global(stack.prometheus)))
        if let alertmanager = stack.alertmanager {
            config.append(
                "alerting", ["alertmanagers": [["static_configs": [["targets": [.string(alertmanager.address)]]]]]])
        }
        if !stack.ruleGroups.isEmpty {
            config.append("rule_files", ["rules/*.yml"])
        }
        config.append("scrape_configs", .sequence(stack.scrapeJobs.map { .mapping(scrapeConfig($0)) }))
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
        if !prometheus.externalLabels.isEmpty {
            global.append("external_labels", .mapping(labels(prometheus.externalLabels)))
        }
        return global
    }

    func scrapeConfig(_ job: ResolvedScrapeJob) -> YAMLMapping {
        var config = YAMLMapping()
        config.append("job_name", .string(job.name))
        config.append("scrape_interval", job.interval.map { .string($0.description) })
        config.append("scrape_timeout", job.timeout.map { .string($0.description) })
        config.append("metrics_path", .string(job.metricsPath))
        config.append("scheme", .string(job.scheme))
        var staticConfig = YAMLMapping()
        staticConfig.append("targets", .sequence(job.targets.map(YAMLNode.string)))
        if !job.labels.isEmpty {
            staticConfig.append("labels", .mapping(labels(job.labels)))
        }
        config.append("static_configs", .sequence([.mapping(staticConfig)]))
        return config
    }

    func labels(_ labels: [Label]) -> YAMLMapping {
        YAMLMapping(labels.map { YAMLMapping.Entry(key: $0.name, value: .string($0.value)) })
    }
}
