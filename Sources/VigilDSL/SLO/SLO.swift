/// A service level objective, written in a ``Service`` body: what share of events (or of time) must be good over
/// a rolling window, and the burn-rate alerts that guard its error budget.
///
/// ```swift
/// SLO("availability", objective: 99.9%) {
///     Ratio(errors: requests.where(.status, matches: "5.."), total: requests)
/// }
/// SLO("latency", objective: 95%, window: .days(28), runbook: "https://runbooks.example.com/latency") {
///     Latency(latency, below: .milliseconds(500))
/// }
/// ```
///
/// Vigil expands it into recording rules (the error ratio over every window the alerts need and over the whole
/// window, the error budget left, the current burn rate, the objective), one page and one ticket alert made of
/// the ``BurnRateTier``s, a ``NoDataAlert``, and `promtool` tests proving that each tier fires just above its
/// burn rate and not just below it, and that the no-data alert fires without input and not with it.
public struct SLO: Sendable {
    /// The SLO's name, unique within its service: the `slo` label of its series and alerts.
    public let name: String
    /// The share of good events (or time) to reach, strictly between 0% and 100%.
    public let objective: Percent
    /// The rolling window the objective holds over.
    public let window: Duration
    /// What is measured.
    public let indicator: ServiceLevelIndicator
    /// The alerting tiers; ``BurnRateTier/standard`` when `nil`, none (recording rules only) when empty.
    public let tiers: [BurnRateTier]?
    /// The name of its alerts; derived from ``name`` when `nil` (`availability` gives `AvailabilityErrorBudgetBurn`).
    public let alertName: String?
    /// Labels added to its alerts, e.g. a team to route on.
    public let labels: [String: String]
    /// The runbook its alerts link to.
    public let runbook: String?
    /// The low-traffic guard: alerts stay quiet while fewer events than this per second arrive over a tier's long
    /// window (for ``Ratio`` and ``Latency`` indicators).
    public let minimumRate: Double?
    /// How windows of a day and more are computed, for indicators of counted events (``Ratio``, ``Latency``).
    public let longWindows: LongWindows
    /// Which jobs' series the indicator reads: by default those of its service's scrape job.
    public let scope: SLIScope
    /// The alert that fires while the indicator has no data.
    public let noData: NoDataAlert
    /// Where the SLO was declared.
    public let location: SourceLocation

    /// Declares an SLO.
    public init<Indicator: ServiceLevelIndicatorStatement>(
        _ name: String, objective: Percent, window: Duration = .days(30), tiers: [BurnRateTier]? = nil,
        alertName: String? = nil, labels: [String: String] = [:], runbook: String? = nil, minimumRate: Double? = nil,
        longWindows: LongWindows = .fromRecordedIncreases, scope: SLIScope = .serviceJob,
        noData: NoDataAlert = .standard,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column,
        indicator: () -> Indicator
    ) {
        self.name = name
        self.objective = objective
        self.window = window
        self.indicator = indicator().indicator
        self.tiers = tiers
        self.alertName = alertName
        self.labels = labels
        self.runbook = runbook
        self.minimumRate = minimumRate
        self.longWindows = longWindows
        self.scope = scope
        self.noData = noData
        self.location = SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column)
    }
}
