import VigilBackends
import VigilDSL

/// The recording rules of an SLO, in evaluation order: its objective, budget and window; for freshness the
/// staleness of the data now (stale, 1, when the timestamp is older than the maximum age, or, for an SLO without
/// grouping, absent altogether: a worker that is down exports nothing); for counted events whose long windows
/// read recorded increases, those increases; the error ratio over every window, each a ratio of sums (never an
/// average of ratios); then the budget left over the whole window and the current burn rate.
enum SLORecordingRules {
    /// Every recording rule of `slo`.
    static func rules(for slo: ResolvedSLO) -> [ResolvedRecordingRule] {
        var rules = [
            rule(
                slo, ResolvedSLO.objectiveSeries,
                SLOQuery.call("vector", [SLOQuery.number(Fraction(1) - slo.errorBudget)])),
            rule(slo, ResolvedSLO.errorBudgetSeries, SLOQuery.call("vector", [SLOQuery.number(slo.errorBudget)])),
            rule(slo, ResolvedSLO.windowSeries, SLOQuery.call("vector", [.number(slo.window.seconds)])),
        ]
        if case .freshness(let lastSuccess, let maxAge) = slo.indicator.kind {
            let age = SLOQuery.binary(
                SLOQuery.call("time", []), .subtract,
                SLOQuery.aggregate(.max, .vectorSelector(lastSuccess), by: slo.indicator.grouping))
            let stale = PromQLBinaryExpression(age, .greater, .number(maxAge.seconds), returnsBool: true)
            // Without grouping, no timestamp at all is stale too. A grouped SLO cannot know which groups went
            // missing, and its alerts name the group; it stays blind to a metric that is gone altogether.
            let absent = SLOQuery.call("vector", [.number(1)])
            let staleness =
                slo.indicator.grouping.isEmpty
                ? .binary(PromQLBinaryExpression(.binary(stale), .or, absent, matching: .init(.on, [])))
                : PromQLExpression.binary(stale)
            rules.append(rule(slo, ResolvedSLO.staleSeries, staleness))
        }
        if slo.recordsIncreases, let counters = EventCounters(slo) {
            rules += increases(slo, counters)
        }
        for window in slo.windows {
            let recorded = slo.readsRecordedIncreases(over: window)
            rules.append(
                ResolvedRecordingRule(
                    name: ResolvedSLO.errorRatioSeries(over: window),
                    expression: recorded ? ratioOfIncreases(slo, over: window) : errorRatio(slo, over: window),
                    labels: slo.seriesLabels, group: recorded ? slo.longWindowsGroup : slo.ruleGroup,
                    location: slo.location))
        }
        let budget = SLOQuery.number(slo.errorBudget)
        let whole = PromQLExpression.vectorSelector(slo.selector(ResolvedSLO.errorRatioSeries(over: slo.window)))
        rules.append(
            rule(
                slo, ResolvedSLO.budgetRemainingSeries,
                SLOQuery.binary(.number(1), .subtract, SLOQuery.binary(whole, .divide, budget)),
                group: slo.readsRecordedIncreases(over: slo.window) ? slo.longWindowsGroup : slo.ruleGroup))
        if let shortest = slo.windows.first {
            let current = PromQLExpression.vectorSelector(slo.selector(ResolvedSLO.errorRatioSeries(over: shortest)))
            rules.append(rule(slo, ResolvedSLO.burnRateSeries, SLOQuery.binary(current, .divide, budget)))
        }
        return rules
    }

    /// The events and the failed events of the 5 minutes before, recorded every 5 minutes so that consecutive
    /// samples cover time without gaps or overlaps. Each series counts `x - x offset 5m`: consecutive records
    /// telescope, so their sum over a window is the counters' exact increase, with none of `increase`'s
    /// extrapolation within each 5 minutes (which misses the first scrape interval of each and errs at the edges
    /// of every burst). Where that difference is negative (the counter was reset) or missing (the series is new,
    /// or came back after a scrape gap), the series counts `increase` over the 5 minutes instead, which follows
    /// resets. The failed events are 0, not absent, while traffic counts none (a service without errors exports
    /// no error series), so that every sample of the total has its failed share.
    static func increases(_ slo: ResolvedSLO, _ counters: EventCounters) -> [ResolvedRecordingRule] {
        let grouping = slo.indicator.grouping
        let total = SLOQuery.aggregate(.sum, exactIncrease(counters.total), by: grouping)
        let events = SLOQuery.aggregate(.sum, exactIncrease(counters.events), by: grouping)
        let failed =
            switch counters.counted {
            case .bad: SLOQuery.binary(events, .or, SLOQuery.binary(total, .multiply, .number(0)))
            case .good: SLOQuery.binary(SLOQuery.binary(total, .subtract, events), .or, total)
            }
        return [
            rule(slo, ResolvedSLO.errorIncreaseSeries, failed, group: slo.increasesGroup),
            rule(slo, ResolvedSLO.totalIncreaseSeries, total, group: slo.increasesGroup),
        ]
    }

    /// `(x - x offset 5m) >= 0 or increase(x[5m])`, per series of `counter`.
    static func exactIncrease(_ counter: PromQLVectorSelector) -> PromQLExpression {
        let step = ResolvedSLO.increaseStep
        var before = counter
        before.offset = step
        let difference = SLOQuery.binary(.vectorSelector(counter), .subtract, .vectorSelector(before))
        return SLOQuery.binary(
            SLOQuery.binary(difference, .greaterOrEqual, .number(0)), .or, SLOQuery.overTime("increase", counter, step))
    }

    /// The failed events over all events within `window`, as sums of the recorded increases.
    static func ratioOfIncreases(_ slo: ResolvedSLO, over window: Duration) -> ResolvedExpression {
        let sum = { (series: String) in SLOQuery.overTime("sum_over_time", slo.selector(series), window) }
        let tree = SLOQuery.binary(
            sum(ResolvedSLO.errorIncreaseSeries), .divide, sum(ResolvedSLO.totalIncreaseSeries))
        return ResolvedExpression(tree: tree, rawText: nil, syntaxError: nil, location: slo.indicator.location)
    }

    /// Events per second over `window`: from the recorded increases where the SLO reads them, else the raw total.
    static func eventRate(_ slo: ResolvedSLO, _ counters: EventCounters, over window: Duration) -> PromQLExpression {
        guard slo.readsRecordedIncreases(over: window) else {
            return SLOQuery.summedRate(counters.total, window, by: slo.indicator.grouping)
        }
        let average = SLOQuery.overTime("avg_over_time", slo.selector(ResolvedSLO.totalIncreaseSeries), window)
        return SLOQuery.binary(average, .divide, .number(ResolvedSLO.increaseStep.seconds))
    }

    /// The error ratio of the SLO's indicator over `window`.
    static func errorRatio(_ slo: ResolvedSLO, over window: Duration) -> ResolvedExpression {
        let grouping = slo.indicator.grouping
        let tree: PromQLExpression
        switch slo.indicator.kind {
        case .errorRatio(let query):
            return ResolvedExpression(query(window), declaredAt: slo.indicator.location)
        case .availability(let gauge):
            let average = SLOQuery.aggregate(.avg, SLOQuery.overTime("avg_over_time", gauge, window), by: grouping)
            tree = SLOQuery.binary(.number(1), .subtract, average)
        case .freshness:
            tree = SLOQuery.overTime("avg_over_time", slo.selector(ResolvedSLO.staleSeries), window)
        case .errors, .good, .latency:
            guard let counters = EventCounters(slo) else { preconditionFailure("an indicator of events") }
            let events = SLOQuery.summedRate(counters.events, window, by: grouping)
            let total = SLOQuery.summedRate(counters.total, window, by: grouping)
            let bad = counters.counted == .bad ? events : SLOQuery.binary(total, .subtract, events)
            tree = SLOQuery.binary(bad, .divide, total)
        }
        return ResolvedExpression(tree: tree, rawText: nil, syntaxError: nil, location: slo.indicator.location)
    }

    static func rule(_ slo: ResolvedSLO, _ name: String, _ tree: PromQLExpression, group: String? = nil)
        -> ResolvedRecordingRule
    {
        ResolvedRecordingRule(
            name: name,
            expression: ResolvedExpression(tree: tree, rawText: nil, syntaxError: nil, location: slo.location),
            labels: slo.seriesLabels, group: group ?? slo.ruleGroup, location: slo.location)
    }
}
