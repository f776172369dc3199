import VigilCore

/// A service level objective after lowering: its numbers decided exactly, for the README catalogue, dashboards
/// and the SLO validation rules. Its recording rules, alerts and tests are ordinary members of the
/// ``ResolvedStack``.
public struct ResolvedSLO: Sendable {
    /// One burn-rate tier with its factor decided.
    public struct Tier: Sendable {
        /// Page or ticket.
        public var urgency: BurnRateTier.Urgency
        /// The burn rate that fires it, as a multiple of the sustainable one.
        public var factor: Fraction
        /// The window over which the burn must be significant.
        public var longWindow: Duration
        /// The window that confirms the burn still goes on.
        public var shortWindow: Duration
        /// Where the tier was written (the SLO, for the standard tiers).
        public var location: SourceLocation

        /// The error ratio above which it fires: factor × error budget.
        public func threshold(budget: Fraction) -> Fraction { factor * budget }

        /// A value of these fields.
        package init(
            urgency: BurnRateTier.Urgency, factor: Fraction, longWindow: Duration, shortWindow: Duration,
            location: SourceLocation
        ) {
            self.urgency = urgency
            self.factor = factor
            self.longWindow = longWindow
            self.shortWindow = shortWindow
            self.location = location
        }
    }

    /// The SLO's name, its `slo` label.
    public var name: String
    /// The service it belongs to, its `service` label.
    public var service: String
    /// The objective as written.
    public var objective: Percent
    /// The share of events (or time) allowed to fail: 1 - objective, exactly.
    public var errorBudget: Fraction
    /// The rolling window.
    public var window: Duration
    /// What is measured.
    public var indicator: ServiceLevelIndicator
    /// For a latency SLI, its threshold in the unit of its histogram: the `le` of the bucket counting good
    /// requests (`0.5` for 500 ms in a histogram of seconds, `500` in one declared in milliseconds); `nil` for
    /// other indicators.
    public var latencyBucket: Double?
    /// The alerting tiers, in the order written.
    public var tiers: [Tier]
    /// The name of its page and ticket alerts.
    public var alertName: String
    /// The alert while its indicator has no data.
    public var noData: NoDataAlert
    /// The name of that alert.
    public var noDataAlertName: String
    /// The rule group (and rules and tests file) holding its rules.
    public var ruleGroup: String
    /// The windows its error ratio is recorded over, shortest first; the last is the SLO's window.
    public var windows: [Duration]
    /// The low-traffic guard, in events per second.
    public var minimumRate: Double?
    /// How its windows of a day and more are computed, as written; see ``readsRecordedIncreases(over:)``.
    public var longWindows: LongWindows
    /// Why Vigil generated no tests for it, if it did not.
    public var untestedReason: String?
    /// The values the metrics it reads declare for their labels, by label: the series of its generated tests
    /// take their values from these, so that they stay values the metrics can have.
    public var labelValues: [String: [String]] = [:]
    /// Where it was declared.
    public var location: SourceLocation

    /// Whether the objective looks written as a fraction of 1 (`0.9995`) rather than in percent: above 0% and
    /// below 1%.
    public var isObjectiveAFraction: Bool { objective > 0 && objective < 1 }

    /// A value of these fields.
    package init(
        name: String, service: String, objective: Percent, errorBudget: Fraction, window: Duration,
        indicator: ServiceLevelIndicator, latencyBucket: Double? = nil, tiers: [Tier], alertName: String,
        noData: NoDataAlert, noDataAlertName: String, ruleGroup: String, windows: [Duration],
        minimumRate: Double? = nil, longWindows: LongWindows, untestedReason: String? = nil, location: SourceLocation
    ) {
        self.name = name
        self.service = service
        self.objective = objective
        self.errorBudget = errorBudget
        self.window = window
        self.indicator = indicator
        self.latencyBucket = latencyBucket
        self.tiers = tiers
        self.alertName = alertName
        self.noData = noData
        self.noDataAlertName = noDataAlertName
        self.ruleGroup = ruleGroup
        self.windows = windows
        self.minimumRate = minimumRate
        self.longWindows = longWindows
        self.untestedReason = untestedReason
        self.location = location
    }
}
