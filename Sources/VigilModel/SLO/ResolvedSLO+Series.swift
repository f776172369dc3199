import VigilCore

/// The names of the series an SLO records. Every series carries the labels `service` and `slo`, plus the SLO's
/// grouping labels; Sloth's names, so that existing dashboards find them:
///
/// | series | value |
/// |---|---|
/// | `slo:sli_error:ratio_rate<window>` | the error ratio over the window (`ratio_rate5m`, …, `ratio_rate30d`) |
/// | `slo:sli_error:ratio_instant` | freshness SLOs only: 1 while the data is stale, else 0 |
/// | `slo:objective:ratio` | the objective as a ratio (0.999) |
/// | `slo:error_budget:ratio` | the error budget (0.001) |
/// | `slo:window:seconds` | the SLO's window |
/// | `slo:error_budget_remaining:ratio` | the share of the window's budget not yet spent (negative once overspent) |
/// | `slo:current_burn_rate:ratio` | the error ratio over the shortest window, in multiples of the budget |
extension ResolvedSLO {
    /// The error ratio over `window`.
    public static func errorRatioSeries(over window: Duration) -> String { "slo:sli_error:ratio_rate\(window)" }
    /// Freshness SLOs: whether the data is stale now.
    public static let staleSeries = "slo:sli_error:ratio_instant"
    /// The objective as a ratio.
    public static let objectiveSeries = "slo:objective:ratio"
    /// The error budget as a ratio.
    public static let errorBudgetSeries = "slo:error_budget:ratio"
    /// The window in seconds.
    public static let windowSeries = "slo:window:seconds"
    /// The share of the budget left.
    public static let budgetRemainingSeries = "slo:error_budget_remaining:ratio"
    /// The burn rate over the shortest window.
    public static let burnRateSeries = "slo:current_burn_rate:ratio"

    /// The labels every series of this SLO carries besides its grouping labels.
    public var seriesLabels: [Label] { [Label("service", service), Label("slo", name)] }

    /// A selector of one of this SLO's series: `name{service="…",slo="…"}`.
    public func selector(_ series: String) -> PromQLVectorSelector {
        PromQLVectorSelector(name: series, matchers: seriesLabels.map { PromQLLabelMatcher($0.name, .equal, $0.value) })
    }
}
