import VigilDSL

/// A series an expression reads, and how far back it reads it: the range of `x[30d]`, plus the ranges of the
/// subqueries around it and any offset; the lookback (5 minutes) for an instant selector.
struct SeriesRead: Sendable, Equatable {
    /// The metric name.
    var name: String
    /// How far before the evaluation time its samples are read.
    var lookback: Duration
    /// The range written on it, when it is read as a range (directly or through subqueries).
    var range: Duration?
    /// Its `label="value"` matchers, which decide which recorded series of that name it can select.
    var equalities: [String: String]

    /// Prometheus's default lookback for an instant selector (`--query.lookback-delta`).
    static let instantLookback = Duration.minutes(5)

    /// Every named series `expression` reads.
    static func all(in expression: PromQLExpression) -> [SeriesRead] {
        var reads: [SeriesRead] = []
        collect(expression, enclosing: Duration(milliseconds: 0), into: &reads)
        return reads
    }

    /// Every named series of a PromQL text; nothing when it does not parse.
    static func all(in text: String) throws -> [SeriesRead] {
        all(in: try PromQLExpression(parsing: text))
    }

    private static func collect(_ expression: PromQLExpression, enclosing: Duration, into reads: inout [SeriesRead]) {
        switch expression {
        case .vectorSelector(let selector):
            add(selector, range: nil, enclosing: enclosing, into: &reads)
        case .matrixSelector(let matrix):
            add(matrix.selector, range: matrix.range, enclosing: enclosing, into: &reads)
        case .subquery(let subquery):
            let outer = enclosing + subquery.range + (subquery.offset ?? Duration(milliseconds: 0))
            collect(subquery.expression, enclosing: outer, into: &reads)
        default:
            expression.forEachChild { collect($0, enclosing: enclosing, into: &reads) }
        }
    }

    private static func add(
        _ selector: PromQLVectorSelector, range: Duration?, enclosing: Duration, into reads: inout [SeriesRead]
    ) {
        guard let name = selector.metricName else { return }
        let window = range ?? instantLookback
        let offset = selector.offset ?? Duration(milliseconds: 0)
        var equalities: [String: String] = [:]
        for matcher in selector.matchers where matcher.op == .equal && matcher.label != "__name__" {
            equalities[matcher.label] = matcher.value
        }
        let ranged: Duration? =
            range.map { enclosing + $0 } ?? (enclosing.milliseconds > 0 ? enclosing : nil)
        reads.append(
            SeriesRead(name: name, lookback: enclosing + window + offset, range: ranged, equalities: equalities))
    }

    /// Whether this read can select the series a rule records under `labels` (which override the query's own):
    /// no `label="value"` matcher contradicts them.
    func selects(recordedWith labels: [(name: String, value: String)]) -> Bool {
        labels.allSatisfy { label in equalities[label.name].map { $0 == label.value } ?? true }
    }
}
