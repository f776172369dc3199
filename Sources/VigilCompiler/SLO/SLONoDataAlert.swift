import VigilBackends
import VigilDSL

/// The alert that fires while an SLO is blind (see ``NoDataAlert``): over its window, an indicator of counted
/// events counted none (its counters are absent, or nothing happened), an indicator of a gauge saw no sample,
/// a hand-written error ratio recorded no number. It carries no labels of the series it reads, only the SLO's,
/// so that it is one alert per SLO whatever went missing.
enum SLONoDataAlert {
    /// The alert of `slo`.
    static func alert(for slo: ResolvedSLO, labels: [String: String], runbook: String?) -> ResolvedAlert {
        let window = slo.noData.window
        let (seen, missing): (PromQLExpression, String)
        switch slo.indicator.kind {
        case .errors, .good, .latency:
            guard let counters = EventCounters(slo) else { preconditionFailure("an indicator of events") }
            seen = SLOQuery.aggregate(.sum, SLOQuery.overTime("increase", counters.total, window), by: [])
            missing = "No events of \(counters.total) were counted"
        case .availability(let gauge), .freshness(let gauge, _):
            seen = SLOQuery.aggregate(.count, SLOQuery.overTime("last_over_time", gauge, window), by: [])
            missing = "No sample of \(gauge) arrived"
        case .errorRatio:
            let shortest = ResolvedSLO.errorRatioSeries(over: slo.windows.first ?? slo.window)
            let recorded = SLOQuery.overTime("last_over_time", slo.selector(shortest), window)
            // A ratio of no events is NaN, which no comparison holds for.
            let numbers = SLOQuery.binary(recorded, .greaterOrEqual, .number(0))
            seen = SLOQuery.aggregate(.count, numbers, by: [])
            missing = "No error ratio was recorded in \(shortest)"
        }
        let none = SLOQuery.binary(
            SLOQuery.binary(seen, .or, SLOQuery.call("vector", [.number(0)])), .equal, .number(0))
        var alert = SLOAlerts.alert(
            slo, named: slo.noDataAlertName, severity: slo.noData.urgency.severity, expression: none,
            summary: "SLO '\(slo.name)' of \(slo.service) has no data",
            description: "\(missing) in the last \(window): the SLO cannot be measured and its burn-rate alerts "
                + "cannot fire. The service may be down or not scraped, or its metrics renamed.",
            labels: labels, runbook: runbook)
        // It reads the indicator's series: a problem with them is reported once, at the indicator.
        alert.expression?.location = slo.indicator.location
        return alert
    }
}
