import VigilCore

/// Checks a query against the stack's declared metrics, and infers the labels its result carries.
///
/// It reports what Prometheus would silently accept but answer wrongly or never: a metric nobody exports,
/// a label a metric does not have (in a matcher, `by`, `without`, `on`, `ignoring`), a counter function on a
/// gauge, `histogram_quantile` without the `le` label or over raw bucket counters, an `le` or `quantile`
/// matcher on a value Prometheus 3 never stores. It reports what the stack's Prometheus cannot run: a function
/// or operator newer or older than the version it targets, or one that needs a feature flag it does not enable.
/// In a built query it also finds a `PromQL` fragment that does not parse, is no vector, or is a scalar where a
/// vector belongs.
struct ExpressionChecker {
    /// The series the stack declares.
    var catalogue: MetricCatalogue
    /// The Prometheus that runs the queries: the version it targets and the feature flags it enables.
    var prometheus: ResolvedPrometheus

    /// The checker of a stack's queries.
    init(stack: ResolvedStack) {
        catalogue = MetricCatalogue(stack: stack)
        prometheus = stack.prometheus
    }

    /// The functions that only make sense on counters.
    static let counterFunctions: Set<String> = ["rate", "irate", "increase", "resets"]
    /// The functions that only make sense on gauges.
    static let gaugeFunctions: Set<String> = [
        "delta", "idelta", "deriv", "predict_linear", "avg_over_time", "min_over_time", "max_over_time",
        "sum_over_time", "stddev_over_time", "stdvar_over_time", "quantile_over_time", "mad_over_time",
    ]
    /// Functions whose result drops the histogram's `le` label.
    static let histogramFunctions: Set<String> = ["histogram_quantile", "histogram_fraction"]

    /// The id of the problem of a built query whose `PromQL` fragment is invalid or misplaced.
    static let invalidQuery = "invalid-query"

    /// The labels of the result and the problems found.
    func check(_ expression: PromQLExpression) -> (labels: LabelSet, problems: [ExpressionProblem]) {
        var problems: [ExpressionProblem] = []
        let labels = labels(of: expression, &problems)
        return (labels, problems)
    }

    func labels(of expression: PromQLExpression, _ problems: inout [ExpressionProblem]) -> LabelSet {
        switch expression {
        case .number:
            return .none
        case .string(let text):
            if let problem = PromQL.fragmentProblem(inLiteral: text) {
                problems.append(.error(Self.invalidQuery, "the query holds an invalid fragment: \(problem)"))
            }
            return .none
        case .vectorSelector(let selector):
            return labels(of: selector, &problems)
        case .matrixSelector(let matrix):
            return labels(of: matrix.selector, &problems)
        case .subquery(let subquery):
            checkOperandTypes(of: expression, &problems)
            return labels(of: subquery.expression, &problems)
        case .unary(_, let operand):
            return labels(of: operand, &problems)
        case .call(let call):
            checkOperandTypes(of: expression, &problems)
            return labels(of: call, &problems)
        case .aggregation(let aggregation):
            checkOperandTypes(of: expression, &problems)
            return labels(of: aggregation, &problems)
        case .binary(let binary):
            return labels(of: binary, &problems)
        }
    }

    /// A scalar where a vector belongs, which only a scalar `PromQL` fragment in a built query puts there (the
    /// parser rejects it in text): the parser's type check of the printed node says what is wrong, if it is.
    func checkOperandTypes(of node: PromQLExpression, _ problems: inout [ExpressionProblem]) {
        guard PromQL.placesScalarWhereVectorBelongs(node) else { return }
        do {
            _ = try PromQLExpression(parsing: node.description)
        } catch {
            problems.append(.error(Self.invalidQuery, "the query does not type-check: \(error.message)"))
        }
    }

    func labels(of selector: PromQLVectorSelector, _ problems: inout [ExpressionProblem]) -> LabelSet {
        let name = selector.metricName
        // Looked up once for the checks of the selector's matchers too.
        let series = name.flatMap(catalogue.lookup)
        checkBoundMatchers(of: selector, reading: series, &problems)
        if let metric = series?.metric { checkLabelValues(of: selector, declaredBy: metric, &problems) }
        guard let name else { return .unknown }
        guard let series else {
            problems.append(catalogue.undeclared(name))
            return .unknown
        }
        for matcher in selector.matchers where matcher.label != PromQLLabelMatcher.metricNameLabel {
            checkLabel(matcher.label, on: series.labels, of: "metric '\(name)'", &problems)
        }
        return series.labels
    }

    func labels(of call: PromQLCall, _ problems: inout [ExpressionProblem]) -> LabelSet {
        let argumentLabels = call.arguments.map { labels(of: $0, &problems) }
        let name = call.function.name
        checkAvailability(of: "\(name)()", call.function.availability, &problems)
        if let selector = call.arguments.lazy.compactMap(Self.rangeSelector).first, let metric = selector.metricName,
            let series = catalogue.lookup(metric)
        {
            checkKind(of: name, on: metric, series.kind, &problems)
        }
        // The result carries the labels of the vector argument; functions without one (vector, time) none.
        let vectorLabels =
            zip(call.arguments, argumentLabels).first { argument, _ in
                argument.type == .instantVector || argument.type == .rangeVector
            }?.1 ?? .none
        switch name {
        case "histogram_quantile", "histogram_fraction":
            if let input = call.arguments.last {
                checkHistogramInput(name, input, argumentLabels.last ?? .unknown, &problems)
            }
            return vectorLabels.removing(["le"])
        case "label_replace", "label_join":
            guard call.arguments.count > 1, case .string(let destination) = call.arguments[1] else { return .unknown }
            return vectorLabels.adding([destination])
        case "absent", "absent_over_time":
            return absentLabels(call.arguments.first)
        default:
            return vectorLabels
        }
    }

    func labels(of aggregation: PromQLAggregation, _ problems: inout [ExpressionProblem]) -> LabelSet {
        checkAvailability(of: aggregation.op.rawValue, aggregation.op.availability, &problems)
        if let parameter = aggregation.parameter { _ = labels(of: parameter, &problems) }
        let input = labels(of: aggregation.expression, &problems)
        let keepsInputLabels =
            switch aggregation.op {
            case .topk, .bottomk, .limitk, .limitRatio: true
            default: false
            }
        var output: LabelSet
        switch aggregation.grouping {
        case .by(let grouping):
            for label in grouping {
                checkLabel(label, on: input, of: "the series aggregated by \(aggregation.op.rawValue)", &problems)
            }
            output = keepsInputLabels ? input : .known(Set(grouping))
        case .without(let grouping):
            output = input.removing(grouping)
        case nil:
            output = keepsInputLabels ? input : .none
        }
        if aggregation.op == .countValues, case .string(let label) = aggregation.parameter {
            output = output.adding([label])
        }
        return output
    }

    func labels(of binary: PromQLBinaryExpression, _ problems: inout [ExpressionProblem]) -> LabelSet {
        let lhs = labels(of: binary.lhs, &problems)
        let rhs = labels(of: binary.rhs, &problems)
        switch (binary.lhs.type == .scalar, binary.rhs.type == .scalar) {
        case (true, true): return .none
        case (false, true): return lhs
        case (true, false): return rhs
        case (false, false): break
        }
        if let matching = binary.matching {
            for label in matching.labels {
                switch matching.axis {
                case .on:
                    checkLabel(label, on: lhs, of: "the left side of '\(binary.op.rawValue)'", &problems)
                    checkLabel(label, on: rhs, of: "the right side of '\(binary.op.rawValue)'", &problems)
                case .ignoring:
                    // Ignoring a label that only one side has is what `ignoring` is for.
                    checkLabel(label, on: lhs.union(rhs), of: "either side of '\(binary.op.rawValue)'", &problems)
                }
            }
        }
        if binary.op == .or { return lhs.intersection(rhs) }
        if binary.op.isSetOperator || (binary.op.isComparison && !binary.returnsBool) { return lhs }
        switch binary.matching?.group {
        case .left(let included): return lhs.adding(included)
        case .right(let included): return rhs.adding(included)
        case nil:
            guard let matching = binary.matching else { return lhs }
            return matching.axis == .on ? lhs.keeping(matching.labels) : lhs.removing(matching.labels)
        }
    }

    /// `absent(x{a="b"})` returns one series with the labels of its equality matchers.
    func absentLabels(_ argument: PromQLExpression?) -> LabelSet {
        let selector: PromQLVectorSelector? =
            switch argument {
            case .vectorSelector(let selector): selector
            case .matrixSelector(let matrix): matrix.selector
            default: nil
            }
        let equalities = selector?.matchers.filter {
            $0.op == .equal && $0.label != PromQLLabelMatcher.metricNameLabel
        }
        return .known(Set(equalities?.map(\.label) ?? []))
    }

    func checkLabel(
        _ label: String, on labels: LabelSet, of subject: @autoclosure () -> String,
        _ problems: inout [ExpressionProblem]
    ) {
        guard !labels.mayContain(label), case .known(let available) = labels else { return }
        let hint =
            Suggestion.hint(for: label, in: available)
            ?? (available.isEmpty ? "it has no labels" : "its labels are \(available.sorted().joined(separator: ", "))")
        problems.append(.error("unknown-label", "\(subject()) has no label '\(label)'", hint: hint))
    }

    func checkKind(
        of function: String, on metric: String, _ kind: MetricCatalogue.SeriesKind,
        _ problems: inout [ExpressionProblem]
    ) {
        if Self.counterFunctions.contains(function), kind == .gauge || kind == .summaryQuantiles {
            problems.append(
                .error(
                    "wrong-metric-kind", "\(function)() needs a counter, but '\(metric)' is a gauge",
                    hint: function == "increase"
                        ? "use delta() for a gauge's change" : "use deriv() for a gauge's per-second change"))
        } else if Self.gaugeFunctions.contains(function), kind == .counter || kind == .histogramBuckets {
            problems.append(
                .warning(
                    "wrong-metric-kind",
                    "\(function)() of counter '\(metric)' follows its ever-growing total, not its rate",
                    hint: "use rate() or increase()"))
        }
    }

    /// `histogram_quantile` needs the `le` label in its input, and the buckets' rate, not their raw totals.
    func checkHistogramInput(
        _ function: String, _ input: PromQLExpression, _ labels: LabelSet, _ problems: inout [ExpressionProblem]
    ) {
        if !labels.mayContain("le") {
            problems.append(
                .error(
                    "histogram-without-le", "\(function)() needs the 'le' label, which its input aggregates away",
                    hint: "keep it when aggregating: sum by (le) (rate(x_bucket[5m]))"))
        }
        if Self.containsRawBuckets(input) {
            problems.append(
                .warning(
                    "histogram-without-rate",
                    "\(function)() over raw bucket counters measures everything since the process started",
                    hint: "take the rate first: \(function)(φ, sum by (le) (rate(x_bucket[5m])))"))
        }
    }

    /// Whether the expression reads `_bucket` series other than through a range function.
    static func containsRawBuckets(_ expression: PromQLExpression) -> Bool {
        switch expression {
        case .vectorSelector(let selector): selector.metricName?.hasSuffix("_bucket") == true
        case .aggregation(let aggregation): containsRawBuckets(aggregation.expression)
        case .binary(let binary): containsRawBuckets(binary.lhs) || containsRawBuckets(binary.rhs)
        case .unary(_, let operand): containsRawBuckets(operand)
        case .number, .string, .matrixSelector, .subquery, .call: false
        }
    }

    /// The selector a range function applies to directly: `x` in `rate(x[5m])`.
    static func rangeSelector(_ expression: PromQLExpression) -> PromQLVectorSelector? {
        guard case .matrixSelector(let matrix) = expression else { return nil }
        return matrix.selector
    }
}
