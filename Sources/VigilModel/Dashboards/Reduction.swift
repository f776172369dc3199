/// How a series is reduced to one value: for single-value panels (stat, gauge, bar gauge, pie chart) and
/// legend columns. The raw values are Grafana's reducer ids.
public enum Reduction: String, Hashable, Sendable, CaseIterable {
    /// The last value that is not null: Grafana's default.
    case lastNotNull
    case last
    case firstNotNull
    case first
    case mean
    case median
    case min
    case max
    /// The sum of all values.
    case sum
    /// The number of values.
    case count
    /// Max minus min.
    case range
    /// The cumulative change, counting resets as increases.
    case delta
    /// Last minus first.
    case diff
    /// How often the value changed.
    case changeCount
    /// How many distinct values there are.
    case distinctCount
}
