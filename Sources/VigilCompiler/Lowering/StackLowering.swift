import VigilDSL

/// Turns what the user wrote into the ``ResolvedStack`` the validation rules and emitters read: defaults
/// applied, the stack's own self-monitoring job added, labels sorted.
public enum StackLowering {
    /// The port Prometheus listens on inside its container.
    static let prometheusPort = 9090

    /// Lowers one stack.
    public static func lower(_ stack: Stack) -> ResolvedStack {
        let prometheus = ResolvedPrometheus(
            scrapeInterval: stack.prometheus.scrapeInterval,
            scrapeTimeout: stack.prometheus.scrapeTimeout,
            evaluationInterval: stack.prometheus.evaluationInterval,
            externalLabels: Label.sorted(stack.prometheus.externalLabels),
            retention: stack.prometheus.retention,
            image: PinnedImages.prometheus,
            port: prometheusPort,
            location: stack.prometheus.location
        )
        let selfJob = ResolvedScrapeJob(
            name: "prometheus", targets: ["localhost:\(prometheusPort)"], metricsPath: "/metrics", scheme: "http",
            interval: nil, timeout: nil, labels: [], location: stack.location)
        let serviceJobs = stack.services.compactMap { service in
            service.scrape.map { scrapeJob(for: service, scrape: $0) }
        }
        let services = stack.services.map {
            ResolvedService(name: $0.name, metrics: $0.metrics, location: $0.location)
        }
        return ResolvedStack(
            name: stack.name, prometheus: prometheus, services: services, alerts: [], scrapeJobs: [selfJob] + serviceJobs,
            location: stack.location)
    }

    static func scrapeJob(for service: Service, scrape: Scrape) -> ResolvedScrapeJob {
        ResolvedScrapeJob(
            name: service.name,
            targets: scrape.targets,
            metricsPath: scrape.metricsPath,
            scheme: scrape.scheme.rawValue,
            interval: scrape.interval,
            timeout: scrape.timeout,
            labels: Label.sorted(scrape.labels),
            location: scrape.location
        )
    }
}
