import VigilModel

/// An alert's use of a limit above a percentage (memory near its limit, clients near the maximum): the
/// condition and the series of its two tests, shared by the packs whose alerts compare a gauge to its limit.
struct PackLimitRatio {
    /// The series of the amount in use.
    var used: String
    /// The series of the limit; a limit of 0 (none set) never fires.
    var limit: String
    /// The selector matchers of both, e.g. `job="redis"`.
    var matchers: [PromQLLabelMatcher]
    /// The threshold, in percent of the limit.
    var threshold: Double
    /// The limit of the tests' series.
    var size: Double

    /// The share of the limit in use, where a limit is set.
    var ratio: PromQLExpression {
        PromQLExpression.series(used, matchers).applying(
            .divide, PromQLExpression.series(limit, matchers).applying(.greater, .number(0)))
    }

    /// The condition: the ratio above the threshold.
    var expression: PromQLExpression {
        ratio.applying(.greater, .number(threshold / 100))
    }

    /// The ratio as the pack's dashboard draws it, with the threshold.
    func signal(area: String, title: String, legend: String) -> PackSignal {
        .share(ratio, area: area, title: title, legend: legend, threshold: threshold)
    }

    /// The amount in use in the firing test: halfway between the threshold and the limit.
    var high: Double { (size * (100 + threshold) / 200).rounded() }

    /// The firing test's series, `series` turning a metric into a test series selector.
    func fault(steps: Int, series: (String) -> String) -> [(String, SeriesValues)] {
        [(series(used), .constant(high, steps: steps)), (series(limit), .constant(size, steps: steps))]
    }

    /// The quiet test's series: half the threshold in use.
    func healthy(steps: Int, series: (String) -> String) -> [(String, SeriesValues)] {
        [
            (series(used), .constant((size * threshold / 200).rounded(), steps: steps)),
            (series(limit), .constant(size, steps: steps)),
        ]
    }
}
