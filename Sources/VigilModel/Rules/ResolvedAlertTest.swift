import VigilCore

/// An alert unit test after lowering, ready for a promtool test file.
public struct ResolvedAlertTest: Sendable {
    /// What the test shows.
    public var name: String
    /// The service (rule group) whose tests file holds it.
    public var group: String
    /// The time between two input samples.
    public var interval: Duration
    /// The input series, in the order written.
    public var series: [InputSeries]
    /// The expectations, in the order written.
    public var expectations: [AlertExpectation]
    /// Where the test was declared.
    public var location: SourceLocation
    /// The rule evaluation interval of its tests file when not the stack's: SLO tests span days of input and
    /// check on whole hours. The tests of one group share it.
    public var evaluationInterval: Duration? = nil
    /// The rules files its tests file loads, relative to it, when not every rules file of the stack: an SLO's
    /// tests need only the SLO's. The tests of one group share them.
    public var ruleFiles: [String]? = nil
    /// The order promtool evaluates rule groups in at each evaluation (it evaluates every group at the tests
    /// file's interval, whatever the group's own): an SLO's increases, then its long windows, then its alerts.
    /// The tests of one group share it.
    public var groupEvaluationOrder: [String] = []

    /// The tests file inside the stack folder for a group.
    package static func path(forGroup group: String) -> String { "prometheus/tests/\(group).yml" }

    /// A value of these fields.
    package init(
        name: String, group: String, interval: Duration, series: [InputSeries], expectations: [AlertExpectation],
        location: SourceLocation, evaluationInterval: Duration? = nil, ruleFiles: [String]? = nil,
        groupEvaluationOrder: [String] = []
    ) {
        self.name = name
        self.group = group
        self.interval = interval
        self.series = series
        self.expectations = expectations
        self.location = location
        self.evaluationInterval = evaluationInterval
        self.ruleFiles = ruleFiles
        self.groupEvaluationOrder = groupEvaluationOrder
    }
}
