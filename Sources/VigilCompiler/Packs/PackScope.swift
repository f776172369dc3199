/// What a rule pack's alerts are written against: the exporter's job, the `instance` of the tests' series, the
/// stack's exclusions and the labels the tests' series take so that the exclusions leave them in, and the
/// moment the tests look.
struct PackScope {
    /// The exporter's scrape job.
    var job: String
    /// The `instance` label of the test series.
    var instance: String
    /// The stack's exclusions, as PromQL matchers, e.g. `fstype!~"tmpfs"`.
    var exclusions: [String]
    /// The labels of the tests' series that exclusions may name: values the exclusions leave in.
    var testLabels: [String: String]
    /// The moment the tests look, in minutes.
    var evaluationMinute: Int
    /// Whether the alerts select the job (``RulePack/selectsJob``).
    var selectsJob = true
    /// Matchers every selector takes besides the job's: the pack's dashboard narrows its queries to the chosen
    /// instances with `instance=~"$instance"`; the alerts take none.
    var narrowing: [String] = []
    /// The number of samples of each test series.
    var steps: Int { evaluationMinute + 5 }

    /// `job="…"` (unless the pack selects by metric name alone) and the narrowing matchers: the selector every
    /// pack alert starts from; empty for a pack that selects by metric name alone, without narrowing.
    var jobMatcher: String {
        ((selectsJob ? [#"job="\#(job)""#] : []) + narrowing).joined(separator: ",")
    }

    /// `metric` selected by ``jobMatcher``: `metric{job="…"}`, or the bare name.
    func selector(_ metric: String) -> String {
        Self.selector(metric, jobMatcher)
    }

    /// `metric{matchers}`, or the bare name without matchers.
    static func selector(_ metric: String, _ matchers: String) -> String {
        matchers.isEmpty ? metric : "\(metric){\(matchers)}"
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
