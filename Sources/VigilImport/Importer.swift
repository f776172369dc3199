/// Imports rule files into an ``ImportPlan``: reads them, parses every expression, makes services of the rule
/// groups and infers the metrics the rules read. Any invalid input throws, so that nothing is written.
public struct Importer: Sendable {
    /// The stack's enum, e.g. `Shop`.
    public var stackName: String

    /// An importer for the stack `stackName`.
    public init(stackName: String) {
        self.stackName = stackName
    }

    /// The plan for the rule files `ruleFiles`, each a name (for locations) and its text.
    public func plan(ruleFiles: [(name: String, text: String)]) throws(ImportError) -> ImportPlan {
        var report = ImportReport()
        var groups: [ImportedRuleGroup] = []
        for file in ruleFiles {
            let read = try RuleFileReader(file: file.name, text: file.text).read()
            groups += read.groups
            report.merge(read.report)
        }
        let (partitioned, partitionReport) = ServicePartition.services(of: groups, stackName: stackName.lowercased())
        report.merge(partitionReport)
        let rules = groups.flatMap(\.rules)
        report.merge(RuleRemarks.remarks(on: partitioned))
        var inference = MetricInference(recorded: Set(rules.filter { $0.kind == .record }.map(\.name)))
        var services = partitioned
        var declared: Set<String> = []
        for index in services.indices {
            for rule in services[index].rules { inference.add(rule) }
        }
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
                guard !catalogue.isAlwaysDeclared, !declared.contains(catalogue.swiftName) else { return false }
                let used = read.contains { CatalogueReference.declaring($0) == catalogue }
                if used { declared.insert(catalogue.swiftName) }
                return used
            }.sorted { $0.swiftName < $1.swiftName }
        }
        var plan = ImportPlan(
            stackName: stackName, sources: ruleFiles.map(\.name), groups: groups, services: services, report: report)
        plan.report.merge(CheckerRemarks.remarks(on: plan))
        return plan
    }
}
