import VigilBackends
import VigilDSL

/// Lowers a stack's dashboards: the data sources Grafana is provisioned with, each dashboard's uid and
/// folder, its panels laid out with ids, its queries with refIds and their PromQL parsed for checking.
enum DashboardLowering {
    /// The data sources and the dashboards of `stack`: those declared in its body, those declared in its
    /// services' bodies (tagged with the service's name), then the ones derived from `rules`, the stack lowered
    /// up to its dashboards (its services, rules, SLOs, scrape jobs and Alertmanager), and from its rule `packs`.
    /// The dashboards are lowered in parallel.
    static func lower(_ stack: Stack, rules resolved: ResolvedStack, packs: [any DeployedRulePack]) -> (
        datasources: [ResolvedDatasource], dashboards: [ResolvedDashboard]
    ) {
        let datasources = datasources(of: resolved) + ComponentDatasources.of(stack)
        let declared =
            stack.dashboards.map { (dashboard: DashboardOutline($0), tags: [String](), derived: false) }
            + stack.services.flatMap { service in
                service.dashboards.map { (dashboard: DashboardOutline($0), tags: [service.name], derived: false) }
            }
            + DerivedDashboards.dashboards(for: resolved, packs: packs).map {
                (dashboard: $0, tags: [String](), derived: true)
            }
        let titleCounts = Dictionary(declared.map { ($0.dashboard.title, 1) }, uniquingKeysWith: +)
        let dashboards = declared.concurrentMap { dashboard, tags, derived in
            let folder = dashboard.folder ?? stack.name
            let titleIsShared = titleCounts[dashboard.title, default: 0] > 1
            let uid =
                dashboard.uid
                ?? DashboardUID.derive(
                    titleIsShared ? [stack.name, folder, dashboard.title] : [stack.name, dashboard.title])
            let lowered = lower(dashboard, uid: uid, folder: folder, extraTags: tags)
            return derived ? lowered.relocated(to: stack.location) : lowered
        }
        return (datasources, dashboards)
    }

    /// Prometheus always; Alertmanager when the stack has one.
    static func datasources(of stack: ResolvedStack) -> [ResolvedDatasource] {
        [ResolvedDatasource(kind: .prometheus, isDefault: true)]
            + (stack.alertmanager.map { _ in [ResolvedDatasource(kind: .alertmanager, isDefault: false)] } ?? [])
    }

    /// Lays out `dashboard`, a spec's or a derived one, filed as `uid` in `folder` with `extraTags` after its own.
    static func lower(_ dashboard: DashboardOutline, uid: String, folder: String, extraTags: [String])
        -> ResolvedDashboard
    {
        let variables = dashboard.variables
        let references = Dictionary(
            variables.compactMap { variable -> (DatasourceKind, String)? in
                guard case .datasource(let kind) = variable.source else { return nil }
                return (kind, "${\(variable.name)}")
            }
        ) { first, _ in first }
        var placement = PanelPlacement(references: references)
        var items: [ResolvedDashboardItem] = []
        items.reserveCapacity(dashboard.items.count)
        var loose: [Panel] = []
        func placeLoose() {
            for panel in placement.place(loose) {
                items.append(.panel(panel))
            }
            loose.removeAll(keepingCapacity: true)
        }
        for item in dashboard.items {
            switch item {
            case .panel(let panel): loose.append(panel)
            case .row(let row):
                placeLoose()
                items.append(.row(placement.place(row)))
            }
        }
        placeLoose()
        return ResolvedDashboard(
            uid: uid, title: dashboard.title, folder: folder,
            tags: dashboard.tags + extraTags.filter { !dashboard.tags.contains($0) },
            description: dashboard.description, time: dashboard.time, refresh: dashboard.refresh,
            links: dashboard.links,
            variables: variables.map { variable(of: $0, references: references) }, items: items,
            location: dashboard.location)
    }

    static func variable(of variable: Variable, references: [DatasourceKind: String]) -> ResolvedVariable {
        let prometheus = DatasourceReference(
            kind: .prometheus, uid: references[.prometheus] ?? DatasourceKind.prometheus.uid)
        switch variable.source {
        case .labelValues(let label, let selector):
            let grouped = PromQLExpression.aggregation(
                PromQLAggregation(.group, .vectorSelector(selector), grouping: .by([label])))
            return ResolvedVariable(
                variable: variable, datasource: prometheus,
                query: "label_values(\(PromQLExpression.vectorSelector(selector)), \(label))",
                expression: ResolvedExpression(
                    tree: grouped, rawText: nil, syntaxError: nil, location: variable.location))
        case .queryResult(let query, _):
            let (text, expression) = promQL(query, at: variable.location)
            return ResolvedVariable(
                variable: variable, datasource: prometheus, query: "query_result(\(text))", expression: expression)
        case .custom(let values):
            let escaped = values.map { $0.replacingOccurrences(of: ",", with: "\\,") }
            return ResolvedVariable(variable: variable, query: escaped.joined(separator: ","))
        case .interval(let intervals, _):
            return ResolvedVariable(variable: variable, query: intervals.map(\.grafanaInterval).joined(separator: ","))
        case .datasource(let kind):
            return ResolvedVariable(variable: variable, query: kind.pluginID)
        case .constant(let value):
            return ResolvedVariable(variable: variable, query: value)
        }
    }

    /// The text Grafana runs and the tree the compiler checks: a typed query prints canonically; text is kept
    /// as written and parsed with placeholders for its Grafana variables.
    static func promQL(_ expression: RuleExpression, at location: SourceLocation) -> (String, ResolvedExpression) {
        switch expression {
        case .built(let tree):
            return (
                tree.description, ResolvedExpression(tree: tree, rawText: nil, syntaxError: nil, location: location)
            )
        case .raw(let promQL):
            let parsable = GrafanaVariables.placeholders(inPromQL: promQL.text)
            do throws(PromQLSyntaxError) {
                let tree = try PromQLExpression(parsing: parsable)
                return (
                    promQL.text,
                    ResolvedExpression(tree: tree, rawText: parsable, syntaxError: nil, location: promQL.location)
                )
            } catch {
                return (
                    promQL.text,
                    ResolvedExpression(tree: nil, rawText: parsable, syntaxError: error, location: promQL.location)
                )
            }
        }
    }
}
