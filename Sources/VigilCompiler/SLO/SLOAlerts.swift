import VigilBackends
import VigilDSL

/// The burn-rate alerts of an SLO: one alert per urgency (page, then ticket), firing while any of its tiers
/// burns, so that Alertmanager's default inhibition (critical over warning with the same `alertname` and
/// `service`) silences the ticket while the page fires. Their annotations are plain text and `$labels` of the
/// grouping labels, which generated tests can render.
enum SLOAlerts {
    /// The alerts of `slo`, page first; none for an urgency without tiers.
    static func alerts(for slo: ResolvedSLO, labels: [String: String], runbook: String?) -> [ResolvedAlert] {
        BurnRateTier.Urgency.allCases.compactMap { urgency -> ResolvedAlert? in
            let tiers = slo.tiers.filter { $0.urgency == urgency }
            guard let first = tiers.first else { return nil }
            let burning = tiers.dropFirst().reduce(Self.condition(first, of: slo)) {
                SLOQuery.binary($0, .or, Self.condition($1, of: slo))
            }
            return alert(
                slo, named: slo.alertName, severity: urgency.severity, expression: burning, summary: summary(slo),
                description: description(slo, tiers), labels: labels, runbook: runbook)
        }
    }

    /// An alert of `slo` in its rule group, labelled with its service, name and `severity`, the SLO's own
    /// `labels` (which cannot override those), and a summary, description and runbook.
    static func alert(
        _ slo: ResolvedSLO, named name: String, severity: Severity, expression: PromQLExpression, summary: String,
        description: String, labels: [String: String], runbook: String?
    ) -> ResolvedAlert {
        let staticLabels = ["severity": severity.name, "service": slo.service, "slo": slo.name]
            .merging(labels) { own, _ in own }
        var annotations = [
            ResolvedAnnotation(key: "summary", value: summary, location: slo.location),
            ResolvedAnnotation(key: "description", value: description, location: slo.location),
        ]
        if let runbook {
            annotations.append(ResolvedAnnotation(key: "runbook_url", value: runbook, location: slo.location))
        }
        return ResolvedAlert(
            name: name, severity: severity, labels: Label.sorted(staticLabels), location: slo.location,
            group: slo.ruleGroup,
            expression: ResolvedExpression(tree: expression, rawText: nil, syntaxError: nil, location: slo.location),
            annotations: annotations.sorted { $0.key < $1.key })
    }

    /// Both windows above the tier's threshold, and, with a guard, enough traffic over the long window.
    static func condition(_ tier: ResolvedSLO.Tier, of slo: ResolvedSLO) -> PromQLExpression {
        let threshold = SLOQuery.number(tier.threshold(budget: slo.errorBudget))
        let windows = [tier.longWindow, tier.shortWindow].map { window in
            SLOQuery.binary(
                .vectorSelector(slo.selector(ResolvedSLO.errorRatioSeries(over: window))), .greater, threshold)
        }
        let burning = SLOQuery.binary(windows[0], .and, windows[1])
        guard let minimum = slo.minimumRate, let counters = EventCounters(slo) else { return burning }
        let traffic = SLORecordingRules.eventRate(slo, counters, over: tier.longWindow)
        return SLOQuery.binary(
            burning, .and, SLOQuery.binary(traffic, .greater, .number(minimum)), on: slo.indicator.grouping)
    }

    static func summary(_ slo: ResolvedSLO) -> String {
        "SLO '\(slo.name)' of \(slo.service)\(groupText(slo)) burns its error budget too fast"
    }

    /// What fires the alert, the objective, and how long the budget lasts at the fastest tier's burn rate.
    static func description(_ slo: ResolvedSLO, _ tiers: [ResolvedSLO.Tier]) -> String {
        let clauses = tiers.enumerated().map { index, tier in
            let budget = index == 0 ? " the error budget" : ""
            return "\(tier.factor.readable)x\(budget) over \(tier.longWindow) and \(tier.shortWindow)"
        }
        let guardText = slo.minimumRate.map { " It needs over \($0) events per second." } ?? ""
        var text =
            "The error ratio is above \(clauses.joined(separator: ", or ")).\(guardText) The objective is "
            + "\(slo.objective) over \(slo.window)"
        if let fastest = tiers.map(\.factor).max(), fastest > Fraction(0) {
            let minutes = (Fraction(slo.window.milliseconds) / fastest / Fraction(60_000)).rounded(toDecimals: 0)
            text += "; at \(fastest.readable)x the whole error budget lasts \(Duration.minutes(minutes.significand))"
        }
        if tiers.contains(where: { slo.readsRecordedIncreases(over: $0.longWindow) }) {
            text +=
                ". Windows of a day and more are recorded every minute from 5-minute increases: they see a burn "
                + "up to \(ResolvedSLO.recordedWindowLag) late"
        }
        return text + "."
    }

    /// ` (handler={{ $labels.handler }})` for a grouped SLO.
    static func groupText(_ slo: ResolvedSLO) -> String {
        let grouping = slo.indicator.grouping
        guard !grouping.isEmpty else { return "" }
        return " (" + grouping.map { "\($0)={{ $labels.\($0) }}" }.joined(separator: ", ") + ")"
    }
}
