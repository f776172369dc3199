import VigilModel

/// Imports rule files, an Alertmanager configuration and Grafana dashboards into an ``ImportPlan``: reads them,
/// parses every expression, makes services of the rule groups, infers the metrics the rules and the dashboards'
/// queries read, and asks Vigil's checker about the result for the report. Any invalid input throws, so that
/// nothing is written.
public struct Importer: Sendable {
    /// The stack's enum, e.g. `Shop`.
    public var stackName: String
    /// The package's notification templates, which the checker reads the routing against.
    public var templates: TemplateLibrary

    /// An importer for the stack `stackName` of a package with `templates`.
    public init(stackName: String, templates: TemplateLibrary = TemplateLibrary()) {
        self.stackName = stackName
        self.templates = templates
    }

    /// The plan for the rule files `ruleFiles`, the Alertmanager configuration `alertmanagerFile` and the
    /// dashboards `dashboardFiles`, each a name (for locations) and its text, a dashboard also with its Grafana
    /// folder (`nil` for the stack's).
    public func plan(
        ruleFiles: [(name: String, text: String)], alertmanagerFile: (name: String, text: String)? = nil,
        dashboardFiles: [(name: String, text: String, folder: String?)] = []
    ) throws(ImportError) -> ImportPlan {
        var report = ImportReport()
        var alertmanager: ImportedAlertmanager?
        if let file = alertmanagerFile {
            let read = try AlertmanagerFileReader(file: file.name, text: file.text).read()
            alertmanager = read.alertmanager
            report.merge(read.report)
        }
        var groups: [ImportedRuleGroup] = []
        for file in ruleFiles {
            let read = try RuleFileReader(file: file.name, text: file.text).read()
            groups += read.groups
            report.merge(read.report)
        }
        var dashboards: [ImportedDashboard] = []
        for file in dashboardFiles {
            let read = try DashboardFileReader(file: file.name, text: file.text, folder: file.folder).read()
            dashboards.append(read.dashboard)
            report.merge(read.report)
        }
        let own = OwnRules(
            of: ImportPlan(
                stackName: stackName, sources: [], groups: [], services: [], alertmanager: alertmanager,
                dashboards: dashboards, report: ImportReport()))
        let imported = own.removed(from: groups, report: &report)
        let (partitioned, partitionReport) = ServicePartition.services(
            of: imported, stackName: stackName.lowercased())
        report.merge(partitionReport)
        let rules = imported.flatMap(\.rules)
        report.merge(RuleRemarks.remarks(on: partitioned))
        var inference = MetricInference(recorded: Set(rules.filter { $0.kind == .record }.map(\.name)))
        var services = partitioned
        var declared: Set<String> = []
        for index in services.indices {
            for rule in services[index].rules { inference.add(rule) }
        }
        for dashboard in dashboards { DashboardQueries.add(dashboard, to: &inference) }
        let metrics = inference.declarations
        for metric in metrics where metric.isUncertain {
            report.add(
                .review, at: metric.firstUse,
                "metric \(metric.name) inferred as a \(metric.kind.rawValue): \(metric.kindReason)")
        }
        let catalogues = inference.catalogues
        for index in services.indices {
            let read = Set(services[index].rules.flatMap { $0.tree.selectors.compactMap(\.metricName) })
            services[index].metrics = metrics.filter { metric in
                guard !declared.contains(metric.name) else { return false }
                let used =
                    read.contains(metric.name)
                    || ["_bucket", "_sum", "_count"].contains { read.contains(metric.name + $0) }
                if used { declared.insert(metric.name) }
                return used
            }
            services[index].catalogues = catalogues.values.map(\.catalogue).filter { catalogue in
                // With an Alertmanager, Vigil's self-monitoring declares its catalogue.
                let selfDeclared =
                    catalogue.isAlwaysDeclared || (alertmanager != nil && catalogue.swiftName == "AlertmanagerMetrics")
                guard !selfDeclared, !declared.contains(catalogue.swiftName) else { return false }
                let used = read.contains { CatalogueReference.declaring($0) == catalogue }
                if used { declared.insert(catalogue.swiftName) }
                return used
            }.sorted { $0.swiftName < $1.swiftName }
        }
        let unread = (
            metrics: metrics.filter { !declared.contains($0.name) },
            catalogues: catalogues.values.map(\.catalogue).filter { catalogue in
                !catalogue.isAlwaysDeclared && !declared.contains(catalogue.swiftName)
                    && !(alertmanager != nil && catalogue.swiftName == "AlertmanagerMetrics")
            }.sorted { $0.swiftName < $1.swiftName }
        )
        if !unread.metrics.isEmpty || !unread.catalogues.isEmpty {
            // Metrics only dashboards read are declared by the first service, or by one of their own.
            if services.isEmpty {
                services.append(
                    ImportedService(
                        name: stackName.lowercased(), groupNames: [], interval: nil, queryOffset: nil, labels: [:],
                        rules: []))
            }
            services[0].metrics += unread.metrics
            services[0].catalogues += unread.catalogues
        }
        let histograms = Set(metrics.filter { $0.kind == .histogram }.map(\.name))
        for index in dashboards.indices {
            DashboardQueries.settleHeatmaps(of: &dashboards[index], histograms: histograms, report: &report)
        }
        let sources =
            ruleFiles.map(\.name) + (alertmanagerFile.map { [$0.name] } ?? []) + dashboardFiles.map(\.name)
        var plan = ImportPlan(
            stackName: stackName, sources: sources, groups: groups, services: services, alertmanager: alertmanager,
            dashboards: dashboards, report: report)
        if let logs = plan.firstLogsPanel {
            plan.report.add(
                .review, at: InputLocation(logs.location),
                "logs panel '\(logs.title)': the stack deploys Loki for its logs panels, with Vigil's defaults "
                    + "(14 days, the containers' logs); set the retention and log sources the input's Loki has")
        }
        plan.report.merge(CheckerRemarks.remarks(on: plan, templates: templates))
        return plan
    }
}
