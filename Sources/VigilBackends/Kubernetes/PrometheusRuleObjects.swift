import VigilModel
import YAMLKit

/// One `PrometheusRule` per rule file of the Prometheus target, named after the file, whose `spec.groups` are
/// that file's `groups`, rendered by the same code.
enum PrometheusRuleObjects {
    /// The stack's `PrometheusRule` objects, in rule-file order.
    static func objects(of stack: ResolvedStack, labels: [Label]) -> [KubernetesObject] {
        RuleFilesEmitter().ruleFiles(of: stack).map { file in
            KubernetesObject(
                apiVersion: "monitoring.coreos.com/v1", kind: "PrometheusRule", name: name(ofRuleFile: file.path),
                labels: labels, body: ("spec", ["groups": .sequence(file.groups)]))
        }
    }

    /// `prometheus/rules/<name>.yml`'s `<name>`.
    static func name(ofRuleFile path: String) -> String {
        String(path.split(separator: "/").last?.dropLast(".yml".count) ?? "")
    }
}
