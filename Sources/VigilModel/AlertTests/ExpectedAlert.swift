import VigilCore

/// What promtool should see of one firing alert: all its labels (the query result's, then the rule's own,
/// whose templates are rendered) and its rendered annotations.
package struct ExpectedAlert {
    /// Every label but `alertname`, which promtool adds itself.
    package var labels: [Label]
    /// The annotations as Prometheus will render them.
    package var annotations: [Label]

    /// Renders the expectation of `firing` for `alert`, or says why it cannot.
    package static func render(_ firing: AlertExpectation.Firing, of alert: ResolvedAlert) -> Result<
        ExpectedAlert, AlertTemplateError
    > {
        var labels = firing.labels
        for label in alert.labels {
            switch AlertTemplateExpander.expand(label.value, labels: firing.labels, value: firing.value) {
            // Prometheus drops a rule label whose template renders empty.
            case .success(let value): labels[label.name] = value.isEmpty ? nil : value
            case .failure(let error): return .failure(error)
            }
        }
        if let given = firing.annotations {
            return .success(ExpectedAlert(labels: Label.sorted(labels), annotations: Label.sorted(given)))
        }
        var annotations: [String: String] = [:]
        for annotation in alert.annotations {
            switch AlertTemplateExpander.expand(annotation.template, labels: firing.labels, value: firing.value) {
            case .success(let value): annotations[annotation.key] = value
            case .failure(let error): return .failure(error)
            }
        }
        return .success(ExpectedAlert(labels: Label.sorted(labels), annotations: Label.sorted(annotations)))
    }
}
