/// An SLI of events: the share of failed (or good) events among all events, from two counters.
///
/// ```swift
/// Ratio(errors: requests.where(.status, matches: "5.."), total: requests)
/// Ratio(good: requests.where(.status, matches: "2..|3.."), total: requests, by: [.handler])
/// ```
public struct Ratio: ServiceLevelIndicatorStatement {
    public let indicator: ServiceLevelIndicator

    /// Failed events over all events; one ratio per combination of the labels in `by`.
    public init<Errors: SeriesSelection, Total: SeriesSelection>(
        errors: Errors, total: Total, by grouping: [Total.Labels] = [],
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) where Errors.Kind == CounterType, Total.Kind == CounterType {
        indicator = ServiceLevelIndicator(
            .errors(errors.selector, total: total.selector), grouping: grouping.map { $0.rawValue },
            location: SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column))
    }

    /// Good events over all events; one ratio per combination of the labels in `by`.
    public init<Good: SeriesSelection, Total: SeriesSelection>(
        good: Good, total: Total, by grouping: [Total.Labels] = [],
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) where Good.Kind == CounterType, Total.Kind == CounterType {
        indicator = ServiceLevelIndicator(
            .good(good.selector, total: total.selector), grouping: grouping.map { $0.rawValue },
            location: SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column))
    }

    @available(
        *, unavailable,
        message: "a ratio SLI counts events: its total must be a counter; for a 0/1 gauge use Availability"
    )
    public init<Errors: SeriesSelection, Total: SeriesSelection>(
        errors: Errors, total: Total, by grouping: [Total.Labels] = []
    )
    where Total.Kind == GaugeType { fatalError("unavailable") }

    @available(*, unavailable, message: "a ratio SLI counts events: its errors must be a counter, not a gauge")
    public init<Errors: SeriesSelection, Total: SeriesSelection>(
        errors: Errors, total: Total, by grouping: [Total.Labels] = []
    )
    where Errors.Kind == GaugeType, Total.Kind == CounterType { fatalError("unavailable") }

    @available(
        *, unavailable,
        message: "a ratio SLI counts events: its total must be a counter; for a 0/1 gauge use Availability"
    )
    public init<Good: SeriesSelection, Total: SeriesSelection>(
        good: Good, total: Total, by grouping: [Total.Labels] = []
    )
    where Total.Kind == GaugeType { fatalError("unavailable") }

    @available(*, unavailable, message: "a ratio SLI counts events: its good events must be a counter, not a gauge")
    public init<Good: SeriesSelection, Total: SeriesSelection>(
        good: Good, total: Total, by grouping: [Total.Labels] = []
    )
    where Good.Kind == GaugeType, Total.Kind == CounterType { fatalError("unavailable") }
}
