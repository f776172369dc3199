import VigilDSL

/// Turns what the user wrote into the ``ResolvedStack`` the validation rules and emitters read: defaults
/// applied, the stack's own self-monitoring services (``SelfMonitoring``, with the Prometheus and Alertmanager
/// rule packs, then the components it deploys, ``MonitoredComponent``) added first, labels sorted.
public enum StackLowering {
    /// The port Prometheus listens on inside its container.
    static let prometheusPort = 9090

    /// Lowers one stack; `templates` holds the package's `templates/` folder, which the stack's Alertmanager
    /// takes its notification templates from.
    public static func lower(_ stack: Stack, templates: TemplateLibrary = TemplateLibrary()) -> ResolvedStack {
        let prometheus = ResolvedPrometheus(
            scrapeInterval: stack.prometheus.scrapeInterval,
            scrapeTimeout: stack.prometheus.scrapeTimeout,
            evaluationInterval: stack.prometheus.evaluationInterval,
            externalLabels: Label.sorted(stack.prometheus.externalLabels),
            retention: stack.prometheus.retention, retentionSize: stack.prometheus.retentionSize,
            image: PinnedImages.prometheus.pinned(to: stack.prometheus.version),
            port: prometheusPort,
            compatibility: stack.prometheus.compatibility,
            features: Set(stack.prometheus.features).sorted(), remoteWrite: stack.prometheus.remoteWrite,
            replicas: stack.prometheus.replicas, replicaLabel: stack.prometheus.replicaLabel,
            location: stack.prometheus.location
        )
        var alertmanager = AlertmanagerLowering.lower(stack.alertmanagers, templates: templates)
        alertmanager?.image = PinnedImages.alertmanager.pinned(to: stack.alertmanagers.first?.version)
        let prometheusPack = RulePacks.pack(of: prometheus, alertmanager: alertmanager, in: stack)
        let alertmanagerPack = alertmanager.map { RulePacks.pack(of: $0, in: stack) }
        var selfMonitoring = [SelfMonitoring.service(prometheus, pack: prometheusPack, at: stack.location)]
        if let alertmanager, let alertmanagerPack {
            selfMonitoring.append(
                SelfMonitoring.alertmanagerService(alertmanager, pack: alertmanagerPack, at: stack.location))
        }
        let components = MonitoredComponent.components(of: stack)
        selfMonitoring += components.map(\.service)
        let exporterJobs = ExporterJob.jobs(stack.exporters, remoteHosts: stack.remoteHosts)
        let exporters = ExporterServices.services(for: exporterJobs)
        let processPacks = stack.services.map(RulePacks.processPack(of:))
        let services = zip(stack.services, processPacks).map { service, pack in
            pack.map { service.adding($0.elements) } ?? service
        }
        let allServices = selfMonitoring + services + exporters
        let stackJobs = Set((selfMonitoring + exporters).map(\.name))
        let componentJobs = Set(components.map(\.subject.job))
        var resolved = ResolvedStack(
            name: stack.name, prometheus: prometheus,
            services: allServices.map { ResolvedService(name: $0.name, metrics: $0.metrics, location: $0.location) },
            alerts: allServices.flatMap { service in service.alerts.map { alert($0, of: service) } },
            recordingRules: allServices.flatMap { service in service.records.map { record($0, of: service) } },
            alertTests: allServices.flatMap { service in
                service.alertTests.map {
                    ResolvedAlertTest(
                        name: $0.name, group: service.name, interval: $0.interval, series: $0.series,
                        expectations: $0.expectations, location: $0.location)
                }
            },
            ruleGroups: allServices.filter { !$0.alerts.isEmpty || !$0.records.isEmpty }.map(ruleGroup(of:)),
            scrapeJobs: allServices.compactMap { service in
                service.scrape.map {
                    var job = scrapeJob(for: service, scrape: $0)
                    job.scrapesStack = stackJobs.contains(service.name)
                    job.scrapesComposeComponent = componentJobs.contains(service.name)
                    return job
                }
            },
            alertmanager: alertmanager,
            location: stack.location)
        let slos = SLOLowering.lower(allServices)
        resolved.slos = slos.slos
        resolved.ruleGroups += slos.ruleGroups
        resolved.recordingRules += slos.recordingRules
        resolved.alerts += slos.alerts
        resolved.alertTests += slos.alertTests
        resolved.components = ResolvedComponents(
            grafanas: stack.grafanas, lokis: stack.lokis, tracings: stack.tracings,
            exporters: stack.exporters.map(ResolvedExporter.init))
        resolved.components.longTermStores = stack.longTermStores
        resolved.components.remoteHosts = stack.remoteHosts.map(ResolvedRemoteHost.init)
        let packs = exporterJobs.map { RulePacks.pack(of: $0.first) }
        resolved.rulePacks =
            packs.map(\.resolved) + processPacks.compactMap { $0?.resolved }
            + ([prometheusPack] + (alertmanagerPack.map { [$0] } ?? []) + components.map(\.pack)).map(\.resolved)
        resolved.templates = templates
        resolved.compose = ResolvedCompose(
            bindAddress: stack.bindAddress.address,
            bindsEveryInterfaceOnPurpose: stack.bindAddress.isEveryInterfaceOnPurpose, network: stack.network)
        (resolved.datasources, resolved.dashboards) = DashboardLowering.lower(
            stack, rules: resolved, packs: packs + components.map(\.pack))
        resolved.corrections = stack.corrections.map(ResolvedCorrection.init)
        resolved.notes = stack.notes
        resolved.targets = stack.targets
        resolved.kubernetes = stack.kubernetes.map(ResolvedKubernetes.init)
        return resolved
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
