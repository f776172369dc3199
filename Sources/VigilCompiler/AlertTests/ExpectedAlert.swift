import VigilDSL

/// What promtool should see of one firing alert: all its labels (the query result's, then the rule's own,
/// whose templates are rendered) and its rendered annotations.
struct ExpectedAlert {
    /// Every label but `alertname`, which promtool adds itself.
    var labels: [Label]
    /// The annotations as Prometheus will render them.
    var annotations: [Label]

    /// Renders the expectation of `firing` for `alert`, or says why it cannot.
    static func render(_ firing: AlertExpectation.Firing, of alert: ResolvedAlert) -> Result<
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
            switch AlertTemplateExpander.expand(annotation.value, labels: firing.labels, value: firing.value) {
            case .success(let value): annotations[annotation.key] = value
            case .failure(let error): return .failure(error)
            }
        }
        return .success(ExpectedAlert(labels: Label.sorted(labels), annotations: Label.sorted(annotations)))
    }

    /// The alert a test expectation names: the one of the test's own service first, and among alerts sharing the
    /// name (a page and a ticket), the first whose static labels agree with the expected `labels` (which may state
    /// e.g. `severity` to tell them apart).
    static func alert(
        named name: String, for test: ResolvedAlertTest, in stack: ResolvedStack, labels: [String: String] = [:]
    ) -> ResolvedAlert? {
        let named = stack.alerts.filter { $0.name == name }
        let own = named.filter { $0.group == test.group }
        let candidates = own.isEmpty ? named : own
        return candidates.first { alert in alert.labels.allSatisfy { labels[$0.name] ?? $0.value == $0.value } }
            ?? candidates.first
    }
}
