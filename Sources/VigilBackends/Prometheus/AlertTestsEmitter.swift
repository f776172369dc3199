import VigilModel
import YAMLKit

/// Renders `prometheus/tests/<service>.yml`: the service's alert tests in promtool's unit-test format, run
/// by `validate` with `promtool test rules`.
public struct AlertTestsEmitter: ArtefactEmitter {
    /// Creates the emitter.
    public init() {}

    public func emit(_ stack: ResolvedStack) throws -> [OutputFile] {
        // Grouped once, in the order the groups first appear: filtering every test for every group made this
        // quadratic in the number of services.
        let testsByGroup = Dictionary(grouping: stack.alertTests, by: \.group)
        let alerts = AlertsByName(stack)
        let groups = stack.alertTests.map(\.group).uniqued
        let ruleFiles = TestRuleFiles(stack)
        return try groups.map { group in
            var file = YAMLMapping()
            let tests = testsByGroup[group] ?? []
            let loaded = tests.lazy.compactMap(\.ruleFiles).first ?? ruleFiles.files(for: tests)
            file.append("rule_files", .sequence(loaded.map { .string($0) }))
            let evaluation = tests.lazy.compactMap(\.evaluationInterval).first ?? stack.prometheus.evaluationInterval
            file.append("evaluation_interval", .string(evaluation.description))
            if let order = tests.lazy.map(\.groupEvaluationOrder).first(where: { !$0.isEmpty }) {
                file.append("group_eval_order", .sequence(order.map { .string($0) }))
            }
            file.append("tests", .sequence(tests.map { test(for: $0, alerts: alerts) }))
            return try GeneratedYAML.file(
                ResolvedAlertTest.path(forGroup: group), .mapping(file),
                comment: ["Unit tests of the '\(group)' alerts. Run: promtool test rules \(group).yml"])
        }
    }

    func test(for test: ResolvedAlertTest, alerts: AlertsByName) -> YAMLNode {
        var mapping = YAMLMapping()
        mapping.append("name", .string(test.name))
        mapping.append("interval", .string(test.interval.description))
        mapping.append(
            "input_series",
            .sequence(test.series.map { ["series": .string($0.series), "values": .string($0.values.notation)] }))
        mapping.append(
            "alert_rule_test",
            .sequence(
                test.expectations.map { expectation in
                    var node = YAMLMapping()
                    node.append("eval_time", .string(expectation.time.description))
                    node.append("alertname", .string(expectation.alertName))
                    node.append(
                        "exp_alerts",
                        .sequence(
                            expectation.firing.compactMap { firing in
                                expected(
                                    alerts.alert(named: expectation.alertName, for: test, labels: firing.labels),
                                    firing)
                            }))
                    return .mapping(node)
                }))
        return .mapping(mapping)
    }

    /// One `exp_alerts` entry; validation has made sure the alert exists and its templates render.
    func expected(_ alert: ResolvedAlert?, _ firing: AlertExpectation.Firing) -> YAMLNode? {
        guard let alert, case .success(let expected) = ExpectedAlert.render(firing, of: alert) else { return nil }
        var node = YAMLMapping()
        node.append("exp_labels", .mapping(Self.mapping(expected.labels)))
        if !expected.annotations.isEmpty {
            node.append("exp_annotations", .mapping(Self.mapping(expected.annotations)))
        }
        return .mapping(node)
    }

    static func mapping(_ labels: [Label]) -> YAMLMapping {
        YAMLMapping(labels.map { YAMLMapping.Entry(key: $0.name, value: .string($0.value)) })
    }
}
