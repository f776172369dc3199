import VigilCore
import VigilDSL
import VigilModel

/// Translates an imported rule's PromQL syntax tree into the typed query builder's Swift, where the builder
/// can express it exactly: its metrics by the declarations the import writes (or a catalogue's members),
/// range functions only on the kind they take, matchers on the labels the metric's enum has. A part it
/// cannot express is embedded as a `PromQL("…")` fragment where the builder takes one (an instant vector
/// operand); a query with no typed metric, or whose top the builder cannot express, stays raw (`nil`).
struct TypedQueryTranslator {
    /// The metrics typed queries can read.
    let vocabulary: QueryVocabulary

    /// The labels `by` can keep beside a metric's own: the target labels.
    static let targetLabels: [String: TargetLabel] = Dictionary(
        uniqueKeysWithValues: TargetLabel.allCases.map { ($0.rawValue, $0) })

    /// An alert's condition, typed, or `nil`. A query is typed when it reads a metric typed or embeds no raw
    /// fragment: one that only wraps fragments is clearer raw.
    func alert(_ tree: PromQLExpression) -> TypedQuery? {
        guard let query = term(tree), query.shape == .condition, query.isTyped else { return nil }
        return query
    }

    /// A recording rule's query, typed, or `nil`.
    func record(_ tree: PromQLExpression) -> TypedQuery? {
        guard let query = term(tree), query.isVector, query.shape != .fragment, query.isTyped else {
            return nil
        }
        return query
    }

    /// `tree` typed, or `nil` when the builder cannot express it.
    func term(_ tree: PromQLExpression) -> TypedQuery? {
        let query: TypedQuery?
        switch tree {
        case .number(let value): query = number(value)
        case .vectorSelector(let selector): query = selection(selector)
        case .call(let call): query = self.call(call)
        case .aggregation(let aggregation): query = self.aggregation(aggregation)
        case .binary(let binary): query = self.binary(binary)
        case .string, .matrixSelector, .subquery, .unary: query = nil
        }
        // What the builder builds must be the input: a part it would change stays out.
        guard let query, query.expression == tree else { return nil }
        return query
    }

    /// `tree` typed, or as a `PromQL("…")` fragment when it is an instant vector the builder cannot express.
    func operand(_ tree: PromQLExpression) -> TypedQuery? {
        if let query = term(tree) { return query }
        guard tree.type == .instantVector else { return nil }
        let text = tree.description
        let fragment = PromQL(text)
        guard fragment.expression == tree else { return nil }
        return TypedQuery(
            swift: "PromQL(\(SwiftLiteral.string(text)))", precedence: 3, shape: .fragment, value: .vector(fragment),
            labelCases: [:], typedSelections: 0, fragments: 1)
    }

    private func number(_ value: Double) -> TypedQuery? {
        guard value.isFinite else { return nil }
        return TypedQuery(
            swift: SwiftLiteral.number(value), precedence: value < 0 ? 2 : 3, shape: .number, value: .number(value),
            labelCases: [:], typedSelections: 0, fragments: 0)
    }

    // MARK: - Selections

    private func selection(_ selector: PromQLVectorSelector) -> TypedQuery? {
        guard let series = selector.name, let (metric, part) = vocabulary.metric(selecting: series) else { return nil }
        return selection(selector, of: metric, part: part)
    }

    /// `metric` (or its `count`/`sum` part) narrowed by the selector's matchers and offset.
    private func selection(_ selector: PromQLVectorSelector, of metric: QueryMetric, part: QueryVocabulary.Part)
        -> TypedQuery?
    {
        guard selector.at == nil else { return nil }
        var swift = metric.reference
        var value = BuilderCalls.part(part, of: metric.built)
        switch part {
        case .whole: break
        case .count: swift += ".count"
        case .sum: swift += ".sum"
        }
        for matcher in selector.matchers {
            if matcher.label == "job", matcher.op == .equal, metric.labelCases["job"] == nil {
                swift += ".job(\(SwiftLiteral.string(matcher.value)))"
                value = BuilderCalls.narrowed(value, by: matcher, job: true)
                continue
            }
            guard let key = metric.labelCases[matcher.label] else { return nil }
            let argument =
                switch matcher.op {
                case .equal: "equals"
                case .notEqual: "notEquals"
                case .matchesRegex: "matches"
                case .doesNotMatchRegex: "doesNotMatch"
                }
            swift += ".where(.\(SwiftIdentifier.escaped(key)), \(argument): \(SwiftLiteral.string(matcher.value)))"
            value = BuilderCalls.narrowed(value, by: matcher, job: false)
        }
        if let offset = selector.offset {
            guard offset.milliseconds > 0 else { return nil }
            swift += ".offset(\(SwiftLiteral.duration(offset)))"
            value = BuilderCalls.offset(value, by: offset)
        }
        return TypedQuery(
            swift: swift, precedence: 3, shape: .selection, value: .vector(value),
            labelCases: metric.labelCases, typedSelections: 1, fragments: 0)
    }

    /// The selection of a range function's single range argument, and its range.
    private func rangeArgument(_ argument: PromQLExpression) -> (TypedQuery, Duration)? {
        guard case .matrixSelector(let matrix) = argument, let query = selection(matrix.selector) else { return nil }
        return (query, matrix.range)
    }

    // MARK: - Functions

    private func call(_ call: PromQLCall) -> TypedQuery? {
        let name = call.function.name
        let arguments = call.arguments
        switch name {
        case "time" where arguments.isEmpty:
            return TypedQuery(
                swift: "time()", precedence: 3, shape: .scalar, value: .scalar(time()), labelCases: [:],
                typedSelections: 0, fragments: 0)
        case "vector":
            guard arguments.count == 1, case .number(let value) = arguments[0], let number = number(value) else {
                return nil
            }
            return TypedQuery(
                swift: "vector(\(number.swift))", precedence: 3, shape: .vector, value: .vector(vector(value)),
                labelCases: [:], typedSelections: 0, fragments: 0)
        case "absent":
            guard arguments.count == 1, let vector = operand(arguments[0]), vector.isVector,
                case .vector(let built) = vector.value
            else { return nil }
            return wrapping(vector, "absent(\(vector.swift))", .condition, BuilderCalls.absent(built))
        case "absent_over_time":
            guard arguments.count == 1, let (selection, range) = rangeArgument(arguments[0]),
                case .vector(let built) = selection.value, let series = built as? any SeriesSelection
            else { return nil }
            return wrapping(
                selection, "absentOverTime(\(selection.swift), over: \(SwiftLiteral.duration(range)))", .condition,
                BuilderCalls.absentOverTime(series, over: range))
        case "histogram_quantile":
            return histogramQuantile(arguments)
        default:
            return rangeFunction(name, arguments)
        }
    }

    /// `rate(x, over: …)` and the other range functions of one metric's kind.
    private func rangeFunction(_ name: String, _ arguments: [PromQLExpression]) -> TypedQuery? {
        guard arguments.count == 1, let (selection, range) = rangeArgument(arguments[0]),
            case .vector(let built) = selection.value, let series = built as? any SeriesSelection,
            let value = BuilderCalls.range(name, series, over: range)
        else { return nil }
        let duration = SwiftLiteral.duration(range)
        let swift: String
        if let aggregation = OverTime.allCases.first(where: { $0.rawValue + "_over_time" == name }) {
            swift = "overTime(.\(aggregation.rawValue), \(selection.swift), over: \(duration))"
        } else {
            swift = "\(name)(\(selection.swift), over: \(duration))"
        }
        return wrapping(selection, swift, .vector, value)
    }

    /// `histogram_quantile(φ, sum by (le, …) (rate(h_bucket{…}[range])))` as `histogramQuantile(φ, h…, over:)`.
    private func histogramQuantile(_ arguments: [PromQLExpression]) -> TypedQuery? {
        guard arguments.count == 2, case .number(let quantile) = arguments[0],
            case .aggregation(let buckets) = arguments[1], buckets.op == .sum, buckets.parameter == nil,
            case .by(let grouping)? = buckets.grouping, grouping.first == "le",
            case .call(let rates) = buckets.expression, rates.function.name == "rate", rates.arguments.count == 1,
            case .matrixSelector(let matrix) = rates.arguments[0], let series = matrix.selector.name,
            let histogram = vocabulary.histogram(ofBuckets: series)
        else { return nil }
        var selector = matrix.selector
        selector.name = histogram.name
        guard let selection = selection(selector, of: histogram, part: .whole),
            case .vector(let built) = selection.value, let series = built as? any SeriesSelection,
            let (labels, target) = split(Array(grouping.dropFirst()), of: selection),
            let value = BuilderCalls.histogramQuantile(
                quantile, series, over: matrix.range, by: labels, plus: target)
        else { return nil }
        let swift =
            "histogramQuantile(\(SwiftLiteral.number(quantile)), \(selection.swift), over: \(SwiftLiteral.duration(matrix.range))"
            + self.grouping(labels, target, of: selection) + ")"
        return wrapping(selection, swift, .vector, value)
    }

    // MARK: - Aggregations

    private func aggregation(_ aggregation: PromQLAggregation) -> TypedQuery? {
        guard let vector = operand(aggregation.expression), vector.isVector, case .vector(let built) = vector.value
        else { return nil }
        if let parameter = aggregation.parameter {
            return ranked(aggregation, parameter, vector, built)
        }
        guard let aggregator = Aggregator(rawValue: aggregation.op.rawValue) else { return nil }
        let named: Set<Aggregator> = [.sum, .avg, .min, .max, .count]
        let head = named.contains(aggregator) ? "\(aggregator.rawValue)(" : "aggregate(.\(aggregator.rawValue), "
        switch aggregation.grouping {
        case nil:
            return wrapping(
                vector, head + vector.swift + ")", .vector,
                BuilderCalls.aggregated(aggregator, built, by: [], plus: []))
        case .by(let grouping):
            guard !grouping.isEmpty, let (labels, target) = split(grouping, of: vector) else { return nil }
            return wrapping(
                vector, head + vector.swift + self.grouping(labels, target, of: vector) + ")", .vector,
                BuilderCalls.aggregated(aggregator, built, by: labels, plus: target))
        case .without(let labels):
            guard !labels.isEmpty, let cases = cases(labels, of: vector) else { return nil }
            return wrapping(
                vector, "aggregate(.\(aggregator.rawValue), \(vector.swift), without: \(cases))", .vector,
                BuilderCalls.aggregated(aggregator, built, without: labels))
        }
    }

    /// `topk(k, v, by: …)`, `bottomk` and `quantile(φ, v, by: …)`.
    private func ranked(
        _ aggregation: PromQLAggregation, _ parameter: PromQLExpression, _ vector: TypedQuery,
        _ built: any VectorExpression
    ) -> TypedQuery? {
        guard case .number(let value) = parameter, let number = number(value) else { return nil }
        switch aggregation.op {
        case .topk, .bottomk: guard value == value.rounded(), abs(value) < 1e9 else { return nil }
        case .quantile: break
        default: return nil
        }
        var labels: [String] = []
        if case .by(let grouping)? = aggregation.grouping {
            guard !grouping.isEmpty else { return nil }
            labels = grouping
        } else if aggregation.grouping != nil {
            return nil
        }
        guard let cases = cases(labels, of: vector) else { return nil }
        let parameterText = aggregation.op == .quantile ? number.swift : "\(Int(value))"
        let by = labels.isEmpty ? "" : ", by: \(cases)"
        return wrapping(
            vector, "\(aggregation.op.rawValue)(\(parameterText), \(vector.swift)\(by))", .vector,
            BuilderCalls.ranked(aggregation.op, value, built, by: labels))
    }

    /// A `by` clause split into the value's own labels and the target labels after them, or `nil` when it is
    /// not in that order or names a label the value's type does not have.
    private func split(_ grouping: [String], of query: TypedQuery) -> ([String], [TargetLabel])? {
        let own = Array(grouping.prefix { query.labelCases[$0] != nil })
        let target = grouping.dropFirst(own.count).map { Self.targetLabels[$0] }
        guard target.allSatisfy({ $0 != nil }) else { return nil }
        return (own, target.compactMap(\.self))
    }

    /// `, by: [.a, .b], plus: [.job]`, each part only when it is not empty.
    private func grouping(_ labels: [String], _ target: [TargetLabel], of query: TypedQuery) -> String {
        var text = ""
        if let cases = cases(labels, of: query), !labels.isEmpty { text += ", by: \(cases)" }
        if !target.isEmpty { text += ", plus: [" + target.map { ".\($0.rawValue)" }.joined(separator: ", ") + "]" }
        return text
    }

    /// `[.a, .b]`: the Swift cases of `labels` in the value's label type, or `nil` when one is not there.
    private func cases(_ labels: [String], of query: TypedQuery) -> String? {
        let cases = labels.compactMap { query.labelCases[$0] }
        guard cases.count == labels.count else { return nil }
        return "[" + cases.map { "." + SwiftIdentifier.escaped($0) }.joined(separator: ", ") + "]"
    }

    /// A query made of `inner` with another Swift source, shape and value.
    private func wrapping(
        _ inner: TypedQuery, _ swift: String, _ shape: TypedQuery.Shape, _ value: (any VectorExpression)?
    ) -> TypedQuery? {
        guard let value else { return nil }
        var query = inner
        query.swift = swift
        query.precedence = 3
        query.shape = shape
        query.value = .vector(value)
        return query
    }

    // MARK: - Binary operations

    private func binary(_ binary: PromQLBinaryExpression) -> TypedQuery? {
        guard let lhs = operand(binary.lhs), let rhs = operand(binary.rhs),
            var query = operation(lhs, binary.op, rhs)
        else { return nil }
        if let matching = binary.matching {
            guard case .vector(let built) = query.value, let receiver = built as? any BinaryQuery else { return nil }
            var swift = query.swift(bindingAtLeast: 3)
            let typed = split(matching.labels, of: query)
            if let (labels, target) = typed {
                let cases = self.cases(labels, of: query) ?? "[]"
                let plus =
                    target.isEmpty ? "" : ", plus: [" + target.map { ".\($0.rawValue)" }.joined(separator: ", ") + "]"
                swift += ".\(matching.axis.rawValue)(\(cases)\(plus))"
            } else {
                swift += ".\(matching.axis.rawValue)(names: \(SwiftLiteral.strings(matching.labels)))"
            }
            switch matching.group {
            case .left(let labels): swift += ".groupLeft(\(Self.including(labels)))"
            case .right(let labels): swift += ".groupRight(\(Self.including(labels)))"
            case nil: break
            }
            query.swift = swift
            query.precedence = 3
            query.value = .vector(BuilderCalls.matched(receiver, matching, typed: typed))
        }
        if binary.returnsBool {
            guard query.shape == .condition, case .vector(let built) = query.value,
                let vector = BuilderCalls.asBool(built)
            else { return nil }
            query.swift = query.swift(bindingAtLeast: 3) + ".asBool"
            query.precedence = 3
            query.shape = .vector
            query.value = .vector(vector)
        }
        return query
    }

    /// The argument of `groupLeft` and `groupRight`: `including: ["a"]`, or none.
    private static func including(_ labels: [String]) -> String {
        labels.isEmpty ? "" : "including: \(SwiftLiteral.strings(labels))"
    }

    /// `lhs op rhs` in the builder's operators and methods, or `nil` where it has none for these operands.
    private func operation(_ lhs: TypedQuery, _ op: PromQLBinaryExpression.Operator, _ rhs: TypedQuery)
        -> TypedQuery?
    {
        let value: (any VectorExpression)?
        let labels: TypedQuery
        switch (lhs.value, rhs.value) {
        case (.vector(let left), .vector(let right)):
            value = BuilderCalls.binary(left, op, right)
            labels = lhs
        case (.vector(let left), .number(let number)):
            value = BuilderCalls.binary(left, op, number)
            labels = lhs
        case (.number(let number), .vector(let right)):
            value = BuilderCalls.binary(number, op, right)
            labels = rhs
        case (.vector(let left), .scalar(let scalar)) where op == .subtract:
            value = BuilderCalls.subtract(left, scalar, scalarFirst: false)
            labels = lhs
        case (.scalar(let scalar), .vector(let right)) where op == .subtract:
            value = BuilderCalls.subtract(right, scalar, scalarFirst: true)
            labels = rhs
        default:
            return nil
        }
        guard let value else { return nil }
        let swift: String
        let precedence: Int
        let shape: TypedQuery.Shape
        switch op {
        case .add, .subtract, .multiply, .divide:
            precedence = op == .add || op == .subtract ? 1 : 2
            swift =
                "\(lhs.swift(bindingAtLeast: precedence)) \(op.rawValue) \(rhs.swift(bindingAtLeast: precedence + 1))"
            shape = .vector
        case .equal, .notEqual:
            precedence = 3
            let method = op == .equal ? "equals" : "notEquals"
            swift = "\(lhs.swift(bindingAtLeast: 3)).\(method)(\(rhs.swift))"
            shape = .condition
        case .greater, .greaterOrEqual, .less, .lessOrEqual:
            precedence = 0
            swift = "\(lhs.swift(bindingAtLeast: 1)) \(op.rawValue) \(rhs.swift(bindingAtLeast: 1))"
            shape = .condition
        case .and, .or, .unless:
            guard lhs.isBinaryQuery else { return nil }
            precedence = 3
            swift = "\(lhs.swift(bindingAtLeast: 3)).\(op.rawValue)(\(rhs.swift))"
            shape = lhs.shape
        case .modulo, .power, .atan2:
            return nil
        }
        return TypedQuery(
            swift: swift, precedence: precedence, shape: shape, value: .vector(value), labelCases: labels.labelCases,
            typedSelections: lhs.typedSelections + rhs.typedSelections, fragments: lhs.fragments + rhs.fragments)
    }
}

extension TypedQueryTranslator {
    /// A translator for the rules of `services`, reading the metrics the import declares for them.
    init(services: [ImportedService]) {
        self.init(vocabulary: QueryMetric.vocabulary(of: services.flatMap(\.metrics)))
    }

    /// The query of `rule`, typed, or `nil` when it stays raw `PromQL`.
    func query(of rule: ImportedRule) -> TypedQuery? {
        rule.kind == .alert ? alert(rule.tree) : record(rule.tree)
    }
}
