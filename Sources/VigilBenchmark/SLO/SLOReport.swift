import Foundation

/// The SLO benchmark's printed report: per rule set and SLO, the samples one evaluation of its rules reads in
/// each window class, the samples a day of evaluations reads at each group's interval, the server's time, and
/// the period error ratio against the true one; then every rule.
struct SLOReport {
    /// What was measured on what.
    let plan: SLOPlan
    /// Every rule's measurement.
    let rules: [RuleMeasurement]
    /// Every rule set's period ratio.
    let periods: [PeriodMeasurement]

    /// The rule sets, in the plan's order: generator and SLO.
    var sets: [(generator: String, slo: String)] {
        var seen: [String] = []
        return plan.rules.compactMap { rule in
            let key = "\(rule.generator)\t\(rule.slo)"
            guard !seen.contains(key) else { return nil }
            seen.append(key)
            return (rule.generator, rule.slo)
        }
    }

    /// The generators, in the plan's order.
    var generators: [String] {
        sets.map(\.generator).reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
    }

    var text: String {
        let start = Date(timeIntervalSince1970: TimeInterval(plan.dataStart))
        let end = Date(timeIntervalSince1970: TimeInterval(plan.end))
        return """
            Data: \(plan.series) series scraped every \(plan.scrapeIntervalSeconds) s from \(start.ISO8601Format()) \
            to \(end.ISO8601Format()), \(Self.si(Double(plan.samples))) samples. Rules evaluated at the end; \
            samples are totalQueryableSamples, time is the server's execTotalTime (best of the runs); per day \
            multiplies each rule by its evaluations a day at its group's interval. Windows: short < 1d ≤ long < \
            period (\(plan.period)); other = no window.

            Samples read per evaluation of all the rules:
            \(perEvaluation.text)

            Per day, at each group's interval:
            \(perDay.text)

            Error ratio over \(plan.period) at the end, read from each rule set's recorded series (queries below), \
            against the events counted:
            \(accuracy.text)
            \(periods.map { "  \($0.query.generator) \($0.query.slo): \($0.query.query)" }.joined(separator: "\n"))

            Every recording rule:
            \(detail.text)
            """
    }

    /// The measured rules of a rule set (both SLOs when `slo` is `nil`).
    func measured(_ generator: String, _ slo: String?) -> [RuleMeasurement] {
        rules.filter { $0.rule.generator == generator && (slo == nil || $0.rule.slo == slo) }
    }

    /// The rows of the two cost tables: each rule set, then each generator's two SLOs together.
    var rows: [(label: [String], rules: [RuleMeasurement])] {
        sets.map { ([$0.generator, $0.slo], measured($0.generator, $0.slo)) }
            + generators.map { ([$0, "both"], measured($0, nil)) }
    }

    var perEvaluation: TextTable {
        var table = TextTable(header: ["rule set", "SLO", "rules"] + WindowClass.allCases.map(\.rawValue) + ["all"])
        for row in rows {
            let byClass = WindowClass.allCases.map { kind in
                row.rules.filter { $0.rule.windowClass == kind }.reduce(0) { $0 + $1.samples }
            }
            table.rows.append(
                row.label + ["\(row.rules.count)"] + byClass.map { Self.si(Double($0)) }
                    + [Self.si(Double(byClass.reduce(0, +)))])
        }
        return table
    }

    var perDay: TextTable {
        var table = TextTable(
            header: ["rule set", "SLO"] + WindowClass.allCases.map(\.rawValue) + [
                "all", "query time per evaluation", "server time per day",
            ])
        for row in rows {
            let byClass = WindowClass.allCases.map { kind in
                row.rules.filter { $0.rule.windowClass == kind }.reduce(0) { $0 + $1.samplesPerDay }
            }
            table.rows.append(
                row.label + byClass.map(Self.si) + [
                    Self.si(byClass.reduce(0, +)),
                    Formatting.milliseconds(row.rules.reduce(0) { $0 + $1.seconds }),
                    String(format: "%.1f s", row.rules.reduce(0) { $0 + $1.secondsPerDay }),
                ])
        }
        return table
    }

    var accuracy: TextTable {
        var table = TextTable(header: ["rule set", "SLO", "error ratio", "true ratio", "relative error"])
        for period in periods {
            table.rows.append([
                period.query.generator, period.query.slo, period.value.map { String(format: "%.7f", $0) } ?? "none",
                String(format: "%.7f", period.query.trueRatio),
                period.relativeError.map { String(format: "%+.4f%%", $0 * 100) } ?? "-",
            ])
        }
        return table
    }

    var detail: TextTable {
        var table = TextTable(header: [
            "rule set", "SLO", "record", "window", "class", "interval", "samples", "per day", "time", "backfill",
        ])
        for measurement in rules {
            let rule = measurement.rule
            table.rows.append([
                rule.generator, rule.slo, name(of: rule), rule.window ?? "-", rule.windowClass.rawValue,
                String(format: "%gs", rule.intervalSeconds), "\(measurement.samples)",
                Self.si(measurement.samplesPerDay), Formatting.milliseconds(measurement.seconds),
                rule.backfillPass.map { "pass \($0)" } ?? "-",
            ])
        }
        return table
    }

    /// A rule's record name, with the labels that tell it from another rule of its set recording the same name
    /// (Pyrra's two `increase30d` records, one with `le="0.3"`).
    func name(of rule: SLOPlan.Rule) -> String {
        let namesakes = plan.rules.filter {
            $0.generator == rule.generator && $0.slo == rule.slo && $0.record == rule.record
        }
        guard namesakes.count > 1 else { return rule.record }
        let shared = Set(
            rule.labels.filter { label in namesakes.allSatisfy { $0.labels[label.key] == label.value } }.keys)
        let own = rule.labels.filter { !shared.contains($0.key) }.sorted { $0.key < $1.key }
        return rule.record + "{" + own.map { "\($0.key)=\"\($0.value)\"" }.joined(separator: ",") + "}"
    }

    /// A count with three significant digits and an SI prefix: `950`, `12.3k`, `4.56M`, `35.8G`.
    static func si(_ value: Double) -> String {
        let prefixes = ["", "k", "M", "G", "T", "P"]
        var scaled = value
        var index = 0
        while abs(scaled) >= 999.5 && index < prefixes.count - 1 {
            scaled /= 1000
            index += 1
        }
        if index == 0 { return String(format: "%.0f", scaled) }
        let decimals = abs(scaled) >= 99.95 ? 0 : abs(scaled) >= 9.995 ? 1 : 2
        return String(format: "%.\(decimals)f%@", scaled, prefixes[index])
    }
}
