/// What an SLO measures, as the compiler sees it: the series it reads and how they make an error ratio.
/// Written through ``Ratio``, ``Latency``, ``Availability``, ``Freshness`` and ``ErrorRatio``.
public struct ServiceLevelIndicator: Sendable {
    /// How the error ratio is computed.
    public enum Kind: Sendable {
        /// Failed events over all events, from two counters: `sum(rate(errors)) / sum(rate(total))`.
        case errors(PromQLVectorSelector, total: PromQLVectorSelector)
        /// Good events over all events, from two counters: the error ratio is `1 - good / total`.
        case good(PromQLVectorSelector, total: PromQLVectorSelector)
        /// Requests slower than `threshold`, from a histogram (the selector names the histogram, without
        /// `_bucket`): `1 - rate(bucket{le=threshold}) / rate(count)`.
        case latency(PromQLVectorSelector, threshold: Duration)
        /// The time a 0/1 gauge such as `up` was 0: `1 - avg_over_time(gauge)`.
        case availability(PromQLVectorSelector)
        /// The time a "last success" timestamp gauge was older than `maxAge`.
        case freshness(PromQLVectorSelector, maxAge: Duration)
        /// An error-ratio query written by hand, for a window.
        case errorRatio(@Sendable (Duration) -> RuleExpression)
    }

    /// How the error ratio is computed.
    public let kind: Kind
    /// The labels the SLO is kept per (one error ratio per endpoint, per tenant); none for one SLO overall.
    public let grouping: [String]
    /// Where the indicator was written.
    public let location: SourceLocation

    /// An indicator.
    public init(_ kind: Kind, grouping: [String], location: SourceLocation) {
        self.kind = kind
        self.grouping = grouping
        self.location = location
    }

    /// The selectors it reads (a latency indicator's names its histogram); none for a hand-written ratio.
    public var selectors: [PromQLVectorSelector] {
        switch kind {
        case .errors(let events, let total), .good(let events, let total): [events, total]
        case .latency(let histogram, _): [histogram]
        case .availability(let gauge), .freshness(let gauge, _): [gauge]
        case .errorRatio: []
        }
    }
}

/// A statement that makes the body of an ``SLO``: ``Ratio``, ``Latency``, ``Availability``, ``Freshness`` or
/// ``ErrorRatio``.
public protocol ServiceLevelIndicatorStatement: Sendable {
    /// The indicator it declares.
    var indicator: ServiceLevelIndicator { get }
}
