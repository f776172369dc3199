/// A token of a PromQL expression: what it is and where its text sits in the source's UTF-8 bytes.
struct PromQLToken {
    enum Kind: Equatable {
        /// The end of the input.
        case endOfInput
        /// Text the lexer could not read; the lexer's `failure` says why. Always the last token.
        case invalid
        case leftParen, rightParen, leftBrace, rightBrace, leftBracket, rightBracket
        case comma, colon, at
        case plus, minus, star, slash, percent, caret
        /// `=`, only meaningful inside braces.
        case assign
        case equal, notEqual, less, lessEqual, greater, greaterEqual
        case regexMatch, regexNoMatch
        /// A number, including `Inf` and `NaN` in any case.
        case number
        /// Digits followed by unit letters (`5m`, `1h30m`); checked when parsed.
        case duration
        /// A quoted string, quotes included; unescaped when parsed.
        case string
        case identifier
        /// An identifier containing a colon, which only a metric name can be.
        case metricIdentifier
        case keyword(Keyword)
    }

    /// The words PromQL reserves outside braces, matched without regard to case.
    enum Keyword: String {
        case and, or, unless, atan2
        case sum, avg, count, min, max, group, stddev, stdvar, topk, bottomk, quantile, limitk
        case countValues = "count_values"
        case limitRatio = "limit_ratio"
        case offset, by, without, on, ignoring, bool, start, end
        case groupLeft = "group_left"
        case groupRight = "group_right"

        /// The aggregation the keyword names, if any.
        var aggregationOperator: PromQLAggregation.Operator? {
            PromQLAggregation.Operator(rawValue: rawValue)
        }

        /// The binary operator the keyword spells, if any.
        var binaryOperator: PromQLBinaryExpression.Operator? {
            switch self {
            case .and: .and
            case .or: .or
            case .unless: .unless
            case .atan2: .atan2
            default: nil
            }
        }

        /// Whether the keyword may also be a metric name where an expression starts (`sum`, `offset`).
        var canNameMetric: Bool {
            switch self {
            case .on, .ignoring, .groupLeft, .groupRight, .bool, .atan2: false
            default: true
            }
        }
    }

    var kind: Kind
    /// The offset of the first byte.
    var start: Int
    /// The offset just past the last byte.
    var end: Int
}
