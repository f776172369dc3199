import VigilModel
import YAMLKit

/// A `ServiceMonitor` per scraped service found by a Service selector, a `PodMonitor` per one found by pod
/// labels, a `ScrapeConfig` per one scraped at its static addresses or found by DNS. All keep the service's name
/// as the `job` label, which the rules select on, and read credentials from Secrets by `secretKeyRef`. Intervals
/// and timeouts are written even where the stack's global ones apply, since the operator's Prometheus has globals
/// of its own. Jobs of the stack's own parts get none here: kube-prometheus-stack scrapes its Prometheus and
/// Alertmanager, and ``ExporterMonitors`` scrapes the exporters the stack deploys.
enum ScrapeObjects {
    /// The objects of the stack's scrape jobs, in job order.
    static func objects(of stack: ResolvedStack, labels: [Label]) -> [KubernetesObject] {
        stack.scrapeJobs.compactMap { job in
            switch job.kubernetes {
            case .service(let selector, let port):
                serviceMonitor(job, of: stack, selector: selector, port: port, labels: labels)
            case .pods(let selector, let port):
                monitor(.pod, job, of: stack, selector: selector, port: port, labels: labels)
            case .staticTargets: scrapeConfig(job, of: stack, labels: labels)
            case nil: nil
            }
        }
    }

    static func serviceMonitor(
        _ job: ResolvedScrapeJob, of stack: ResolvedStack, selector: [String: String], port: String, labels: [Label]
    ) -> KubernetesObject {
        monitor(.service, job, of: stack, selector: selector, port: port, labels: labels)
    }

    /// A `ServiceMonitor` (the endpoints of Services) or a `PodMonitor` (pods) of `job`, selecting by
    /// `selector` and scraping the port named `port`.
    static func monitor(
        _ kind: MonitorKind, _ job: ResolvedScrapeJob, of stack: ResolvedStack, selector: [String: String],
        port: String, labels: [Label]
    ) -> KubernetesObject {
        var endpoint = YAMLMapping()
        endpoint.append("port", .string(port))
        endpoint.append("path", .string(job.metricsPath))
        endpoint.append("scheme", .string(job.scheme))
        endpoint.append("interval", .string((job.interval ?? stack.prometheus.scrapeInterval).description))
        endpoint.append("scrapeTimeout", .string((job.timeout ?? stack.prometheus.scrapeTimeout).description))
        // The job label is the Service's (or the pod's namespace and monitor's) name unless relabelled; the rules
        // select the service's name.
        let jobStep: YAMLNode = ["action": "replace", "targetLabel": "job", "replacement": .string(job.name)]
        append(common(job, relabelingFirst: [jobStep]), to: &endpoint)
        var spec = YAMLMapping()
        spec.append("selector", ["matchLabels": KubernetesObject.mapping(Label.sorted(selector))])
        spec.append(kind.endpointsKey, .sequence([.mapping(endpoint)]))
        append(protocols(job), to: &spec)
        return KubernetesObject(
            apiVersion: "monitoring.coreos.com/v1", kind: kind.rawValue, name: job.name, labels: labels,
            body: ("spec", .mapping(spec)))
    }

    static func scrapeConfig(_ job: ResolvedScrapeJob, of stack: ResolvedStack, labels: [Label]) -> KubernetesObject {
        var spec = YAMLMapping()
        spec.append("jobName", .string(job.name))
        if !job.targets.isEmpty {
            spec.append("staticConfigs", [["targets": .sequence(job.targets.map(YAMLNode.string))]])
        }
        let dns = job.discovery.compactMap { PrometheusConfigEmitter().dnsDiscovery($0, key: camelCase) }
        spec.append("dnsSDConfigs", dns.isEmpty ? nil : .sequence(dns))
        spec.append("metricsPath", .string(job.metricsPath))
        spec.append("scheme", .string(job.scheme))
        spec.append("scrapeInterval", .string((job.interval ?? stack.prometheus.scrapeInterval).description))
        spec.append("scrapeTimeout", .string((job.timeout ?? stack.prometheus.scrapeTimeout).description))
        append(protocols(job), to: &spec)
        append(common(job, relabelingFirst: []), to: &spec)
        return KubernetesObject(
            apiVersion: "monitoring.coreos.com/v1alpha1", kind: "ScrapeConfig", name: job.name, labels: labels,
            body: ("spec", .mapping(spec)))
    }

    /// The fields a ServiceMonitor endpoint and a ScrapeConfig spell alike, in order: parameters, labels,
    /// authentication, TLS and relabeling (the job's labels set by relabeling, after `relabelingFirst`).
    static func common(_ job: ResolvedScrapeJob, relabelingFirst: [YAMLNode]) -> YAMLMapping {
        var mapping = YAMLMapping()
        mapping.append("params", PrometheusConfigEmitter.params(of: job))
        if job.honorsLabels {
            mapping.append("honorLabels", true)
        }
        appendClient(job.authorization, tls: job.tls, to: &mapping)
        let emitter = PrometheusConfigEmitter()
        let labelSteps = job.labels.map { label -> YAMLNode in
            ["action": "replace", "targetLabel": .string(label.name), "replacement": .string(label.value)]
        }
        let relabelings = relabelingFirst + labelSteps + job.relabeling.map { emitter.relabel($0, key: camelCase) }
        mapping.append("relabelings", relabelings.isEmpty ? nil : .sequence(relabelings))
        let metricRelabelings = job.metricRelabeling.map { emitter.relabel($0, key: camelCase) }
        mapping.append("metricRelabelings", metricRelabelings.isEmpty ? nil : .sequence(metricRelabelings))
        return mapping
    }

    /// A Prometheus configuration key as the operator's objects spell it: `source_labels` as `sourceLabels`.
    static func camelCase(_ key: String) -> String {
        key.split(separator: "_").enumerated().map { $0 == 0 ? String($1) : $1.prefix(1).uppercased() + $1.dropFirst() }
            .joined()
    }

    /// The exposition formats to negotiate and the fallback, which both objects set on their spec.
    static func protocols(_ job: ResolvedScrapeJob) -> YAMLMapping {
        var mapping = YAMLMapping()
        if !job.protocols.isEmpty {
            mapping.append("scrapeProtocols", .sequence(job.protocols.map { .string($0.rawValue) }))
        }
        mapping.append("fallbackScrapeProtocol", job.fallbackProtocol.map { .string($0.rawValue) })
        return mapping
    }

    /// An HTTP client's credentials and certificates, as the operator's objects read them from Secrets: a
    /// scrape's or a remote write's.
    static func appendClient(_ authorization: ScrapeAuthorization?, tls: ScrapeTLS?, to mapping: inout YAMLMapping) {
        switch authorization {
        case .basic(_, let password):
            mapping.append(
                "basicAuth",
                [
                    "username": KubernetesSecret.reference(password, key: KubernetesSecret.usernameKey),
                    "password": KubernetesSecret.reference(password),
                ])
        case .bearer(let token):
            mapping.append("authorization", ["type": "Bearer", "credentials": KubernetesSecret.reference(token)])
        case nil:
            break
        }
        mapping.append("tlsConfig", tls.map(Self.tls))
    }

    static func tls(_ tls: ScrapeTLS) -> YAMLNode {
        var mapping = YAMLMapping()
        mapping.append("ca", tls.certificateAuthority.map { ["secret": KubernetesSecret.reference($0)] })
        mapping.append("cert", tls.clientCertificate.map { ["secret": KubernetesSecret.reference($0)] })
        mapping.append("keySecret", tls.clientKey.map { KubernetesSecret.reference($0) })
        mapping.append("serverName", tls.serverName.map(YAMLNode.string))
        return .mapping(mapping)
    }

    static func append(_ fields: YAMLMapping, to mapping: inout YAMLMapping) {
        for entry in fields {
            mapping.append(entry.key, entry.value)
        }
    }
}
