import VigilDSL

/// Expands the SLOs of a stack's services into ordinary rules, alerts and tests, each SLO in a rule group (and
/// rules and tests file) of its own, `<service>-slo-<name>`, so that validation, the emitters and promtool treat
/// them like any other; and keeps each as a ``ResolvedSLO`` for the consumers that need the SLO itself.
enum SLOLowering {
    /// What the SLOs of a stack add to it, each SLO's pieces in declaration order: the SLOs themselves and their
    /// rule groups, recording rules, alerts and tests, which validation, the emitters and promtool treat like the
    /// services' own.
    struct Lowered {
        var slos: [ResolvedSLO] = []
        var ruleGroups: [ResolvedRuleGroup] = []
        var recordingRules: [ResolvedRecordingRule] = []
        var alerts: [ResolvedAlert] = []
        var alertTests: [ResolvedAlertTest] = []
    }

    /// Every SLO of `services`, in declaration order: its rule group, recording rules, alerts and tests, and the
    /// SLO itself. `metrics` are the stack's declared metrics, in order (the first declaration of a name gives its
    /// unit and label values).
    static func lower(_ services: [Service], metrics: [MetricDeclaration]) -> Lowered {
        var lowered = Lowered()
        let units = Dictionary(metrics.map { ($0.name, $0.unit) }, uniquingKeysWith: { first, _ in first })
        let labelValues = Dictionary(
            metrics.map { ($0.name, $0.labelValues) }, uniquingKeysWith: { first, _ in first })
        for service in services {
            var names: Set<String> = []
            for slo in service.slos {
                var resolved = resolve(slo, of: service, units: units)
                resolved.labelValues = declaredValues(of: resolved.indicator, in: labelValues)
                // A second SLO of one name is reported (`duplicate-slo`), not expanded into clashing rules.
                guard names.insert(slo.name).inserted else {
                    lowered.slos.append(resolved)
                    continue
                }
                switch SLOTests.tests(for: resolved) {
                case .success(let tests): lowered.alertTests += tests
                case .failure(let unsupported): resolved.untestedReason = unsupported.reason
                }
                lowered.slos.append(resolved)
                lowered.ruleGroups.append(
                    ResolvedRuleGroup(name: resolved.ruleGroup, interval: service.ruleInterval, location: slo.location))
                if resolved.recordsIncreases {
                    lowered.ruleGroups += [
                        (resolved.increasesGroup, ResolvedSLO.increaseStep),
                        (resolved.longWindowsGroup, ResolvedSLO.longWindowInterval),
                    ].map { name, interval in
                        ResolvedRuleGroup(
                            name: name, interval: interval, location: slo.location, file: resolved.ruleGroup)
                    }
                }
                lowered.recordingRules += SLORecordingRules.rules(for: resolved)
                lowered.alerts += SLOAlerts.alerts(for: resolved, labels: slo.labels, runbook: slo.runbook)
                lowered.alerts.append(SLONoDataAlert.alert(for: resolved, labels: slo.labels, runbook: slo.runbook))
            }
        }
        return lowered
    }

    /// The SLO with its budget, tier factors, windows and names decided; `units` holds the declared unit of
    /// every metric by name, which places a latency threshold among its histogram's buckets.
    static func resolve(_ slo: SLO, of service: Service, units: [String: MetricUnit?]) -> ResolvedSLO {
        let budget = Fraction(1) - Fraction(percent: slo.objective)
        // The series of the service's own job, unless it is not scraped or the SLO spans jobs.
        let indicator =
            slo.scope == .serviceJob && service.scrape != nil
            ? slo.indicator.scoped(toJob: service.name) : slo.indicator
        let tiers = (slo.tiers ?? BurnRateTier.standard).map { tier in
            let factor =
                switch tier.rate {
                case .factor(let factor): Fraction(exactly: factor)
                case .budgetShare(let share): Fraction(percent: share) * Fraction(slo.window, per: tier.longWindow)
                }
            return ResolvedSLO.Tier(
                urgency: tier.urgency, factor: factor, longWindow: tier.longWindow, shortWindow: tier.shortWindow,
                location: slo.tiers == nil ? slo.location : tier.location)
        }
        let alertWindows =
            (tiers.isEmpty ? BurnRateTier.standard.flatMap { [$0.longWindow, $0.shortWindow] } : [])
            + tiers.flatMap { [$0.longWindow, $0.shortWindow] }
        return ResolvedSLO(
            name: slo.name, service: service.name, objective: slo.objective, errorBudget: budget, window: slo.window,
            indicator: indicator, latencyBucket: latencyBucket(of: indicator, units: units), tiers: tiers,
            alertName: slo.alertName ?? alertName(for: slo.name), noData: slo.noData,
            noDataAlertName: noDataAlertName(for: slo),
            ruleGroup: "\(service.name)-slo-\(slo.name)",
            windows: Set(alertWindows + [slo.window]).sorted(),
            minimumRate: slo.minimumRate, longWindows: slo.longWindows, untestedReason: nil, location: slo.location)
    }

    /// The label values declared by the metrics `indicator` reads (a histogram's series by its name), merged by
    /// label; `declared` holds every metric's, by name.
    static func declaredValues(
        of indicator: ServiceLevelIndicator, in declared: [String: [String: [String]]]
    ) -> [String: [String]] {
        let suffixes = ["_bucket", "_count", "_sum"]
        var values: [String: [String]] = [:]
        for name in indicator.selectors.compactMap(\.name) {
            let base = suffixes.first { name.hasSuffix($0) }.map { String(name.dropLast($0.count)) }
            for (label, labelValues) in declared[name] ?? base.flatMap({ declared[$0] }) ?? [:] {
                values[label] = (values[label] ?? []) + labelValues.filter { !(values[label] ?? []).contains($0) }
            }
        }
        return values
    }

    /// A latency threshold in the unit of its histogram: milliseconds when the histogram is declared in them,
    /// seconds otherwise (the unit Prometheus recommends, and what undeclared units are taken for).
    static func latencyBucket(of indicator: ServiceLevelIndicator, units: [String: MetricUnit?]) -> Double? {
        guard case .latency(let histogram, let threshold) = indicator.kind else { return nil }
        let unit = histogram.name.flatMap { units[$0] } ?? nil
        return unit?.value(of: threshold) ?? threshold.seconds
    }

    /// `AvailabilityErrorBudgetBurn` for `availability`, `RequestLatencyErrorBudgetBurn` for `request-latency`.
    static func alertName(for name: String) -> String {
        alertPrefix(for: name) + "ErrorBudgetBurn"
    }

    /// `AvailabilitySLONoData` for `availability`; from a custom burn alert name `APIAvailabilityErrorBudgetBurn`,
    /// `APIAvailabilitySLONoData`.
    static func noDataAlertName(for slo: SLO) -> String {
        let suffix = "ErrorBudgetBurn"
        guard let name = slo.alertName, name.hasSuffix(suffix), name.count > suffix.count else {
            return alertPrefix(for: slo.name) + "SLONoData"
        }
        return name.dropLast(suffix.count) + "SLONoData"
    }

    /// The SLO's name in upper camel case, `SLO` first when it does not start with a letter.
    static func alertPrefix(for name: String) -> String {
        let words = name.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        let camel = words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        return (camel.first?.isLetter == true ? "" : "SLO") + camel
    }
}
