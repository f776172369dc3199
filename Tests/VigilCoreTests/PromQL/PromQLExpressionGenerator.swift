import VigilCore

/// Builds random, well-typed PromQL trees in the form the parser produces (no `by ()`, no bare
/// `ignoring ()`, `bool` on every comparison of two scalars), from a fixed seed.
struct PromQLExpressionGenerator {
    private var random: PromQLSplitMix64

    init(seed: UInt64) {
        random = PromQLSplitMix64(seed: seed)
    }

    private static let metricNames = [
        "up", "http_requests_total", "node_cpu_seconds_total", "job:rate5m:sum", ":colon_first", "_underscore",
        "Mixed_Case9", "sum", "by", "offset", "start", "and", "without",
    ]
    private static let labelNames = [
        "job", "instance", "le", "mode", "by", "on", "group_left", "inf", "NaN", "a.b", "ünïcode", "_x", "with space",
    ]
    private static let regexes = [".+", "5..", "a|b", "foo.*", "(x|y)z?", "[0-9]+", ""]
    private static let stringScalars: [Unicode.Scalar] = [
        "a", "Z", "0", " ", "\"", "'", "`", "\\", "\n", "\t", "\r", "\u{07}", "\u{00}", "\u{7F}", "\u{85}", "é", "😀",
        "{", "}", "#", "$",
    ]
    private static let numbers: [Double] = [
        0, 1, 2, 0.5, 100, 1e-7, 1e-6, 1e21, 1e20, 123_456_789.125, .infinity, 0.1, 3.141_592_653_589_793, 1024,
        .leastNonzeroMagnitude, .greatestFiniteMagnitude,
    ]

    /// A random instant vector or scalar expression at most `depth` levels deep.
    mutating func expression(depth: Int) -> PromQLExpression {
        expression(of: chance(0.8) ? .instantVector : .scalar, depth: depth)
    }

    mutating func expression(of type: PromQLValueType, depth: Int) -> PromQLExpression {
        switch type {
        case .scalar: scalar(depth: depth)
        case .instantVector: vector(depth: depth)
        case .rangeVector: rangeVector(depth: depth)
        case .string: .string(string())
        }
    }

    // MARK: - By type

    private mutating func scalar(depth: Int) -> PromQLExpression {
        guard depth > 0 else { return .number(number()) }
        switch int(0..<5) {
        case 0: return .number(number())
        case 1: return call(returning: .scalar, depth: depth)
        case 2, 3: return binary(scalarOnly: true, depth: depth)
        default: return .unary(pick(PromQLUnaryOperator.allCases), scalar(depth: depth - 1))
        }
    }

    private mutating func vector(depth: Int) -> PromQLExpression {
        guard depth > 0 else { return .vectorSelector(selector()) }
        switch int(0..<8) {
        case 0: return .vectorSelector(selector())
        case 1, 2: return call(returning: .instantVector, depth: depth)
        case 3, 4: return aggregation(depth: depth)
        case 5, 6: return binary(scalarOnly: false, depth: depth)
        default: return .unary(pick(PromQLUnaryOperator.allCases), vector(depth: depth - 1))
        }
    }

    private mutating func rangeVector(depth: Int) -> PromQLExpression {
        guard depth > 0, chance(0.4) else {
            return .matrixSelector(PromQLMatrixSelector(selector(), range: positiveDuration()))
        }
        return .subquery(
            PromQLSubquery(
                vector(depth: depth - 1), range: positiveDuration(), step: chance(0.5) ? positiveDuration() : nil,
                offset: chance(0.3) ? offset() : nil, at: chance(0.2) ? at() : nil))
    }

    // MARK: - Nodes

    private mutating func call(returning type: PromQLValueType, depth: Int) -> PromQLExpression {
        let function = pick(PromQLFunction.all.filter { $0.returnType == type })
        let maximum = function.maximumArgumentCount ?? function.requiredArgumentCount + 2
        let count = int(function.requiredArgumentCount..<(maximum + 1))
        var arguments: [PromQLExpression] = []
        for index in 0..<count {
            if function == .info, index == 1 {
                arguments.append(.vectorSelector(selector(named: false)))
            } else {
                arguments.append(expression(of: function.parameterType(at: index)!, depth: depth - 1))
            }
        }
        return .call(PromQLCall(function, arguments))
    }

    private mutating func aggregation(depth: Int) -> PromQLExpression {
        let op = pick(PromQLAggregation.Operator.allCases)
        let parameter = op.parameterType.map { expression(of: $0, depth: depth - 1) }
        let grouping: PromQLAggregation.Grouping?
        switch int(0..<3) {
        case 0: grouping = nil
        case 1: grouping = .by(labels(1...3))
        default: grouping = .without(labels(0...2))
        }
        return .aggregation(PromQLAggregation(op, vector(depth: depth - 1), parameter: parameter, grouping: grouping))
    }

    private mutating func binary(scalarOnly: Bool, depth: Int) -> PromQLExpression {
        let operators = PromQLBinaryExpression.Operator.allCases.filter { !scalarOnly || !$0.isSetOperator }
        let op = pick(operators)
        var lhs: PromQLExpression
        var rhs: PromQLExpression
        if scalarOnly {
            lhs = scalar(depth: depth - 1)
            rhs = scalar(depth: depth - 1)
        } else if op.isSetOperator {
            lhs = vector(depth: depth - 1)
            rhs = vector(depth: depth - 1)
        } else {
            switch int(0..<3) {
            case 0:
                lhs = vector(depth: depth - 1)
                rhs = scalar(depth: depth - 1)
            case 1:
                lhs = scalar(depth: depth - 1)
                rhs = vector(depth: depth - 1)
            default:
                lhs = vector(depth: depth - 1)
                rhs = vector(depth: depth - 1)
            }
        }
        let bothScalar = lhs.type == .scalar && rhs.type == .scalar
        let returnsBool = op.isComparison && (bothScalar || chance(0.3))
        var matching: PromQLBinaryExpression.VectorMatching?
        if lhs.type == .instantVector, rhs.type == .instantVector, chance(0.4) {
            let axis: PromQLBinaryExpression.VectorMatching.Axis = chance(0.5) ? .on : .ignoring
            let matched = labels(0...2)
            var group: PromQLBinaryExpression.VectorMatching.Group?
            if !op.isSetOperator, chance(0.5) {
                let included = labels(0...2).filter { axis == .ignoring || !matched.contains($0) }
                group = chance(0.5) ? .left(included) : .right(included)
            }
            if axis == .ignoring, matched.isEmpty, group == nil {
                matching = PromQLBinaryExpression.VectorMatching(axis, [pick(Self.labelNames)])
            } else {
                matching = PromQLBinaryExpression.VectorMatching(axis, matched, group: group)
            }
        }
        return .binary(PromQLBinaryExpression(lhs, op, rhs, returnsBool: returnsBool, matching: matching))
    }

    /// A selector; without a name it starts with a matcher that rejects the empty value.
    private mutating func selector(named: Bool? = nil) -> PromQLVectorSelector {
        let name = (named ?? chance(0.8)) ? pick(Self.metricNames) : nil
        var matchers: [PromQLLabelMatcher] = []
        if name == nil {
            matchers.append(
                chance(0.3)
                    ? PromQLLabelMatcher(PromQLLabelMatcher.metricNameLabel, .equal, pick(Self.metricNames) + ".x")
                    : PromQLLabelMatcher(pick(Self.labelNames), .equal, "v" + string()))
        }
        for _ in 0..<int(0..<3) {
            let op = pick(PromQLLabelMatcher.Operator.allCases)
            let value = op == .equal || op == .notEqual ? string() : pick(Self.regexes)
            matchers.append(PromQLLabelMatcher(pick(Self.labelNames), op, value))
        }
        return PromQLVectorSelector(
            name: name, matchers: matchers, offset: chance(0.2) ? offset() : nil, at: chance(0.15) ? at() : nil)
    }

    // MARK: - Leaves

    private mutating func number() -> Double {
        let magnitude: Double
        if chance(0.5) {
            magnitude = pick(Self.numbers)
        } else {
            var bits = random.next() & ~(1 << 63)
            while Double(bitPattern: bits).isNaN { bits = random.next() & ~(1 << 63) }
            magnitude = Double(bitPattern: bits)
        }
        return chance(0.3) ? -magnitude : magnitude
    }

    private mutating func string() -> String {
        var text = String.UnicodeScalarView()
        for _ in 0..<int(0..<8) { text.append(pick(Self.stringScalars)) }
        return String(text)
    }

    private mutating func labels(_ count: ClosedRange<Int>) -> [String] {
        (0..<int(count.lowerBound..<(count.upperBound + 1))).map { _ in pick(Self.labelNames) }
    }

    private mutating func positiveDuration() -> Duration {
        let units: [Int64] = [1, 1_000, 60_000, 3_600_000, 86_400_000]
        var milliseconds: Int64 = 0
        for _ in 0..<int(1..<3) { milliseconds += Int64(int(1..<120)) * pick(units) }
        return Duration(milliseconds: milliseconds)
    }

    private mutating func offset() -> Duration {
        let duration = positiveDuration()
        return chance(0.3) ? Duration(milliseconds: -duration.milliseconds) : duration
    }

    private mutating func at() -> PromQLAtModifier {
        switch int(0..<4) {
        case 0: .start
        case 1: .end
        default: .timestamp(milliseconds: Int64.random(in: -10_000_000_000_000...10_000_000_000_000, using: &random))
        }
    }

    // MARK: - Randomness

    private mutating func chance(_ probability: Double) -> Bool {
        Double.random(in: 0..<1, using: &random) < probability
    }

    private mutating func int(_ range: Range<Int>) -> Int {
        Int.random(in: range, using: &random)
    }

    private mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements[int(0..<elements.count)]
    }
}
