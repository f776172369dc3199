import VigilBackends
import VigilCompiler
import VigilModel

extension ResolvedAlert {
    /// The annotations Prometheus gives this alert when its query returns a series with `labels` (the labels
    /// of the firing alert, of which the rule's own are set aside): each rendered, or `nil` when it cannot be
    /// known beforehand (it prints `$value`, or uses a template feature Vigil does not render).
    public func expectedAnnotations(forAlertLabels alertLabels: [String: String]) -> [String: String?] {
        let ruleLabels = Set(labels.map(\.name) + ["alertname"])
        let queryLabels = alertLabels.filter { !ruleLabels.contains($0.key) }
        var rendered: [String: String?] = [:]
        for annotation in annotations {
            let text = try? AlertTemplateExpander.expand(annotation.value, labels: queryLabels, value: nil).get()
            rendered.updateValue(text, forKey: annotation.key)
        }
        return rendered
    }
}
