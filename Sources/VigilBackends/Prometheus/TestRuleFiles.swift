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
    /// The rule files of each recorded series name.
    private let pathsByRecord: [String: Set<String>]
    /// The queries of the rules of each file.
    private let readByPath: [String: [PromQLExpression?]]
    /// Every rule file, in the stack's order, with its position in that order.
    private let allPaths: [String]
    private let positions: [String: Int]

    /// The rule files of `stack`, indexed. What a file's rules read is worked out only for the files a tests file
    /// reaches: the SLOs' files all record series of the same names, so each SLO's would name every other one, for
    /// tests that list their own file anyway (quadratic in the number of SLOs).
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
        self.pathsByRecord = pathsByRecord
        self.readByPath = readByPath
        allPaths = stack.ruleGroups.map(\.path).uniqued
        positions = Dictionary(allPaths.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The files the tests of one group load, relative to the tests folder, in the stack's order.
    func files(for tests: [ResolvedAlertTest]) -> [String] {
        var pending = tests.flatMap { test in test.expectations.flatMap { pathsByAlert[$0.alertName] ?? [] } }
        pending += tests.flatMap(\.groupEvaluationOrder).compactMap { pathByGroup[$0] }
        var loaded: Set<String> = []
        while let path = pending.popLast() {
            guard loaded.insert(path).inserted else { continue }
            guard let trees = readByPath[path] else { continue }
            guard let needs = Self.needs(of: trees, recorded: pathsByRecord) else {
                return allPaths.map(Self.relative)
            }
            pending += needs
        }
        // Tests that name no alert (promtool needs a rule file) load every file, as they always did.
        guard !loaded.isEmpty else { return allPaths.map(Self.relative) }
        return loaded.sorted { positions[$0, default: 0] < positions[$1, default: 0] }.map(Self.relative)
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
