import VigilModel

/// An alert on the share of attempts that failed above a percentage (alerts that fail to send, samples that
/// fail to write): the condition on the two counters' rates and the series of its two tests, shared by the
/// packs whose alerts compare a failure counter with its attempts.
struct PackFailureRatio {
    /// The counter of failures.
    var failed: String
    /// The counter of attempts; of successes when ``totalExcludesFailed``.
    var total: String
    /// The selector matchers of both, e.g. `job="alertmanager"`.
    var matchers: [PromQLLabelMatcher]
    /// The threshold, in percent of the attempts.
    var threshold: Double
    /// The labels of the tests' series besides the job and instance.
    var labels: [String: String]
    /// Whether ``total`` counts the successes only, so that the attempts are both counters' sum.
    var totalExcludesFailed = false
    /// The labels both rates are summed by, when the failures carry a label the attempts lack (Alertmanager's
    /// `reason`); `nil` compares the series as they are.
    var summedBy: [String]?

    /// The rate of `counter` over 5 minutes, summed by ``summedBy`` if set.
    func rate(_ counter: String) -> PromQLExpression {
        let rate = PromQLExpression.call(.rate, counter, matchers, over: .minutes(5))
        return summedBy.map { rate.aggregated(.sum, by: $0) } ?? rate
    }

    /// The share of the attempts that failed.
    var ratio: PromQLExpression {
        let attempts = totalExcludesFailed ? rate(failed).applying(.add, rate(total)) : rate(total)
        return rate(failed).applying(.divide, attempts)
    }

    /// The condition: failures over attempts above the threshold.
    var expression: PromQLExpression {
        ratio.applying(.greater, .number(threshold / 100))
    }

    /// The ratio as the pack's dashboard draws it, with the threshold.
    func signal(area: String, title: String, legend: String) -> PackSignal {
        .share(ratio, area: area, title: title, legend: legend, threshold: threshold)
    }

    /// Attempts per minute in the tests.
    static let attemptsPerMinute = 200.0

    /// Failures per minute in the firing test: halfway between the threshold and every attempt.
    var failuresPerMinute: Double { Self.attemptsPerMinute * (100 + threshold) / 200 }

    /// The share failing in the firing test.
    var high: Double { failuresPerMinute / Self.attemptsPerMinute }

    /// The firing test's series, `series` turning a metric and labels into a test series selector.
    func fault(steps: Int, series: (String, [String: String]) -> String) -> [(String, SeriesValues)] {
        let counted = totalExcludesFailed ? Self.attemptsPerMinute - failuresPerMinute : Self.attemptsPerMinute
        return [
            (series(failed, labels), .increasing(from: 0, by: failuresPerMinute, steps: steps)),
            (series(total, labels), .increasing(from: 0, by: counted, steps: steps)),
        ]
    }

    /// The quiet test's series: every attempt succeeds.
    func healthy(steps: Int, series: (String, [String: String]) -> String) -> [(String, SeriesValues)] {
        [
            (series(failed, labels), .constant(0, steps: steps)),
            (series(total, labels), .increasing(from: 0, by: Self.attemptsPerMinute, steps: steps)),
        ]
    }
}
