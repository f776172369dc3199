import Foundation
import VigilDSL

/// The reference corpus (`../shared/reference/corpus`) ported to Vigil's DSL: every alerting and recording rule
/// of its rule files, one ``Service`` per original rule group, so that the group `G` of an original file is
/// emitted as `prometheus/rules/G.yml` of the stack the file is ported into.
enum Corpus {
    /// The suffix of awesome-prometheus-alerts' summaries.
    static let onInstance = " (instance {{ $labels.instance }})"

    /// An awesome-prometheus-alerts description: the text, then the value and the labels.
    static func details(_ text: String) -> String {
        text + "\n  VALUE = {{ $value }}\n  LABELS = {{ $labels }}"
    }

    /// node-mixin, awesome-prometheus-alerts and dockprom, scraping a node exporter (job `node`, which node-mixin
    /// selects) and cAdvisor.
    static let stack = Stack("corpus") {
        Service("node", scrape: .target("node-exporter:9100")) { NodeExporterMetrics.all }
        Service("cadvisor", scrape: .target("cadvisor:8080")) { CAdvisorMetrics.all }
        Service("node-exporter") {
            for alert in NodeMixin.defaults.alerts { alert }
        }
        Service("node-exporter.rules") {
            for record in NodeMixin.defaults.records { record }
        }
        AwesomeNodeExporter.service
        AwesomeCAdvisor.service
        Dockprom.targets
        Dockprom.host
        Dockprom.containers
    }

    /// kube-prometheus's node-exporter rules: node-mixin with kube-prometheus's configuration. A stack of its
    /// own, since its recording rules have node-mixin's names.
    static let kubePrometheus = Stack("kube-prometheus") {
        Service("node-exporter", scrape: .target("node-exporter:9100")) {
            NodeExporterMetrics.all
            for alert in NodeMixin.kubePrometheus.alerts { alert }
        }
        Service("node-exporter.rules") {
            for record in NodeMixin.kubePrometheus.records { record }
        }
    }

    /// Every stack of the port.
    static let stacks = [stack, kubePrometheus]

    /// Each original rule file, relative to the corpus folder, with the stack it is ported into.
    static let sources: [(path: String, stack: String)] = [
        ("node-mixin/alerts.yaml", "corpus"),
        ("node-mixin/rules.yaml", "corpus"),
        ("awesome-prometheus-alerts/node-exporter.yml", "corpus"),
        ("awesome-prometheus-alerts/google-cadvisor.yml", "corpus"),
        ("dockprom/alert.rules", "corpus"),
        ("kube-prometheus/nodeExporter-prometheusRule.yaml", "kube-prometheus"),
    ]

    /// The package's root folder: three levels above this file's folder.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The corpus folder: `../shared/reference/corpus` next to the package.
    static let folder = SharedReference.url("corpus")
}
