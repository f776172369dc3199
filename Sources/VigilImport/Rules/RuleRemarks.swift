import VigilCompiler
import VigilDSL
import VigilModel

/// What the specs write differently from the input rules, for the report: Vigil's own labels on alerts, and
/// alert names Vigil's self-monitoring declares too.
enum RuleRemarks {
    /// The alerts Vigil declares on every stack (its self-monitoring), which an imported alert cannot reuse.
    static let ownAlerts = Set(StackLowering.lower(Stack("probe") {}).alerts.map(\.name))

    /// The remarks on `rules`.
    static func remarks(on rules: [ImportedRule]) -> ImportReport {
        var report = ImportReport()
        for rule in rules where rule.kind == .alert {
            if RulesSource.severity(of: rule) == nil {
                report.add(
                    .review, at: rule.location,
                    "alert \(rule.name) has no severity label: Vigil needs one, it is imported as severity warning")
            }
            if rule.labelDictionary["service"] == nil {
                report.add(
                    .review, at: rule.location,
                    "alert \(rule.name) gets Vigil's `service` label (its service's name), which the input does not set")
            }
            if ownAlerts.contains(rule.name) {
                report.add(
                    .review, at: rule.location,
                    "alert \(rule.name) has the name of an alert of Vigil's self-monitoring: rename one of them")
            }
        }
        return report
    }
}
