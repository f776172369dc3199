import VigilModel

/// `<Name>+Metrics.swift`: the inferred metrics, each with its labels' enum and a comment saying why it has
/// its kind and labels.
struct MetricsSource {
    /// The buckets an inferred histogram is declared with: the Prometheus clients' defaults, since rules do not
    /// tell the real ones.
    static let defaultBuckets: [Double] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]

    /// The help text of an inferred metric.
    static func help(for metric: InferredMetric) -> String {
        "\(metric.name), inferred by specs import from the queries that read it"
    }

    /// The stack's enum.
    let stack: String
    /// The metrics.
    let metrics: [InferredMetric]

    /// The Swift name of `metric`.
    static func identifier(of metric: InferredMetric) -> String { SwiftIdentifier.lowerCamel(metric.name) }

    /// The file's text.
    var text: String {
        var lines = ["import Vigil", "", "extension \(stack) {"]
        for (index, metric) in metrics.enumerated() {
            if index > 0 { lines.append("") }
            lines += declaration(of: metric).map { "    " + $0 }
        }
        lines += ["}", ""]
        return lines.joined(separator: "\n")
    }

    private func declaration(of metric: InferredMetric) -> [String] {
        let labels = metric.labels.keys.sorted()
        var lines = ["// \(metric.kind.rawValue): \(metric.kindReason)."]
        if !labels.isEmpty {
            lines.append("// labels: " + labels.map { "\($0) (\(metric.labels[$0]!))" }.joined(separator: ", ") + ".")
        }
        let typeName: String
        if labels.isEmpty {
            typeName = "NoLabels"
        } else {
            typeName = SwiftIdentifier.upperCamel(metric.name) + "Label"
            let cases = labels.map { label in
                let name = SwiftIdentifier.lowerCamel(label)
                return name == label
                    ? SwiftIdentifier.escaped(name) : "\(SwiftIdentifier.escaped(name)) = \(SwiftLiteral.string(label))"
            }
            lines.append("/// The labels of `\(metric.name)` that the imported rules read.")
            lines.append("enum \(typeName): String, LabelKey { case \(cases.joined(separator: ", ")) }")
        }
        let help = SwiftLiteral.string(Self.help(for: metric))
        let kind: String
        var extra = ""
        switch metric.kind {
        case .counter: kind = "Counter"
        case .histogram:
            kind = "Histogram"
            extra = ", buckets: [" + Self.defaultBuckets.map { "\($0)" }.joined(separator: ", ") + "]"
            lines.append("// The buckets are the client libraries' defaults: the rules do not tell the real ones.")
        case .gauge, .summary: kind = "Gauge"
        }
        lines.append("/// `\(metric.name)`, declared from its use in the imported queries.")
        lines.append(
            "static let \(SwiftIdentifier.escaped(Self.identifier(of: metric))) = \(kind)<\(typeName)>(\(SwiftLiteral.string(metric.name)), help: \(help)\(extra))"
        )
        return lines
    }
}
