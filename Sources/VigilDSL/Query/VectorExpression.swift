/// Anything that evaluates to an instant vector whose series carry (at most) the labels `Labels`: a
/// metric, a selection of a metric, or a query built from them.
public protocol VectorExpression<Labels>: Sendable {
    /// The label keys the series may carry.
    associatedtype Labels: LabelKey
    /// The PromQL syntax tree.
    var expression: PromQLExpression { get }
}

/// A metric, possibly narrowed by label matchers, that range functions (`rate`, `avg_over_time`, ...)
/// can take a range of.
public protocol SeriesSelection<Kind, Labels>: VectorExpression {
    /// The metric's kind.
    associatedtype Kind: MetricType
    /// The selector: the series name and the matchers.
    var selector: PromQLVectorSelector { get }
}

extension SeriesSelection {
    public var expression: PromQLExpression { .vectorSelector(selector) }

    /// The last `range` of samples: `selector[range]`.
    func range(_ range: Duration) -> PromQLExpression {
        .matrixSelector(PromQLMatrixSelector(selector, range: range))
    }

    /// Keeps the series whose label `key` equals `value`: `metric{key="value"}`.
    public func `where`(_ key: Labels, equals value: String) -> Selection<Kind, Labels> {
        matching(key, .equal, value)
    }

    /// Keeps the series whose label `key` differs from `value`.
    public func `where`(_ key: Labels, notEquals value: String) -> Selection<Kind, Labels> {
        matching(key, .notEqual, value)
    }

    /// Keeps the series whose label `key` fully matches the RE2 `pattern`: `metric{key=~"5.."}`.
    public func `where`(_ key: Labels, matches pattern: String) -> Selection<Kind, Labels> {
        matching(key, .matchesRegex, pattern)
    }

    /// Keeps the series whose label `key` does not match the RE2 `pattern`.
    public func `where`(_ key: Labels, doesNotMatch pattern: String) -> Selection<Kind, Labels> {
        matching(key, .doesNotMatchRegex, pattern)
    }

    /// Keeps the series of one scrape job: `metric{job="name"}`.
    public func job(_ name: String) -> Selection<Kind, Labels> {
        Selection(selector: selector.adding(PromQLLabelMatcher("job", .equal, name)))
    }

    /// The selection evaluated `duration` earlier: `metric offset 1d`.
    public func offset(_ duration: Duration) -> Selection<Kind, Labels> {
        var shifted = selector
        shifted.offset = duration
        return Selection(selector: shifted)
    }

    /// The selection evaluated at a fixed time or at the range's start or end: `metric @ end()`.
    public func at(_ time: PromQLAtModifier) -> Selection<Kind, Labels> {
        var fixed = selector
        fixed.at = time
        return Selection(selector: fixed)
    }

    func matching(_ key: Labels, _ op: PromQLLabelMatcher.Operator, _ value: String) -> Selection<Kind, Labels> {
        Selection(selector: selector.adding(PromQLLabelMatcher(key.rawValue, op, value)))
    }
}

extension PromQLVectorSelector {
    /// The selector with one more matcher.
    func adding(_ matcher: PromQLLabelMatcher) -> PromQLVectorSelector {
        var selector = self
        selector.matchers.append(matcher)
        return selector
    }
}

extension Metric: SeriesSelection {
    /// The metric's own series: `name` (for a histogram, its native-histogram series).
    public var selector: PromQLVectorSelector { PromQLVectorSelector(name: name) }
}

/// A metric narrowed by label matchers, e.g. `requests.where(.status, matches: "5..")`.
public struct Selection<Kind: MetricType, Labels: LabelKey>: SeriesSelection {
    public let selector: PromQLVectorSelector
}
