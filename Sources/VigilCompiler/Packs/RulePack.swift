import VigilDSL

/// A rule pack as a small declaration: its alert enum (``RulePackAlert``, with defaults and units), the
/// definition of each alert at a threshold (condition, annotations, runbook, and the series of its firing and
/// quiet tests), and what a healthy target serves for the end-to-end baseline. ``SettledPack`` applies a
/// stack's overrides and lowers any pack the same way.
protocol RulePack {
    /// The pack's alerts.
    associatedtype Alert: RulePackAlert
    /// The declaration that brings the pack and carries its overrides: an ``Exporter`` for the exporters' packs.
    associatedtype Subject: PackSubject = Exporter

    /// The pack's name, e.g. `node`: the README's heading and the diagnostics' prefix.
    static var name: String { get }
    /// The title of the pack's dashboard, e.g. `Hosts`.
    static var title: String { get }
    /// What a healthy target serves where the end-to-end exporter's default (1) would be a fault, by series.
    static var healthyValues: [String: Double] { get }
    /// The labels `.exclude` overrides may name, each with the values its tests' series may take, in order of
    /// preference (the first value no exclusion matches is used); empty for a pack without exclusions.
    static var labelCandidates: [String: [String]] { get }

    /// Whether the alerts select the subject's job (`job="…"`), as the exporters' packs do; `false` for metrics
    /// only the subject exports, whatever its job is called (Prometheus's and Alertmanager's own, whose jobs on
    /// Kubernetes are the operator's).
    static var selectsJob: Bool { get }

    /// What the alerts are written against: the job, the tests' series and the exclusions.
    var scope: PackScope { get }

    /// The pack's definitions in `scope`.
    init(scope: PackScope)

    /// The definition of `alert` at `threshold` (ignored by alerts without one).
    func definition(of alert: Alert, threshold: Double) -> PackAlertDefinition

    /// The settings of `alert` before the stack's overrides, on `subject`.
    static func defaults(of alert: Alert, on subject: Subject) -> PackSettings

    /// Why `alert` is not deployed on `subject` (what the stack lacks for it, e.g. "the stack remote-writes
    /// nothing"), or `nil` when it is.
    static func absence(of alert: Alert, on subject: Subject) -> String?

    /// The highest threshold of `alert` its firing test can exceed when it looks at `evaluationMinute` (a count
    /// of events in the test grows by one a minute at most), or `nil` when any threshold can be tested.
    static func maximumThreshold(of alert: Alert, lookingAt evaluationMinute: Int) -> Double?
}

extension RulePack {
    static var labelCandidates: [String: [String]] { [:] }

    static var title: String { name }

    static var selectsJob: Bool { true }

    static func defaults(of alert: Alert, on subject: Subject) -> PackSettings {
        PackSettings(defaultsOf: alert)
    }

    static func absence(of alert: Alert, on subject: Subject) -> String? { nil }

    static func maximumThreshold(of alert: Alert, lookingAt evaluationMinute: Int) -> Double? { nil }

    /// `job="…"`, the matchers every pack alert's selectors start from (none for a pack that does not select
    /// the job).
    var jobMatchers: [PromQLLabelMatcher] { scope.jobMatchers }
    /// The number of samples of each test series.
    var steps: Int { scope.steps }
    /// The moment the tests look, in minutes.
    var evaluationMinute: Int { scope.evaluationMinute }

    /// `metric` selected by the job matcher and `matchers` (by name and `matchers` alone for a pack that does
    /// not select the job), as a syntax tree: what conditions and signals are built from.
    func selected(_ metric: String, _ matchers: [PromQLLabelMatcher] = []) -> PromQLExpression {
        scope.selected(metric, matchers)
    }

    /// A test series selector: `metric{labels}` with the job and instance.
    func series(_ metric: String, _ labels: [String: String] = [:]) -> String {
        scope.series(metric, labels)
    }

    /// The labels of a firing alert on `labels` of the job's series.
    func firing(_ labels: [String: String] = [:]) -> [String: String] {
        scope.firing(labels)
    }

    /// `value` as PromQL prints a number.
    static func number(_ value: Double) -> String {
        PackScope.number(value)
    }
}
