import VigilModel

/// What a pack alert watches, as its pack's dashboard draws it: the series its condition compares, in the
/// scale the condition compares it in, and the threshold the stack settled on. Alerts that watch the same
/// series (a warning and a critical level) share one panel with both lines.
struct PackSignal {
    /// Where the condition fires relative to the threshold.
    enum Threshold {
        /// The alert fires above the value.
        case above(Double)
        /// The alert fires below the value.
        case below(Double)
    }

    /// Where a shared alert shape's signal goes on the dashboard: its row, its title and its legend.
    struct Placement {
        /// The dashboard row, e.g. `Server`.
        var area: String
        /// The panel's title.
        var title: String
        /// The legend of each series.
        var legend = "{{instance}}"
    }

    /// The dashboard row the panel goes in, e.g. `Filesystems`.
    var area: String
    /// The panel's title.
    var title: String
    /// The PromQL of the series, built with the pack's selectors.
    var query: PromQLExpression
    /// The unit of the series as the query computes them.
    var unit: Unit
    /// The legend of each series, e.g. `{{instance}} {{mountpoint}}`.
    var legend: String
    /// The thresholds the condition compares the series with (two for a band, such as a clock offset either
    /// way); none when the condition is not a threshold on them (a change of state), and the panel shows the
    /// series alone.
    var thresholds: [Threshold] = []

    /// A share (of a limit, of the attempts) drawn from 0 to 1, with the alert's threshold in percent.
    static func share(
        _ query: PromQLExpression, area: String, title: String, legend: String, threshold percent: Double
    ) -> PackSignal {
        PackSignal(
            area: area, title: title, query: query, unit: .percentUnit, legend: legend,
            thresholds: [.above(percent / 100)])
    }
}
