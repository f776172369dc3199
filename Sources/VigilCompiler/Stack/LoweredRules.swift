import VigilDSL

/// The second stage of lowering: what Prometheus loads for the monitored services, resolved in declaration order
/// with labels sorted: each service's metrics, alerts, recording rules, alert tests, rule group and scrape job;
/// then what their SLOs add (``SLOLowering``), each SLO in a rule group of its own.
struct LoweredRules {
    var services: [ResolvedService]
    var alerts: [ResolvedAlert]
    var recordingRules: [ResolvedRecordingRule]
    var alertTests: [ResolvedAlertTest]
    var ruleGroups: [ResolvedRuleGroup]
    var scrapeJobs: [ResolvedScrapeJob]
    var slos: [ResolvedSLO]

    /// The rules of `monitored`'s services and of their SLOs.
    init(_ monitored: MonitoredServices) {
        let services = monitored.services
        self.services = services.map { ResolvedService(name: $0.name, metrics: $0.metrics, location: $0.location) }
        let slos = SLOLowering.lower(services)
        self.slos = slos.slos
        alerts = services.flatMap { service in service.alerts.map { Self.alert($0, of: service) } } + slos.alerts
        recordingRules =
            services.flatMap { service in service.records.map { Self.record($0, of: service) } } + slos.recordingRules
        alertTests =
            services.flatMap { service in
                service.alertTests.map {
                    ResolvedAlertTest(
                        name: $0.name, group: service.name, interval: $0.interval, series: $0.series,
                        expectations: $0.expectations, location: $0.location)
                }
            } + slos.alertTests
        ruleGroups =
            services.filter { !$0.alerts.isEmpty || !$0.records.isEmpty }.map(Self.ruleGroup(of:)) + slos.ruleGroups
        scrapeJobs = services.compactMap { service in
            service.scrape.map {
                var job = Self.scrapeJob(for: service, scrape: $0)
                job.scrapesStack = monitored.stackJobs.contains(service.name)
                job.scrapesComposeComponent = monitored.componentJobs.contains(service.name)
                return job
            }
        }
    }

    static func scrapeJob(for service: Service, scrape: Scrape) -> ResolvedScrapeJob {
        var job = ResolvedScrapeJob(
            name: service.name, targets: scrape.targets, metricsPath: scrape.metricsPath,
            scheme: scrape.scheme.rawValue, interval: scrape.interval, timeout: scrape.timeout,
            labels: Label.sorted(scrape.labels), location: scrape.location)
        job.discovery = scrape.discovery
        job.params = scrape.params.sorted { $0.key < $1.key }.map { (name: $0.key, values: $0.value) }
        job.honorsLabels = scrape.honorsLabels
        job.authorization = scrape.authorization
        job.tls = scrape.tls
        job.relabeling = scrape.relabeling
        job.metricRelabeling = scrape.metricRelabeling
        job.protocols = scrape.protocols
        job.fallbackProtocol = scrape.fallbackProtocol
        job.kubernetes = scrape.kubernetes
        return job
    }

    /// The rule group of a service's own alerts and recording rules.
    static func ruleGroup(of service: Service) -> ResolvedRuleGroup {
        var group = ResolvedRuleGroup(name: service.name, interval: service.ruleInterval, location: service.location)
        group.queryOffset = service.ruleQueryOffset
        group.labels = Label.sorted(service.ruleLabels)
        return group
    }

    /// An alert with its static labels: its group's, then `severity`, `service` and the user's own, each
    /// overriding the ones before as Prometheus does.
    static func alert(_ alert: Alert, of service: Service) -> ResolvedAlert {
        let labels = service.ruleLabels.merging(["severity": alert.severity.name, "service": service.name]) { $1 }
            .merging(alert.labels) { $1 }
        return ResolvedAlert(
            name: alert.name, severity: alert.severity, labels: Label.sorted(labels), location: alert.location,
            group: service.name, expression: ResolvedExpression(alert.condition, declaredAt: alert.location),
            duration: alert.duration.flatMap { $0.milliseconds == 0 ? nil : $0 },
            keepFiringFor: alert.keepFiringFor.flatMap { $0.milliseconds == 0 ? nil : $0 },
            annotations: alert.annotations.map {
                ResolvedAnnotation(key: $0.key, value: $0.value, location: $0.location)
            }
            .sorted { $0.key < $1.key })
    }

    /// A recording rule with its labels: its group's, overridden by its own.
    static func record(_ record: Record, of service: Service) -> ResolvedRecordingRule {
        ResolvedRecordingRule(
            name: record.name, expression: ResolvedExpression(record.query, declaredAt: record.location),
            labels: Label.sorted(service.ruleLabels.merging(record.labels) { $1 }), group: service.name,
            location: record.location)
    }
}
