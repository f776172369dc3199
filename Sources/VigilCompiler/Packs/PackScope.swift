import VigilModel

/// What a rule pack's alerts are written against: the exporter's job, the `instance` of the tests' series, the
/// stack's exclusions and the labels the tests' series take so that the exclusions leave them in, and the
/// moment the tests look.
struct PackScope {
    /// The exporter's scrape job.
    var job: String
    /// The `instance` label of the test series.
    var instance: String
    /// The stack's exclusions, e.g. `fstype!~"tmpfs"`.
    var exclusions: [PromQLLabelMatcher]
    /// The labels of the tests' series that exclusions may name: values the exclusions leave in.
    var testLabels: [String: String]
    /// The moment the tests look, in minutes.
    var evaluationMinute: Int
    /// Whether the alerts select the job (``RulePack/selectsJob``).
    var selectsJob = true
    /// Matchers every selector takes besides the job's: the pack's dashboard narrows its queries to the chosen
    /// instances with `instance=~"$instance"`; the alerts take none.
    var narrowing: [PromQLLabelMatcher] = []
    /// The number of samples of each test series.
    var steps: Int { evaluationMinute + 5 }

    /// `job="…"` (unless the pack selects by metric name alone) and the narrowing matchers: the matchers every
    /// pack selector starts from; none for a pack that selects by metric name alone, without narrowing.
    var jobMatchers: [PromQLLabelMatcher] {
        (selectsJob ? [PromQLLabelMatcher("job", .equal, job)] : []) + narrowing
    }

    /// `metric` selected by ``jobMatchers`` and `matchers`, as a syntax tree.
    func selected(_ metric: String, _ matchers: [PromQLLabelMatcher] = []) -> PromQLExpression {
        .series(metric, jobMatchers + matchers)
    }

    /// A test series selector: `metric{labels}` with the job and instance.
    func series(_ metric: String, _ labels: [String: String] = [:]) -> String {
        let matchers = firing(labels).sorted { $0.key < $1.key }.map { #"\#($0.key)="\#($0.value)""# }
        return "\(metric){\(matchers.joined(separator: ","))}"
    }

    /// The labels of a firing alert on `labels` of the job's series.
    func firing(_ labels: [String: String] = [:]) -> [String: String] {
        labels.merging(["job": job, "instance": instance]) { $1 }
    }

    /// `value` as PromQL prints a number.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
