import VigilDSL

/// The second stage of lowering: what Prometheus loads for the monitored services, in their order: each
/// service's metrics, alerts, recording rules, alert tests, rule group and scrape job (a DSL service's resolved
/// in declaration order with labels sorted, its pack's placed among them), then what their SLOs add
/// (``SLOLowering``), each SLO in a rule group of its own.
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
        let lowered = monitored.services.map { monitoredService in
            switch monitoredService {
            case .built(let rules):
                return rules
            case .declared(let service, let pack, let placement):
                var rules = Self.rules(of: service)
                rules.scrapeJob?.scrapesStack = monitored.stackJobs.contains(service.name)
                rules.scrapeJob?.scrapesComposeComponent = monitored.componentJobs.contains(service.name)
                if let pack {
                    switch placement {
                    case .first: rules.prepend(pack.rules(in: rules.group))
                    case .last: rules.add(pack.rules(in: rules.group))
                    }
                }
                return rules
            }
        }
        let services = lowered.map(\.service)
        self.services = services
        let slos = SLOLowering.lower(
            monitored.services.compactMap(\.declaration), metrics: services.flatMap(\.metrics))
        self.slos = slos.slos
        alerts = lowered.flatMap(\.alerts) + slos.alerts
        recordingRules = lowered.flatMap(\.recordingRules) + slos.recordingRules
        alertTests = lowered.flatMap(\.alertTests) + slos.alertTests
        ruleGroups = lowered.compactMap(\.ruleGroup) + slos.ruleGroups
        scrapeJobs = lowered.compactMap(\.scrapeJob)
    }

    /// What a DSL service declares, lowered.
    static func rules(of service: Service) -> ServiceRules {
        let group = ruleGroup(of: service)
        return ServiceRules(
            service: ResolvedService(name: service.name, metrics: service.metrics, location: service.location),
            group: group, alerts: service.alerts.map { alert($0, in: group) },
            recordingRules: service.records.map { record($0, of: service) },
            alertTests: service.alertTests.map {
                ResolvedAlertTest(
                    name: $0.name, group: service.name, interval: $0.interval, series: $0.series,
                    expectations: $0.expectations, location: $0.location)
            },
            scrapeJob: service.scrape.map { scrapeJob(for: service, scrape: $0) })
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

    /// A spec's alert in its service's rule group (``ResolvedRuleGroup/alert(_:severity:labels:expression:duration:keepFiringFor:annotations:location:)``
    /// gives it its labels).
    static func alert(_ alert: Alert, in group: ResolvedRuleGroup) -> ResolvedAlert {
        group.alert(
            alert.name, severity: alert.severity, labels: alert.labels,
            expression: ResolvedExpression(alert.condition, declaredAt: alert.location), duration: alert.duration,
            keepFiringFor: alert.keepFiringFor,
            annotations: alert.annotations.map {
                ResolvedAnnotation(key: $0.key, value: $0.value, location: $0.location)
            }, location: alert.location)
    }

    /// A recording rule with its labels: its group's, overridden by its own.
    static func record(_ record: Record, of service: Service) -> ResolvedRecordingRule {
        ResolvedRecordingRule(
            name: record.name, expression: ResolvedExpression(record.query, declaredAt: record.location),
            labels: Label.sorted(service.ruleLabels.merging(record.labels) { $1 }), group: service.name,
            location: record.location)
    }
}
