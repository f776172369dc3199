import VigilDSL

/// The `promtool` tests Vigil generates for an SLO, proving its alerts: after a history without errors as long as
/// the longest alert window, a burn just above each tier's rate fires the tier's alert once the tier's long window
/// has filled, and a burn just below does not; half the slowest tier's rate fires nothing; with a low-traffic
/// guard, failing traffic under the guard fires nothing. Freshness SLOs, whose data is fresh, stale or (without
/// grouping) absent, get one test of each: absent data is stale. Every SLO's no-data alert gets two
/// (``SLONoDataTests``), also for an SLO without tiers.
///
/// Each test states every alert of the SLO at its check time, as ``SLOBurnModel`` computes Prometheus will see
/// them; a check whose ratios come within 1% of a threshold is left out rather than left to rounding. Input is
/// sampled on the greatest common divisor of the alert windows and half the shortest one (Prometheus 3's ranges
/// are left-open, so a window needs two samples after its start; for recorded increases, half their step too),
/// and evaluated on the greatest common divisor of the check times, so that days of history stay fast to test.
/// A tests file loads only its SLO's rules file and orders its groups: increases, long windows, then alerts.
enum SLOTests {
    /// How far above and below a tier's burn rate its tests burn: 5%.
    static let margin = Fraction(1, 20)
    /// How close to a threshold a ratio may come before a check is left out: 1%.
    static let tolerance = Fraction(1, 100)
    /// The decimals of generated error ratios; 10 to this power events arrive per input interval, so that the
    /// failed ones are whole numbers.
    static let decimals = 9

    /// The tests of `slo`, or why it gets none.
    static func tests(for slo: ResolvedSLO) -> Result<[ResolvedAlertTest], SLOTestInput.Unsupported> {
        // SLOs the validation rules reject get no tests; without tiers only the no-data alert is tested.
        let budget = slo.errorBudget
        let valid = slo.tiers.allSatisfy { tier in
            tier.factor > Fraction(0) && tier.shortWindow.milliseconds > 0 && tier.shortWindow < tier.longWindow
                && tier.threshold(budget: budget) < Fraction(1)
        }
        guard valid, Fraction(0) < budget, budget < Fraction(1), slo.noData.window.milliseconds > 0 else {
            return .success([])
        }
        let input: SLOTestInput
        switch SLOTestInput.make(for: slo) {
        case .success(let made): input = made
        case .failure(let unsupported): return .failure(unsupported)
        }
        let interval = inputInterval(slo)
        var model = SLOBurnModel(reading: input.reading, interval: interval)
        let scenarios = slo.tiers.isEmpty ? [] : scenarios(slo, model: model)
        let noDataTime = scenarios.first?.1.horizon ?? slo.noData.window * 2
        let horizons = scenarios.map(\.1.horizon.milliseconds) + [noDataTime.milliseconds]
        let evaluation = Duration(milliseconds: horizons.reduce(0, gcd))
        if slo.recordsIncreases {
            model.recorded = SLOBurnModel.RecordedIncreases(
                step: ResolvedSLO.increaseStep, evaluation: evaluation, shortest: ResolvedSLO.shortestRecordedWindow)
        }
        let burns = scenarios.compactMap { name, burn -> ResolvedAlertTest? in
            expectation(slo, input, model, burn).map { firing in
                test(
                    slo, name: name, interval: interval,
                    series: input.series(for: burn, interval: interval, location: slo.indicator.location),
                    expectation: AlertExpectation(
                        alertName: slo.alertName, time: burn.horizon, firing: firing, location: slo.location))
            }
        }
        let noData = SLONoDataTests.checks(
            slo, input, events: eventsPerInterval(slo, model), interval: interval, at: noDataTime
        ).map { check in
            test(
                slo, name: check.name, interval: interval, series: check.series,
                expectation: AlertExpectation(
                    alertName: slo.noDataAlertName, time: noDataTime, firing: check.firing, location: slo.location))
        }
        return .success(
            (burns + noData).map { test in
                var test = test
                test.evaluationInterval = evaluation
                return test
            })
    }

    /// A test of `slo` in its tests file, which loads the SLO's rules file alone and evaluates its groups in
    /// the order the alerts read them.
    static func test(
        _ slo: ResolvedSLO, name: String, interval: Duration, series: [InputSeries], expectation: AlertExpectation
    ) -> ResolvedAlertTest {
        var test = ResolvedAlertTest(
            name: name, group: slo.ruleGroup, interval: interval, series: series, expectations: [expectation],
            location: slo.location)
        test.ruleFiles = ["../rules/\(slo.ruleGroup).yml"]
        if slo.recordsIncreases {
            test.groupEvaluationOrder = [slo.increasesGroup, slo.longWindowsGroup, slo.ruleGroup]
        }
        return test
    }

    /// How often the input is sampled: every alert window a whole number of samples, and every window at
    /// least two samples long, so that a left-open range holds two samples at the least.
    static func inputInterval(_ slo: ResolvedSLO) -> Duration {
        let tierWindows = slo.tiers.flatMap { [$0.longWindow.milliseconds, $0.shortWindow.milliseconds] }
        let windows = tierWindows.isEmpty ? [slo.noData.window.milliseconds] : tierWindows
        let halfShortest = (windows.min() ?? 0) / 2
        // Recorded increases need two samples within their step too.
        let halfStep = slo.recordsIncreases ? [ResolvedSLO.increaseStep.milliseconds / 2] : []
        return Duration(milliseconds: (windows + [halfShortest] + halfStep).reduce(0, gcd))
    }

    /// The scenarios of `slo`, named after what they show.
    static func scenarios(_ slo: ResolvedSLO, model: SLOBurnModel) -> [(String, SLOBurn)] {
        let budget = slo.errorBudget
        let history = slo.tiers.map(\.longWindow).max() ?? slo.window
        let events = eventsPerInterval(slo, model)
        if case .staleness = model.reading {
            let absentData = (
                "\(slo.name): no data at all, as from a worker that is down, fires every tier",
                SLOBurn(
                    start: .seconds(0), ratio: Fraction(1), horizon: history, eventsPerInterval: events,
                    isAbsent: true)
            )
            return [
                (
                    "\(slo.name): fresh data fires nothing",
                    SLOBurn(start: .seconds(0), ratio: Fraction(0), horizon: history, eventsPerInterval: events)
                ),
                (
                    "\(slo.name): stale data fires every tier",
                    SLOBurn(start: .seconds(0), ratio: Fraction(1), horizon: history, eventsPerInterval: events)
                ),
            ] + (slo.indicator.grouping.isEmpty ? [absentData] : [])
        }
        let slowest = slo.tiers.map(\.factor).min() ?? Fraction(1)
        var scenarios = [
            (
                "\(slo.name): burning at \((slowest * Fraction(1, 2)).readable)x fires nothing",
                SLOBurn(
                    start: .seconds(0), ratio: realised(slowest * Fraction(1, 2) * budget), horizon: history,
                    eventsPerInterval: events)
            )
        ]
        for tier in slo.tiers {
            let threshold = tier.threshold(budget: budget)
            let above = realised(
                Swift.min(threshold * (Fraction(1) + margin), (threshold + Fraction(1)) * Fraction(1, 2)))
            let below = realised(threshold * (Fraction(1) - margin))
            for (ratio, side) in [(above, "above"), (below, "below")] {
                let name =
                    "\(slo.name): burning at \((ratio / budget).readable)x, just \(side) the "
                    + "\(tier.factor.readable)x \(tier.urgency) tier over \(tier.longWindow) and "
                    + "\(tier.shortWindow), \(outcome(tier.urgency, fires: side == "above")) within \(tier.longWindow)"
                    + (side == "above" && slo.readsRecordedIncreases(over: tier.longWindow)
                        ? " (deployed, up to \(ResolvedSLO.recordedWindowLag) later: the window is recorded)" : "")
                let burn = SLOBurn(
                    start: history, ratio: ratio, horizon: history + tier.longWindow, eventsPerInterval: events)
                scenarios.append((name, burn))
            }
        }
        if let minimum = slo.minimumRate.flatMap(Self.fraction), case .increases = model.reading {
            let slow = minimum * Fraction(model.interval.milliseconds, 2000)
            scenarios.append(
                (
                    "\(slo.name): every event failing, at half the \(minimum) events/s guard, fires nothing",
                    SLOBurn(start: .seconds(0), ratio: Fraction(1), horizon: history, eventsPerInterval: slow)
                ))
        }
        return scenarios
    }

    /// The alerts firing at the burn's horizon, one per urgency whose tiers fire, with the labels promtool sees;
    /// `nil` when a ratio comes too close to a threshold to tell.
    static func expectation(_ slo: ResolvedSLO, _ input: SLOTestInput, _ model: SLOBurnModel, _ burn: SLOBurn)
        -> [AlertExpectation.Firing]?
    {
        var firing: [AlertExpectation.Firing] = []
        for urgency in BurnRateTier.Urgency.allCases {
            let tiers = slo.tiers.filter { $0.urgency == urgency }
            let outcomes = tiers.map { fires($0, slo, model, burn) }
            if outcomes.contains(true) {
                let labels = input.groupLabels.merging(
                    ["service": slo.service, "slo": slo.name, "severity": urgency.severity.name]) { $1 }
                firing.append(AlertExpectation.Firing(labels: labels))
            } else if outcomes.contains(nil) {
                return nil
            }
        }
        return firing
    }

    /// Whether the tier fires at the burn's horizon; `nil` when too close to tell.
    static func fires(_ tier: ResolvedSLO.Tier, _ slo: ResolvedSLO, _ model: SLOBurnModel, _ burn: SLOBurn) -> Bool? {
        let threshold = tier.threshold(budget: slo.errorBudget)
        var outcome: Bool? = true
        for window in [tier.longWindow, tier.shortWindow] {
            guard let ratio = model.errorRatio(burn, over: window, at: burn.horizon) else { return false }
            if ratio < threshold * (Fraction(1) - tolerance) { return false }
            if ratio <= threshold * (Fraction(1) + tolerance) { outcome = nil }
        }
        if let minimum = slo.minimumRate.flatMap(Self.fraction), case .increases = model.reading {
            let rate = model.eventRate(burn.eventsPerInterval)
            if rate < minimum * (Fraction(1) - tolerance) { return false }
            if rate <= minimum * (Fraction(1) + tolerance) { return nil }
        }
        return outcome
    }

    /// `pages`, `does not page`, `opens a ticket`, `does not open a ticket`.
    static func outcome(_ urgency: BurnRateTier.Urgency, fires: Bool) -> String {
        switch (urgency, fires) {
        case (.page, true): "pages"
        case (.page, false): "does not page"
        case (.ticket, true): "opens a ticket"
        case (.ticket, false): "does not open a ticket"
        }
    }

    /// Events per input interval, enough that the low-traffic guard never holds in the burn scenarios.
    static func eventsPerInterval(_ slo: ResolvedSLO, _ model: SLOBurnModel) -> Fraction {
        var events = Fraction(1) / Fraction(exactly: ExactDecimal(significand: 1, decimals: decimals))
        if let minimum = slo.minimumRate.flatMap(Self.fraction) {
            while model.eventRate(events) < minimum * Fraction(4) {
                events = events * Fraction(10)
            }
        }
        return events
    }

    /// `ratio` to the resolution of generated input.
    static func realised(_ ratio: Fraction) -> Fraction {
        Fraction(exactly: ratio.rounded(toDecimals: decimals))
    }

    /// A `Double` from the specs as an exact fraction.
    static func fraction(_ value: Double) -> Fraction? {
        ExactDecimal(value.description).map { Fraction(exactly: $0) }
    }

    static func gcd(_ a: Int64, _ b: Int64) -> Int64 {
        b == 0 ? a : gcd(b, a % b)
    }
}
