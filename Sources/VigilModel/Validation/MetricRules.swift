import VigilCore

/// Rules on metric declarations: Prometheus naming rules and conventions, buckets and quantiles, and one
/// kind per name.
package enum MetricRules {
    package static let all: [ValidationRule] = [
        ValidationRule("metric names are valid and follow conventions", inContext: { names($0.metrics) }),
        ValidationRule("metric label names are valid", inContext: { labelNames($0.metrics) }),
        ValidationRule(
            "histogram buckets and summary quantiles are well formed", inContext: { bucketsAndQuantiles($0.metrics) }),
        ValidationRule("one metric name has one kind", inContext: { conflictingKinds($0.metrics) }),
    ]

    /// Unit suffixes that are not base units, with the base unit Prometheus recommends instead.
    static let nonBaseUnits: [(suffix: String, base: String)] = [
        ("_ms", "_seconds"), ("_milliseconds", "_seconds"), ("_microseconds", "_seconds"), ("_us", "_seconds"),
        ("_ns", "_seconds"), ("_nanoseconds", "_seconds"), ("_minutes", "_seconds"), ("_hours", "_seconds"),
        ("_days", "_seconds"), ("_kb", "_bytes"), ("_kilobytes", "_bytes"), ("_mb", "_bytes"),
        ("_megabytes", "_bytes"), ("_gb", "_bytes"), ("_gigabytes", "_bytes"),
    ]

    /// Names Prometheus accepts, and its conventions for names outside the exporter catalogues: counters end in
    /// `_total`, values are in base units.
    static func names(_ metrics: [MetricDeclaration]) -> [Diagnostic] {
        metrics.flatMap { metric -> [Diagnostic] in
            guard PrometheusNames.isValidMetricName(metric.name) else {
                return [
                    .error(
                        "invalid-metric-name",
                        "'\(metric.name)' is not a valid metric name: it must match [a-zA-Z_:][a-zA-Z0-9_:]*",
                        at: metric.location)
                ]
            }
            guard !metric.isCatalogued else { return [] }
            var diagnostics: [Diagnostic] = []
            let baseName = metric.name.hasSuffix("_total") ? String(metric.name.dropLast(6)) : metric.name
            if metric.kind == .counter && !metric.name.hasSuffix("_total") {
                diagnostics.append(
                    .warning(
                        "counter-name-suffix", "counter '\(metric.name)' does not end in '_total'", at: metric.location,
                        hint:
                            "Prometheus names counters '<name>_total'; keep the name if the application already exports it"
                    ))
            }
            // A metric declared in the unit its name carries (`unit: .milliseconds` for `_ms`) states the choice.
            if let unit = nonBaseUnits.first(where: { baseName.hasSuffix($0.suffix) }),
                metric.unit?.suffix.map({ "_" + $0 }) != unit.suffix
            {
                diagnostics.append(
                    .warning(
                        "non-base-unit", "metric '\(metric.name)' is not in a base unit ('\(unit.suffix)')",
                        at: metric.location,
                        hint:
                            "Prometheus recommends base units ('\(unit.base)'); keep the name if the application already exports it, "
                            + "and declare its unit (e.g. `unit: .milliseconds`) to say so"
                    ))
            }
            return diagnostics
        }
    }

    /// Label names Prometheus accepts, and none it sets itself or a histogram or summary uses.
    static func labelNames(_ metrics: [MetricDeclaration]) -> [Diagnostic] {
        metrics.flatMap { metric in
            metric.labelNames.compactMap { label -> Diagnostic? in
                if !PrometheusNames.isValidUserLabelName(label) {
                    return .error(
                        "invalid-label-name", "label '\(label)' of metric '\(metric.name)' is not a valid label name",
                        at: metric.location,
                        hint: "label names must match [a-zA-Z_][a-zA-Z0-9_]* and not start with '__'")
                }
                let reserved: String? =
                    switch (metric.kind, label) {
                    case (.histogram, "le"): "the 'le' label holds a histogram's bucket bounds"
                    case (.summary, "quantile"): "the 'quantile' label holds a summary's quantiles"
                    case (_, "job"), (_, "instance"): "Prometheus sets '\(label)' on every scraped series"
                    default: nil
                    }
                return reserved.map {
                    .error(
                        "reserved-label", "metric '\(metric.name)' declares label '\(label)': \($0)",
                        at: metric.location)
                }
            }
        }
    }

    /// A histogram's bucket bounds finite and ascending, a summary's quantiles between 0 and 1.
    static func bucketsAndQuantiles(_ metrics: [MetricDeclaration]) -> [Diagnostic] {
        metrics.compactMap { metric in
            switch metric.kind {
            case .histogram:
                let sortedUnique = zip(metric.buckets, metric.buckets.dropFirst()).allSatisfy { $0 < $1 }
                guard metric.buckets.isEmpty || !sortedUnique || !metric.buckets.allSatisfy(\.isFinite) else {
                    return nil
                }
                return .error(
                    "invalid-buckets",
                    "histogram '\(metric.name)' needs finite bucket bounds in strictly ascending order, not \(metric.buckets)",
                    at: metric.location, hint: "+Inf is implied; list the finite upper bounds, smallest first")
            case .summary:
                guard metric.quantiles.contains(where: { !($0 > 0 && $0 < 1) }) else { return nil }
                return .error(
                    "invalid-quantiles", "summary '\(metric.name)' has quantiles outside (0, 1): \(metric.quantiles)",
                    at: metric.location, hint: "write the 99th percentile as 0.99")
            case .counter, .gauge:
                return nil
            }
        }
    }

    /// A series name that two different declarations produce (a counter `x_count` and a histogram `x`).
    static func conflictingKinds(_ metrics: [MetricDeclaration]) -> [Diagnostic] {
        var seriesOwners: [String: MetricDeclaration] = [:]
        var diagnostics: [Diagnostic] = []
        for metric in metrics {
            for series in metric.seriesNames {
                guard let other = seriesOwners[series] else {
                    seriesOwners[series] = metric
                    continue
                }
                guard other.kind != metric.kind || other.name != metric.name || other.labelNames != metric.labelNames
                else { continue }
                diagnostics.append(
                    .error(
                        "conflicting-metric",
                        "series '\(series)' is declared as a \(metric.kind) '\(metric.name)' and as a \(other.kind) '\(other.name)'",
                        at: metric.location,
                        hint: "the other declaration is at \(other.location.reference)"))
                break
            }
        }
        return diagnostics
    }
}
