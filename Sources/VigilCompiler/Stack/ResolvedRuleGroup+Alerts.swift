import VigilModel

extension ResolvedRuleGroup {
    /// An alert of the group, whoever wrote it (a spec, a rule pack, self-monitoring): its static labels are the
    /// group's, then `severity` and `service` (the group's name), then the alert's `own`, each overriding the ones
    /// before as Prometheus does; a `for` or `keep_firing_for` of zero is none; its annotations are sorted by key.
    func alert(
        _ name: String, severity: Severity, labels own: [String: String], expression: ResolvedExpression,
        duration: Duration?, keepFiringFor: Duration? = nil, annotations: [ResolvedAnnotation],
        location: SourceLocation
    ) -> ResolvedAlert {
        let groupLabels = Dictionary(labels.map { ($0.name, $0.value) }) { $1 }
        let labels = groupLabels.merging(["severity": severity.name, "service": self.name]) { $1 }
            .merging(own) { $1 }
        return ResolvedAlert(
            name: name, severity: severity, labels: Label.sorted(labels), location: location, group: self.name,
            expression: expression, duration: duration.flatMap { $0.milliseconds == 0 ? nil : $0 },
            keepFiringFor: keepFiringFor.flatMap { $0.milliseconds == 0 ? nil : $0 },
            annotations: annotations.sorted { $0.key < $1.key })
    }
}
