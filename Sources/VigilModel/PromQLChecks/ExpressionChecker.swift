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

    /// The functions that only make sense on counters. (Lists, not sets: comparing a short name with a dozen
    /// costs less than hashing it, and nearly every range call on a counter asks.)
    static let counterFunctions = ["rate", "irate", "increase", "resets"]
    /// The functions that only make sense on gauges.
    static let gaugeFunctions = [
        "delta", "idelta", "deriv", "predict_linear", "avg_over_time", "min_over_time", "max_over_time",
        "sum_over_time", "stddev_over_time", "stdvar_over_time", "quantile_over_time", "mad_over_time",
    ]

    /// The id of the problem of a built query whose `PromQL` fragment is invalid or misplaced.
    static let invalidQuery = "invalid-query"

    /// The labels of the result and the problems found.
    func check(_ expression: PromQLExpression) -> (labels: LabelSet, problems: [ExpressionProblem]) {
        var problems: [ExpressionProblem] = []
        let labels = labels(of: expression, &problems)
        return (labels, problems)
    }

    /// The labels of the result of `expression`; appends the problems found in it.
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
            if PromQL.placesScalarWhereVectorBelongs(subquery) { checkOperandTypes(of: expression, &problems) }
            return labels(of: subquery.expression, &problems)
        case .unary(_, let operand):
            return labels(of: operand, &problems)
        case .call(let call):
            if PromQL.placesScalarWhereVectorBelongs(call) { checkOperandTypes(of: expression, &problems) }
            return labels(of: call, &problems)
        case .aggregation(let aggregation):
            if PromQL.placesScalarWhereVectorBelongs(aggregation) { checkOperandTypes(of: expression, &problems) }
            return labels(of: aggregation, &problems)
        case .binary(let binary):
            return labels(of: binary, &problems)
        }
    }

    /// A scalar where a vector belongs, which only a scalar `PromQL` fragment in a built query puts there (the
    /// parser rejects it in text): the parser's type check of the printed node says what is wrong, if it is.
    /// Called only for a node that has one (`PromQL.placesScalarWhereVectorBelongs`), which the checker asks of
    /// the node's part it already holds.
    func checkOperandTypes(of node: PromQLExpression, _ problems: inout [ExpressionProblem]) {
        do {
            _ = try PromQLExpression(parsing: node.description)
        } catch {
            problems.append(.error(Self.invalidQuery, "the query does not type-check: \(error.message)"))
        }
    }

    /// The labels of the series the selector names: those the catalogue declares, unknown when it does not.
    func labels(of selector: PromQLVectorSelector, _ problems: inout [ExpressionProblem]) -> LabelSet {
        let name = selector.metricName
        // Looked up once for the checks of the selector's matchers too.
        let series = name.flatMap(catalogue.lookup)
        checkBoundMatchers(of: selector, reading: series?.kind, &problems)
        if let series, catalogue.declaresLabelValues(series), let metric = catalogue.metric(of: series) {
            checkLabelValues(of: selector, declaredBy: metric, &problems)
        }
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

    /// The labels of a call's result, after its arguments' problems, the function's availability and whether it
    /// suits the kind of the metric it reads.
    func labels(of call: PromQLCall, _ problems: inout [ExpressionProblem]) -> LabelSet {
        // The result carries the labels of the first vector argument; functions without one (vector, time) none.
        var vectorLabels: LabelSet?
        var lastLabels = LabelSet.unknown
        for argument in call.arguments {
            lastLabels = labels(of: argument, &problems)
            guard vectorLabels == nil else { continue }
            let type = argument.type
            if type == .instantVector || type == .rangeVector { vectorLabels = lastLabels }
        }
        let name = call.function.name
        checkAvailability(of: "\(name)()", call.function.availability, &problems)
        if let metric = Self.rangeMetric(of: call), let kind = catalogue.kind(of: metric) {
            checkKind(of: name, on: metric, kind, &problems)
        }
        switch name {
        case "histogram_quantile", "histogram_fraction":
            if let input = call.arguments.last {
                checkHistogramInput(name, input, lastLabels, &problems)
            }
            return (vectorLabels ?? .none).removing(["le"])
        case "label_replace", "label_join":
            guard call.arguments.count > 1, case .string(let destination) = call.arguments[1] else { return .unknown }
            return (vectorLabels ?? .none).adding([destination])
        case "absent", "absent_over_time":
            return absentLabels(call.arguments.first)
        default:
            return vectorLabels ?? .none
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

    /// A counter function (`rate`) on a gauge, or a gauge function (`delta`) on a counter.
    func checkKind(
        of function: String, on metric: String, _ kind: MetricCatalogue.SeriesKind,
        _ problems: inout [ExpressionProblem]
    ) {
        // The kind is compared first: the name is then looked up in the one set of functions the kind forbids.
        if kind == .gauge || kind == .summaryQuantiles, Self.counterFunctions.contains(function) {
            problems.append(
                .error(
                    "wrong-metric-kind", "\(function)() needs a counter, but '\(metric)' is a gauge",
                    hint: function == "increase"
                        ? "use delta() for a gauge's change" : "use deriv() for a gauge's per-second change"))
        } else if kind == .counter || kind == .histogramBuckets, Self.gaugeFunctions.contains(function) {
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

    /// The metric a range function applies to directly: `x` in `rate(x[5m])` (the first range argument's).
    static func rangeMetric(of call: PromQLCall) -> String? {
        for argument in call.arguments {
            if case .matrixSelector(let matrix) = argument { return matrix.selector.metricName }
        }
        return nil
    }
}
