import VigilModel

/// An alert on the share of a component's requests answered with a server error (status `5..`), summed by
/// what fails (the route, the data source): the condition on one counter split by its status label, the
/// series of its two tests and the signal its dashboard draws. Shared by the packs of components that count
/// their requests by status (Grafana, Loki, Alloy's pushes to Loki).
struct PackErrorShare {
    /// The counter of requests, e.g. `loki_request_duration_seconds_count`.
    var counter: String
    /// Its label holding the status code, e.g. `status_code`.
    var statusLabel: String
    /// The selector matchers of the counter, e.g. `job="loki"`.
    var matchers: [PromQLLabelMatcher]
    /// The threshold, in percent of the requests.
    var threshold: Double
    /// The labels the share is taken by besides the job and instance, with their values in the tests.
    var grouping: [String: String] = [:]

    /// The status codes that count as errors.
    static let errorStatus = "5.."
    /// The status of the tests' successful requests.
    static let successStatus = "200"
    /// The status of the tests' failed requests.
    static let failureStatus = "500"

    /// The labels both sums keep.
    var summedBy: [String] { ["job", "instance"] + grouping.keys.sorted() }

    /// The rate of the requests selected by `extra` matchers besides ``matchers``, summed by ``summedBy``.
    func rate(_ extra: [PromQLLabelMatcher] = []) -> PromQLExpression {
        PromQLExpression.call(.rate, counter, matchers + extra, over: .minutes(5)).aggregated(.sum, by: summedBy)
    }

    /// The share of the requests that failed.
    var share: PromQLExpression {
        rate([PromQLLabelMatcher(statusLabel, .matchesRegex, Self.errorStatus)]).applying(.divide, rate())
    }

    /// The condition: the share above the threshold.
    var expression: PromQLExpression { share.applying(.greater, .number(threshold / 100)) }

    /// Failures per minute in the firing test: halfway between the threshold and every request.
    var failuresPerMinute: Double { PackFailureRatio.attemptsPerMinute * (100 + threshold) / 200 }

    /// The share failing in the firing test.
    var high: Double { failuresPerMinute / PackFailureRatio.attemptsPerMinute }

    /// The firing test's series, `series` turning a metric and labels into a test series selector.
    func fault(steps: Int, series: (String, [String: String]) -> String) -> [(String, SeriesValues)] {
        [
            (series(counter, status(Self.failureStatus)), .increasing(from: 0, by: failuresPerMinute, steps: steps)),
            (
                series(counter, status(Self.successStatus)),
                .increasing(from: 0, by: PackFailureRatio.attemptsPerMinute - failuresPerMinute, steps: steps)
            ),
        ]
    }

    /// The quiet test's series: every request succeeds.
    func healthy(steps: Int, series: (String, [String: String]) -> String) -> [(String, SeriesValues)] {
        [
            (series(counter, status(Self.failureStatus)), .constant(0, steps: steps)),
            (
                series(counter, status(Self.successStatus)),
                .increasing(from: 0, by: PackFailureRatio.attemptsPerMinute, steps: steps)
            ),
        ]
    }

    /// The tests' labels with `code` as the status.
    func status(_ code: String) -> [String: String] {
        grouping.merging([statusLabel: code]) { $1 }
    }

    /// The share as the pack's dashboard draws it, with the threshold.
    func signal(area: String, title: String, legend: String) -> PackSignal {
        .share(share, area: area, title: title, legend: legend, threshold: threshold)
    }
}
