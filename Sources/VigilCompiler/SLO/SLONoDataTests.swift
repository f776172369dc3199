import VigilDSL

/// The generated tests of an SLO's no-data alert (see ``SLONoDataAlert``): without any input it fires, with
/// healthy input it stays quiet.
enum SLONoDataTests {
    /// One test: its name, input and expected firing of the no-data alert.
    struct Check {
        var name: String
        var series: [InputSeries]
        var firing: [AlertExpectation.Firing]
    }

    /// Both tests of `slo`, checked at `time`, with input sampled every `interval`.
    static func checks(
        _ slo: ResolvedSLO, _ input: SLOTestInput, events: Fraction, interval: Duration, at time: Duration
    )
        -> [Check]
    {
        let healthy = SLOBurn(start: .seconds(0), ratio: Fraction(0), horizon: time, eventsPerInterval: events)
        let labels = ["service": slo.service, "slo": slo.name, "severity": slo.noData.urgency.severity.name]
        return [
            Check(
                name: "\(slo.name): no input at all \(outcome(slo.noData.urgency, fires: true))",
                series: [], firing: [AlertExpectation.Firing(labels: labels)]),
            Check(
                name: "\(slo.name): healthy input \(outcome(slo.noData.urgency, fires: false))",
                series: input.series(for: healthy, interval: interval, location: slo.indicator.location),
                firing: []),
        ]
    }

    /// `pages that it has no data`, `does not open a ticket that it has no data`, and so on.
    static func outcome(_ urgency: BurnRateTier.Urgency, fires: Bool) -> String {
        SLOTests.outcome(urgency, fires: fires) + " that it has no data"
    }
}
