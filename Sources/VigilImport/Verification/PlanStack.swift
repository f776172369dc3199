import VigilCore
import VigilDSL
import VigilModel

/// The DSL stack an ``ImportPlan``'s Swift files declare, built from the plan directly: the same services,
/// metric declarations and rules the files write (typed queries as the typed builder's own functions build them,
/// see ``TypedQueryTranslator``, the others raw `PromQL`), so that verification can lower and generate it without
/// compiling them.
enum PlanStack {
    /// The stack of `plan`.
    static func stack(of plan: ImportPlan) -> Stack {
        let translator = TypedQueryTranslator(services: plan.services)
        let services = plan.services.map { service(of: $0, translator: translator) }
        let routing = plan.alertmanager.map(alertmanager(of:))
        let dashboards = plan.dashboards.map(dashboard(of:))
        return Stack(plan.stackName.lowercased()) {
            services
            if let routing { routing }
            if plan.firstLogsPanel != nil { Loki() }
            for dashboard in dashboards { dashboard }
        }
    }

    static func service(of imported: ImportedService, translator: TypedQueryTranslator) -> Service {
        Service(
            imported.name, ruleInterval: imported.interval, ruleQueryOffset: imported.queryOffset,
            ruleLabels: imported.labels
        ) {
            imported.catalogues.flatMap(\.declarations)
            imported.metrics.map(declaration(of:))
            imported.rules.map { element(of: $0, typed: translator.query(of: $0)) }
        }
    }

    /// The declaration `MetricsSource` writes for `metric`.
    static func declaration(of metric: InferredMetric) -> MetricDeclaration {
        MetricDeclaration(
            name: metric.name, kind: metric.kind == .summary ? .gauge : metric.kind,
            help: MetricsSource.help(for: metric), unit: nil,
            labelNames: metric.labels.keys.sorted(),
            buckets: metric.kind == .histogram ? MetricsSource.defaultBuckets : [],
            location: SourceLocation())
    }

    /// The alert or recording rule `RulesSource` writes for `rule`: its query the one the typed builder built
    /// (`typed`), or raw `PromQL`. Each value is declared at the rule's input place (its file as `fileID`, its
    /// line), so that a diagnostic of the checker points at the input.
    static func element(of rule: ImportedRule, typed: TypedQuery?) -> ServiceElement {
        let file = rule.location.file
        let line = rule.location.line ?? 0
        let query = PromQL(rule.expression, fileID: file, filePath: file, line: line, column: 1)
        switch rule.kind {
        case .record:
            let labels = rule.labelDictionary
            if let typed {
                return .record(
                    Record(rule.name, labels: labels, fileID: file, filePath: file, line: line, column: 1) {
                        InstantVector<ImportedLabel>(typed.expression)
                    })
            }
            return .record(
                Record(rule.name, labels: labels, fileID: file, filePath: file, line: line, column: 1) { query })
        case .alert:
            let severity = Severity(RulesSource.severity(of: rule) ?? Severity.warning.name)
            let labels = rule.labelDictionary.filter { $0.key != "severity" }
            let annotations = rule.annotations.map { annotation in
                AlertAnnotation(annotation.key, annotation.value, fileID: file, filePath: file, line: line, column: 1)
            }
            if let typed {
                return .alert(
                    Alert(
                        rule.name, severity: severity, for: rule.duration, keepFiringFor: rule.keepFiringFor,
                        labels: labels, fileID: file, filePath: file, line: line, column: 1
                    ) {
                        Condition<ImportedLabel>(typed.expression)
                    } annotations: {
                        for annotation in annotations { annotation }
                    })
            }
            return .alert(
                Alert(
                    rule.name, severity: severity, for: rule.duration, keepFiringFor: rule.keepFiringFor,
                    labels: labels, fileID: file, filePath: file, line: line, column: 1
                ) {
                    query
                } annotations: {
                    for annotation in annotations { annotation }
                })
        }
    }

    /// The `Dashboard` `DashboardsSource` writes for `imported`, declared at the input's place.
    static func dashboard(of imported: ImportedDashboard) -> Dashboard {
        func element(_ item: ImportedDashboardItem) -> DashboardElement? {
            switch item {
            case .variable(let variable): return .variable(variable)
            case .panel(let panel): return .panel(panel)
            case .note: return nil
            case .row(let row):
                let file = row.location.file
                return .row(
                    Row(row.title, collapsed: row.collapsed, fileID: file, filePath: file, line: row.location.line ?? 0)
                    {
                        row.items.compactMap(\.panel)
                    })
            }
        }
        let file = imported.location.file
        return Dashboard(
            imported.title, folder: imported.folder, uid: imported.uid, tags: imported.tags,
            description: imported.description, time: imported.time, refresh: imported.refresh, links: imported.links,
            fileID: file, filePath: file, line: imported.location.line ?? 0, column: 1
        ) {
            imported.items.compactMap(element)
        }
    }

    /// The `Alertmanager` `RoutingSource` writes for `imported`.
    static func alertmanager(of imported: ImportedAlertmanager) -> Alertmanager {
        let receivers = Dictionary(imported.receivers.map { ($0.name, $0) }) { first, _ in first }
        let schedules = Dictionary(imported.schedules.map { ($0.name, $0) }) { first, _ in first }
        func dslRoute(_ resolved: ResolvedRoute) -> Route {
            Route(
                matchers: resolved.matchers, receiver: receivers[resolved.receiver]!, continues: resolved.continues,
                groupBy: resolved.groupBy, groupWait: resolved.groupWait, groupInterval: resolved.groupInterval,
                repeatInterval: resolved.repeatInterval, mutedDuring: resolved.mutedDuring.compactMap { schedules[$0] },
                activeDuring: resolved.activeDuring.compactMap { schedules[$0] }, routes: resolved.routes.map(dslRoute),
                location: resolved.location)
        }
        let root = imported.root
        let defaults = Alertmanager(defaultReceiver: receivers[root.receiver]!)
        return Alertmanager(
            defaultReceiver: receivers[root.receiver]!, groupBy: root.groupBy ?? [],
            groupWait: root.groupWait ?? defaults.groupWait,
            groupInterval: root.groupInterval ?? defaults.groupInterval,
            repeatInterval: root.repeatInterval ?? defaults.repeatInterval,
            resolveTimeout: imported.resolveTimeout ?? defaults.resolveTimeout, inhibitsWarningsWhenCritical: false,
            fileID: root.location.fileID, filePath: root.location.filePath, line: root.location.line, column: 1
        ) {
            root.routes.map { AlertmanagerElement.route(dslRoute($0)) }
            imported.inhibitions.map(AlertmanagerElement.inhibit)
        }
    }
}
