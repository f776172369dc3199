import VigilModel
import YAMLKit

/// How the operator's Prometheus scrapes the exporters the stack deploys (``ExporterWorkloads``): a
/// `ServiceMonitor` of postgres-exporter's and redis-exporter's Service, keeping the exporter's job as the `job`
/// label as compose's scrape job does, and for blackbox-exporter a `Probe` per module its probes use, whose
/// prober is the exporter's Service: the operator passes each target and module to `/probe` and keeps the
/// target as `instance`, as compose's relabelled scrape does, and the job as `job`, which `ProbeFailed` selects.
enum ExporterMonitors {
    static func objects(of stack: ResolvedStack, namespace: String, labels: [Label]) -> [KubernetesObject] {
        ExporterWorkloads.deployed(stack).flatMap { exporter -> [KubernetesObject] in
            if case .blackbox(let probes, _, _) = exporter.kind {
                return self.probes(probes, of: exporter, stack: stack, namespace: namespace, labels: labels)
            }
            guard let job = stack.scrapeJobs.first(where: { $0.name == exporter.job }) else { return [] }
            let selector = Dictionary(
                uniqueKeysWithValues: ExporterWorkloads.labels(of: exporter, stack: stack).map { ($0.name, $0.value) })
            return [
                ScrapeObjects.serviceMonitor(
                    job, of: stack, selector: selector, port: ExporterWorkloads.portName, labels: labels)
            ]
        }
    }

    /// A `Probe` per module, in ``ProbeModule`` order, of the probes using it.
    static func probes(
        _ probes: [Probe], of exporter: ResolvedExporter, stack: ResolvedStack, namespace: String, labels: [Label]
    ) -> [KubernetesObject] {
        ProbeModule.allCases.compactMap { module in
            let targets = probes.filter { $0.module == module }.map(\.target)
            guard !targets.isEmpty else { return nil }
            var spec = YAMLMapping()
            spec.append("jobName", .string(exporter.job))
            spec.append("interval", .string((exporter.scrapeInterval ?? stack.prometheus.scrapeInterval).description))
            spec.append("scrapeTimeout", .string(stack.prometheus.scrapeTimeout.description))
            spec.append("module", .string(module.rawValue))
            spec.append(
                "prober",
                [
                    "url": .string("\(exporter.containerName).\(namespace).svc:\(exporter.kind.port)"),
                    "path": "/probe", "scheme": "http",
                ])
            spec.append("targets", ["staticConfig": ["static": .sequence(targets.map(YAMLNode.string))]])
            return KubernetesObject(
                apiVersion: "monitoring.coreos.com/v1", kind: "Probe", name: name(of: exporter, module: module),
                labels: labels, body: ("spec", .mapping(spec)))
        }
    }

    /// The `Probe` of `exporter`'s probes using `module`: `blackbox-http-2xx`.
    static func name(of exporter: ResolvedExporter, module: ProbeModule) -> String {
        "\(exporter.job)-\(module.rawValue.replacingOccurrences(of: "_", with: "-"))"
    }
}
