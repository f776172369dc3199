import VigilCompiler
import VigilDSL
import VigilModel

/// What the specs write differently from the input rules, for the report: Vigil's own labels on alerts, and
/// alert names Vigil's self-monitoring declares too.
enum RuleRemarks {
    /// The alerts Vigil declares on every stack (its self-monitoring), which an imported alert cannot reuse.
    static let ownAlerts = Set(StackLowering.lower(Stack("probe") {}).alerts.map(\.name))

    /// The remarks on the rules of `services`.
    static func remarks(on services: [ImportedService]) -> ImportReport {
        var report = ImportReport()
        for service in services {
            let alerts = service.rules.filter { $0.kind == .alert }
            let unlabelled = alerts.filter { $0.labelDictionary["service"] == nil && service.labels["service"] == nil }
            if let first = unlabelled.first {
                report.add(
                    .review, at: first.location,
                    "\(unlabelled.count) alerts of service '\(service.name)' get Vigil's label service=\"\(service.name)\", which the input does not set"
                )
            }
            for rule in alerts {
                if RulesSource.severity(of: rule) == nil {
                    report.add(
                        .review, at: rule.location,
                        "alert \(rule.name) has no severity label: Vigil needs one, it is imported as severity warning")
                }
                if ownAlerts.contains(rule.name) {
                    report.add(
                        .review, at: rule.location,
                        "alert \(rule.name) has the name of an alert of Vigil's self-monitoring: rename one of them")
                }
            }
        }
        return report
    }
}
