import VigilCore
import VigilModel

/// The rule files a service's tests file loads: the files of the alerts its tests name, and of every
/// recording rule those rules read, transitively. promtool evaluates every rule it loads at every step of every
/// test, so loading the whole stack made a pack's tests pay for every SLO's recording rules (minutes per file).
/// A rule that reads a series no name pins down (a regular expression on `__name__`, `ALERTS`) loads them all.
struct TestRuleFiles {
    /// The rule file of each group, by group name.
    private let pathByGroup: [String: String]
    /// The rule files of each alert name.
    private let pathsByAlert: [String: Set<String>]
    /// What the rules of each file read: the recorded files they need, or `nil` when they need every file.
    private let needsByPath: [String: Set<String>?]
    /// Every rule file, in the stack's order.
    private let allPaths: [String]

    /// The rule files of `stack`, indexed.
    init(_ stack: ResolvedStack) {
        let pathByGroup = Dictionary(
            stack.ruleGroups.map { ($0.name, $0.path) }, uniquingKeysWith: { first, _ in first })
        var pathsByAlert: [String: Set<String>] = [:]
        var pathsByRecord: [String: Set<String>] = [:]
        var readByPath: [String: [PromQLExpression?]] = [:]
        for alert in stack.alerts {
            guard let path = pathByGroup[alert.group] else { continue }
            pathsByAlert[alert.name, default: []].insert(path)
            readByPath[path, default: []].append(alert.expression?.tree)
        }
        for record in stack.recordingRules {
            guard let path = pathByGroup[record.group] else { continue }
            pathsByRecord[record.name, default: []].insert(path)
            readByPath[path, default: []].append(record.expression.tree)
        }
        self.pathByGroup = pathByGroup
        self.pathsByAlert = pathsByAlert
        self.needsByPath = readByPath.mapValues { [pathsByRecord] trees in
            Self.needs(of: trees, recorded: pathsByRecord)
        }
        self.allPaths = stack.ruleGroups.map(\.path).uniqued
    }

    /// The files the tests of one group load, relative to the tests folder, in the stack's order.
    func files(for tests: [ResolvedAlertTest]) -> [String] {
        var pending = tests.flatMap { test in test.expectations.flatMap { pathsByAlert[$0.alertName] ?? [] } }
        pending += tests.flatMap(\.groupEvaluationOrder).compactMap { pathByGroup[$0] }
        var loaded: Set<String> = []
        while let path = pending.popLast() {
            guard loaded.insert(path).inserted else { continue }
            guard let needs = needsByPath[path] else { continue }
            guard let needs else { return allPaths.map(Self.relative) }
            pending += needs
        }
        // Tests that name no alert (promtool needs a rule file) load every file, as they always did.
        return (loaded.isEmpty ? allPaths : allPaths.filter(loaded.contains)).map(Self.relative)
    }

    /// The files recording what `trees` read; `nil` when one of them reads a series by no fixed name, or did not
    /// parse.
    private static func needs(of trees: [PromQLExpression?], recorded: [String: Set<String>]) -> Set<String>? {
        var needs: Set<String> = []
        for tree in trees {
            guard let tree else { return nil }
            for selector in tree.selectors {
                guard let name = selector.metricName, !Self.alertSeries.contains(name) else { return nil }
                needs.formUnion(recorded[name] ?? [])
            }
        }
        return needs
    }

    /// The series Prometheus writes for the alerts themselves: a rule reading them reads every alert.
    private static let alertSeries: Set<String> = ["ALERTS", "ALERTS_FOR_STATE"]

    /// A rule file's path as a tests file refers to it (`prometheus/rules/x.yml` from `prometheus/tests/`).
    private static func relative(_ path: String) -> String {
        "../" + path.dropFirst("prometheus/".count)
    }
}
