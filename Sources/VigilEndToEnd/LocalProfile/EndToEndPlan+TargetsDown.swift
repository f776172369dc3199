import VigilBackends
import VigilCompiler
import VigilModel

extension EndToEndPlan {
    /// Every service's targets down: each alert of the form `up{...} == 0` (or `< 1`) whose selector takes a
    /// target must fire for it.
    static func targetsDown(_ stack: ResolvedStack) -> EndToEndScenario {
        var scenario = EndToEndScenario(name: "every service target down")
        scenario.down = LocalProfile.targets(of: stack)
        for target in scenario.down {
            let labels = ["job": target.job, "instance": target.instance]
            for alert in stack.alerts {
                guard let selector = alert.expression?.tree.flatMap(upSelector),
                    selector.matchers.allSatisfy({ matcher in
                        matcher.label == PromQLLabelMatcher.metricNameLabel
                            || LabelValueSolver.matches(matcher, labels[matcher.label] ?? "") == true
                    })
                else { continue }
                scenario.expected.append(
                    ExpectedFiring(
                        cause: "target \(target) down", alertName: alert.name,
                        labels: labels.merging(staticLabels(of: alert)) { $1 }))
            }
        }
        return scenario
    }

    /// The `up` selector of a condition `up{...} == 0` or `up{...} < 1`.
    static func upSelector(_ tree: PromQLExpression) -> PromQLVectorSelector? {
        guard case .binary(let binary) = tree, case .vectorSelector(let selector) = binary.lhs,
            selector.metricName == "up", case .number(let threshold) = binary.rhs
        else { return nil }
        switch binary.op {
        case .equal: return threshold == 0 ? selector : nil
        case .less: return threshold > 0 && threshold <= 1 ? selector : nil
        default: return nil
        }
    }

    /// The alert's labels whose values are not templates (those are checked when the notification arrives).
    static func staticLabels(of alert: ResolvedAlert) -> [String: String] {
        Dictionary(
            alert.labels.filter { !$0.value.holdsTemplateAction }.map { ($0.name, $0.value) }, uniquingKeysWith: { $1 })
    }
}
