/// Parses PromQL into a ``PromQLExpression``: recursive descent, with precedence climbing for binary
/// operators, over the tokens of ``PromQLLexer``.
///
/// It type-checks as it builds, with Prometheus's rules and wording. A type error is recorded and
/// reported once the input has been read to the end, so that a syntax error later in the input is
/// reported first, as Prometheus does.
struct PromQLParser {
    /// A parsed sub-expression and what its parent needs to know about it.
    private struct Parsed {
        var expression: PromQLExpression
        var type: PromQLValueType
        /// The offset of its first byte, where errors about it point.
        var start: Int
        /// The number of nodes on the longest path from its root to a leaf.
        var height = 1
        /// Whether it was written in parentheses, which keeps `-` from folding into a number literal and
        /// rules out a range, an offset or `@` after it.
        var isParenthesized = false
    }

    /// Deeper nesting (of the parser's calls, or of the tree, which a long chain of `+` deepens without
    /// nesting calls) is rejected rather than risking the stack in recursive walks.
    private static let maximumDepth = 200

    let source: [UInt8]
    private let tokens: [PromQLToken]
    private let lexerFailure: PromQLSyntaxError?
    private var position = 0
    private var depth = 0
    private var firstSemanticError: PromQLSyntaxError?
    /// Set while parsing the second argument of `info`, the one selector that may match everything.
    private var allowsUnrestrictedSelector = false

    init(source: String) {
        self.source = Array(source.utf8)
        var lexer = PromQLLexer(source: self.source)
        tokens = lexer.tokenize()
        lexerFailure = lexer.failure
    }

    /// Parses the whole input as one expression.
    mutating func parse() throws(PromQLSyntaxError) -> PromQLExpression {
        guard current.kind != .endOfInput else { throw error("no expression found in input", at: current.start) }
        let parsed = try parseExpression(minimumPrecedence: 1)
        guard current.kind == .endOfInput else { throw unexpected(expected: "an operator or the end of the input") }
        if let firstSemanticError { throw firstSemanticError }
        return parsed.expression
    }

    // MARK: - Operators

    private mutating func parseExpression(minimumPrecedence: Int) throws(PromQLSyntaxError) -> Parsed {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else { throw error("expression is nested too deeply", at: current.start) }
        var lhs = try parseUnary()
        while let op = binaryOperator(current.kind), op.precedence >= minimumPrecedence {
            guard lhs.height < Self.maximumDepth else {
                throw error("expression is nested too deeply", at: current.start)
            }
            let operatorStart = current.start
            advance()
            var returnsBool = false
            if current.kind == .keyword(.bool) {
                returnsBool = true
                advance()
            }
            let matching = try parseVectorMatching()
            let rhs = try parseExpression(minimumPrecedence: op.isRightAssociative ? op.precedence : op.precedence + 1)
            lhs = binary(lhs, op, rhs, returnsBool: returnsBool, matching: matching, at: operatorStart)
        }
        return lhs
    }

    private func binaryOperator(_ kind: PromQLToken.Kind) -> PromQLBinaryExpression.Operator? {
        switch kind {
        case .plus: .add
        case .minus: .subtract
        case .star: .multiply
        case .slash: .divide
        case .percent: .modulo
        case .caret: .power
        case .equal: .equal
        case .notEqual: .notEqual
        case .greater: .greater
        case .less: .less
        case .greaterEqual: .greaterOrEqual
        case .lessEqual: .lessOrEqual
        case .keyword(let keyword): keyword.binaryOperator
        default: nil
        }
    }

    /// `on (labels)` or `ignoring (labels)`, then optionally `group_left`/`group_right` with labels.
    private mutating func parseVectorMatching() throws(PromQLSyntaxError) -> PromQLBinaryExpression.VectorMatching? {
        guard case .keyword(let keyword) = current.kind, keyword == .on || keyword == .ignoring else { return nil }
        advance()
        let labels = try parseLabelList()
        var group: PromQLBinaryExpression.VectorMatching.Group?
        if case .keyword(let side) = current.kind, side == .groupLeft || side == .groupRight {
            advance()
            let included = try current.kind == .leftParen ? parseLabelList() : []
            group = side == .groupLeft ? .left(included) : .right(included)
        }
        return PromQLBinaryExpression.VectorMatching(keyword == .on ? .on : .ignoring, labels, group: group)
    }

    private mutating func binary(
        _ lhs: Parsed, _ op: PromQLBinaryExpression.Operator, _ rhs: Parsed, returnsBool: Bool,
        matching: PromQLBinaryExpression.VectorMatching?, at operatorStart: Int
    ) -> Parsed {
        var matching = matching
        if returnsBool, !op.isComparison {
            recordError("bool modifier can only be used on comparison operators", at: operatorStart)
        }
        if op.isComparison, !returnsBool, lhs.type == .scalar, rhs.type == .scalar {
            recordError("comparisons between scalars must use bool modifier", at: operatorStart)
        }
        if let matching, matching.axis == .on, let group = matching.group {
            for label in matching.labels where group.labels.contains(label) {
                recordError("label \"\(label)\" must not occur in on and group clause at once", at: operatorStart)
            }
        }
        for operand in [lhs, rhs] where operand.type != .scalar && operand.type != .instantVector {
            recordError("binary expression must contain only scalar and instant vector types", at: operand.start)
        }
        if lhs.type != .instantVector || rhs.type != .instantVector {
            if let labels = matching?.labels, !labels.isEmpty {
                recordError("vector matching only allowed between instant vectors", at: operatorStart)
            }
            matching = nil
        } else if op.isSetOperator, matching?.group != nil {
            recordError("no grouping allowed for \"\(op.rawValue)\" operation", at: operatorStart)
        }
        if op.isSetOperator, lhs.type == .scalar || rhs.type == .scalar {
            recordError("set operator \"\(op.rawValue)\" not allowed in binary scalar expression", at: operatorStart)
        }
        if let current = matching, current.axis == .ignoring, current.labels.isEmpty, current.group == nil {
            matching = nil
        }
        let expression = PromQLBinaryExpression(
            lhs.expression, op, rhs.expression, returnsBool: returnsBool, matching: matching)
        let type: PromQLValueType = lhs.type == .scalar && rhs.type == .scalar ? .scalar : .instantVector
        return Parsed(
            expression: .binary(expression), type: type, start: lhs.start, height: max(lhs.height, rhs.height) + 1)
    }

    /// A signed operand. The sign binds tighter than `*` and looser than `^` (`-a ^ 2` is `-(a ^ 2)`), and
    /// folds into a number literal written directly after it (`-1`, but not `-(1)`).
    private mutating func parseUnary() throws(PromQLSyntaxError) -> Parsed {
        guard current.kind == .plus || current.kind == .minus else { return try parsePostfix(parsePrimary()) }
        let op: PromQLUnaryOperator = current.kind == .minus ? .minus : .plus
        let start = current.start
        advance()
        let operand = try parseExpression(minimumPrecedence: PromQLBinaryExpression.Operator.power.precedence)
        if case .number(let value) = operand.expression, !operand.isParenthesized {
            return Parsed(expression: .number(op == .minus ? -value : value), type: .scalar, start: start)
        }
        if operand.type != .scalar, operand.type != .instantVector {
            recordError(
                "unary expression only allowed on expressions of type scalar or instant vector, got \(operand.type)",
                at: start)
        }
        return Parsed(
            expression: .unary(op, operand.expression), type: operand.type, start: start, height: operand.height + 1)
    }

    // MARK: - Primary expressions

    private mutating func parsePrimary() throws(PromQLSyntaxError) -> Parsed {
        let unrestricted = allowsUnrestrictedSelector
        allowsUnrestrictedSelector = false
        let token = current
        switch token.kind {
        case .number:
            let value = try numberValue(token)
            advance()
            return Parsed(expression: .number(value), type: .scalar, start: token.start)
        case .duration:
            let duration = try durationValue(token)
            advance()
            return Parsed(expression: .number(duration.seconds), type: .scalar, start: token.start)
        case .string:
            let value = try stringValue(token)
            advance()
            return Parsed(expression: .string(value), type: .string, start: token.start)
        case .leftParen:
            advance()
            var inner = try parseExpression(minimumPrecedence: 1)
            try expect(.rightParen, "\")\"")
            inner.start = token.start
            inner.isParenthesized = true
            return inner
        case .leftBrace:
            return try parseSelector(name: nil, at: token.start, unrestricted: unrestricted)
        case .identifier where peekKind() == .leftParen:
            return try parseCall()
        case .identifier, .metricIdentifier:
            advance()
            return try parseSelector(name: text(token), at: token.start, unrestricted: unrestricted)
        case .keyword(let keyword):
            if let op = keyword.aggregationOperator,
                peekKind() == .leftParen || peekKind() == .keyword(.by) || peekKind() == .keyword(.without)
            {
                return try parseAggregation(op)
            }
            guard keyword.canNameMetric else { throw unexpected(expected: "an expression") }
            advance()
            return try parseSelector(name: text(token), at: token.start, unrestricted: unrestricted)
        default:
            throw unexpected(expected: "an expression")
        }
    }

    /// A selector after its optional name: the optional `{...}` matchers. `unrestricted` lifts the rule that
    /// a selector without a name needs a matcher that rejects the empty value (for `info`).
    private mutating func parseSelector(name: String?, at start: Int, unrestricted: Bool) throws(PromQLSyntaxError)
        -> Parsed
    {
        var matchers: [PromQLLabelMatcher] = []
        if current.kind == .leftBrace {
            advance()
            while current.kind != .rightBrace {
                matchers.append(try parseMatcher())
                if current.kind == .comma {
                    advance()
                } else if current.kind != .rightBrace {
                    throw unexpected(expected: "\",\" or \"}\"")
                }
            }
            advance()
        }
        if let name, let inner = matchers.first(where: { $0.label == PromQLLabelMatcher.metricNameLabel }) {
            recordError("metric name must not be set twice: \"\(name)\" or \"\(inner.value)\"", at: start)
        }
        if name == nil, !unrestricted, matchers.allSatisfy(\.matchesEmptyValue) {
            recordError("vector selector must contain at least one non-empty matcher", at: start)
        }
        let selector = PromQLVectorSelector(name: name, matchers: matchers)
        return Parsed(expression: .vectorSelector(selector), type: .instantVector, start: start)
    }

    /// `label op "value"`, `"quoted.label" op "value"`, or a quoted metric name alone (`{"my.metric"}`).
    private mutating func parseMatcher() throws(PromQLSyntaxError) -> PromQLLabelMatcher {
        let labelToken = current
        let label: String
        switch labelToken.kind {
        case .identifier:
            label = text(labelToken)
        case .string:
            label = try stringValue(labelToken)
        default:
            throw unexpected(expected: "a label name or \"}\"")
        }
        advance()
        if labelToken.kind == .string, current.kind == .comma || current.kind == .rightBrace {
            return PromQLLabelMatcher(PromQLLabelMatcher.metricNameLabel, .equal, label)
        }
        let op: PromQLLabelMatcher.Operator
        switch current.kind {
        case .assign: op = .equal
        case .notEqual: op = .notEqual
        case .regexMatch: op = .matchesRegex
        case .regexNoMatch: op = .doesNotMatchRegex
        default:
            throw unexpected(expected: "a label matching operator")
        }
        advance()
        guard current.kind == .string else { throw unexpected(expected: "a string") }
        let value = try stringValue(current)
        advance()
        if label.isEmpty { recordError("label name must not be empty", at: labelToken.start) }
        return PromQLLabelMatcher(label, op, value)
    }

    private mutating func parseCall() throws(PromQLSyntaxError) -> Parsed {
        let nameToken = current
        let name = text(nameToken)
        advance()
        let known = PromQLFunction.named(name)
        if known == nil { recordError("unknown function with name \"\(name)\"", at: nameToken.start) }
        let function = known ?? PromQLFunction(name, [], returns: .instantVector)
        let arguments = try parseArguments(forInfo: name == PromQLFunction.info.name)
        checkArguments(arguments, of: function, at: nameToken.start)
        let call = PromQLCall(function, arguments.map(\.expression))
        return Parsed(
            expression: .call(call), type: function.returnType, start: nameToken.start,
            height: (arguments.map(\.height).max() ?? 0) + 1)
    }

    private mutating func checkArguments(_ arguments: [Parsed], of function: PromQLFunction, at start: Int) {
        let count = arguments.count
        let name = function.name
        if function.maximumArgumentCount == function.requiredArgumentCount, count != function.requiredArgumentCount {
            recordError(
                "expected \(function.requiredArgumentCount) argument(s) in call to \"\(name)\", got \(count)", at: start
            )
        } else if count < function.requiredArgumentCount {
            recordError(
                "expected at least \(function.requiredArgumentCount) argument(s) in call to \"\(name)\", got \(count)",
                at: start)
        } else if let maximum = function.maximumArgumentCount, count > maximum {
            recordError("expected at most \(maximum) argument(s) in call to \"\(name)\", got \(count)", at: start)
        }
        for (index, argument) in arguments.enumerated() {
            guard let expected = function.parameterType(at: index) else { break }
            if argument.type != expected {
                recordError(
                    "expected type \(expected) in call to function \"\(name)\", got \(argument.type)",
                    at: argument.start)
            }
        }
        if name == PromQLFunction.info.name, count > 1 {
            let labels = arguments[1]
            if case .vectorSelector(let selector) = labels.expression, !labels.isParenthesized {
                if selector.name != nil {
                    recordError("expected label selectors only, got vector selector instead", at: labels.start)
                }
            } else {
                recordError("expected label selectors only", at: labels.start)
            }
        }
    }

    /// `(argument, ...)` of a call or an aggregation; no trailing comma.
    private mutating func parseArguments(forInfo: Bool = false) throws(PromQLSyntaxError) -> [Parsed] {
        try expect(.leftParen, "\"(\"")
        var arguments: [Parsed] = []
        if current.kind == .rightParen {
            advance()
            return arguments
        }
        while true {
            allowsUnrestrictedSelector = forInfo && arguments.count == 1
            arguments.append(try parseExpression(minimumPrecedence: 1))
            switch current.kind {
            case .comma:
                let comma = current
                advance()
                if current.kind == .rightParen {
                    throw error("trailing commas not allowed in function call args", at: comma.start)
                }
            case .rightParen:
                advance()
                return arguments
            default:
                throw unexpected(expected: "\",\" or \")\"")
            }
        }
    }

    /// `op by (labels) (parameter, expression)` or `op (parameter, expression) by (labels)`.
    private mutating func parseAggregation(_ op: PromQLAggregation.Operator) throws(PromQLSyntaxError) -> Parsed {
        let start = current.start
        advance()
        var grouping = try parseGrouping()
        let arguments = try parseArguments()
        if grouping == nil { grouping = try parseGrouping() }
        if case .by(let labels) = grouping, labels.isEmpty { grouping = nil }
        guard let operand = arguments.last else {
            recordError("no arguments for aggregate expression provided", at: start)
            return Parsed(expression: .number(0), type: .instantVector, start: start)
        }
        let expectedCount = op.parameterType == nil ? 1 : 2
        if arguments.count != expectedCount {
            recordError(
                "wrong number of arguments for aggregate expression provided, expected \(expectedCount), got \(arguments.count)",
                at: start)
        }
        if operand.type != .instantVector {
            recordError(
                "expected type instant vector in aggregation expression, got \(operand.type)", at: operand.start)
        }
        var parameter: PromQLExpression?
        if let parameterType = op.parameterType, arguments.count > 1 {
            parameter = arguments[0].expression
            if arguments[0].type != parameterType {
                recordError(
                    "expected type \(parameterType) in aggregation parameter, got \(arguments[0].type)",
                    at: arguments[0].start)
            }
        }
        let aggregation = PromQLAggregation(op, operand.expression, parameter: parameter, grouping: grouping)
        return Parsed(
            expression: .aggregation(aggregation), type: .instantVector, start: start,
            height: (arguments.map(\.height).max() ?? 0) + 1)
    }

    private mutating func parseGrouping() throws(PromQLSyntaxError) -> PromQLAggregation.Grouping? {
        guard case .keyword(let keyword) = current.kind, keyword == .by || keyword == .without else { return nil }
        advance()
        let labels = try parseLabelList()
        return keyword == .by ? .by(labels) : .without(labels)
    }

    /// `(label, ...)` after `by`, `without`, `on`, `ignoring` and the group modifiers. Keywords are label
    /// names here, and Prometheus 3 allows quoted names.
    private mutating func parseLabelList() throws(PromQLSyntaxError) -> [String] {
        try expect(.leftParen, "\"(\"")
        var labels: [String] = []
        while current.kind != .rightParen {
            switch current.kind {
            case .identifier, .keyword:
                labels.append(text(current))
            case .string:
                let label = try stringValue(current)
                if label.isEmpty { recordError("invalid label name for grouping: \"\"", at: current.start) }
                labels.append(label)
            default:
                throw unexpected(expected: "a label name")
            }
            advance()
            if current.kind == .comma {
                advance()
            } else if current.kind != .rightParen {
                throw unexpected(expected: "\",\" or \")\"")
            }
        }
        advance()
        return labels
    }

    // MARK: - Ranges, subqueries, offset and @

    private mutating func parsePostfix(_ operand: Parsed) throws(PromQLSyntaxError) -> Parsed {
        var result = operand
        while true {
            switch current.kind {
            case .leftBracket: result = try parseRangeOrSubquery(of: result)
            case .keyword(.offset): result = try parseOffset(of: result)
            case .at: result = try parseAt(of: result)
            default: return result
            }
        }
    }

    private mutating func parseRangeOrSubquery(of operand: Parsed) throws(PromQLSyntaxError) -> Parsed {
        let bracket = current
        advance()
        let range = try parseBracketDuration(expected: "a number or duration")
        switch current.kind {
        case .rightBracket:
            advance()
            guard !operand.isParenthesized, case .vectorSelector(let selector) = operand.expression else {
                recordError("ranges only allowed for vector selectors", at: bracket.start)
                return operand
            }
            if selector.offset != nil {
                recordError("no offset modifiers allowed before range", at: bracket.start)
            } else if selector.at != nil {
                recordError("no @ modifiers allowed before range", at: bracket.start)
            }
            let matrix = PromQLMatrixSelector(selector, range: range)
            return Parsed(expression: .matrixSelector(matrix), type: .rangeVector, start: operand.start, height: 2)
        case .colon:
            advance()
            let step =
                try current.kind == .rightBracket
                ? nil : parseBracketDuration(expected: "a number, a duration or \"]\"")
            try expect(.rightBracket, "\"]\"")
            if operand.type != .instantVector {
                recordError(
                    "subquery is only allowed on instant vector, got \(operand.type) instead", at: operand.start)
            }
            let subquery = PromQLSubquery(operand.expression, range: range, step: step)
            return Parsed(
                expression: .subquery(subquery), type: .rangeVector, start: operand.start, height: operand.height + 1)
        default:
            throw unexpected(expected: "\":\" or \"]\"")
        }
    }

    /// A positive duration inside brackets: a duration literal or a number of seconds.
    private mutating func parseBracketDuration(expected: String) throws(PromQLSyntaxError) -> Duration {
        let token = current
        let duration = try durationOrSeconds(expected: expected)
        if duration.milliseconds <= 0 { recordError("duration must be greater than 0", at: token.start) }
        return duration
    }

    /// A duration literal or a number of seconds, consumed.
    private mutating func durationOrSeconds(expected: String) throws(PromQLSyntaxError) -> Duration {
        let token = current
        let duration: Duration
        switch token.kind {
        case .duration: duration = try durationValue(token)
        case .number: duration = try secondsValue(token)
        default: throw unexpected(expected: expected)
        }
        advance()
        return duration
    }

    private mutating func parseOffset(of operand: Parsed) throws(PromQLSyntaxError) -> Parsed {
        let keyword = current
        advance()
        let isNegative = current.kind == .minus
        if isNegative { advance() }
        let durationToken = current
        var offset = try durationOrSeconds(expected: "a number or duration")
        if offset.milliseconds == 0 { recordError("duration must be greater than 0", at: durationToken.start) }
        if isNegative { offset = Duration(milliseconds: -offset.milliseconds) }
        guard let (expression, wasSet) = Self.setting(offset, on: operand, selector: \.offset, subquery: \.offset)
        else {
            recordError(
                "offset modifier must be preceded by an instant vector selector or range vector selector or a subquery",
                at: keyword.start)
            return operand
        }
        if wasSet { recordError("offset may not be set multiple times", at: keyword.start) }
        return Parsed(expression: expression, type: operand.type, start: operand.start, height: operand.height)
    }

    private mutating func parseAt(of operand: Parsed) throws(PromQLSyntaxError) -> Parsed {
        let at = current
        advance()
        let modifier: PromQLAtModifier
        if current.kind == .keyword(.start) || current.kind == .keyword(.end) {
            modifier = current.kind == .keyword(.start) ? .start : .end
            advance()
            try expect(.leftParen, "\"(\"")
            try expect(.rightParen, "\")\"")
        } else {
            let isNegative = current.kind == .minus
            if isNegative || current.kind == .plus { advance() }
            let token = current
            let seconds: Double
            switch token.kind {
            case .number: seconds = try numberValue(token)
            case .duration: seconds = try durationValue(token).seconds
            default: throw unexpected(expected: "a timestamp, start() or end()")
            }
            advance()
            let milliseconds = ((isNegative ? -seconds : seconds) * 1000).rounded()
            if let exact = Int64(exactly: milliseconds) {
                modifier = .timestamp(milliseconds: exact)
            } else {
                recordError("timestamp out of bounds for @ modifier", at: token.start)
                modifier = .timestamp(milliseconds: 0)
            }
        }
        guard let (expression, wasSet) = Self.setting(modifier, on: operand, selector: \.at, subquery: \.at) else {
            recordError(
                "@ modifier must be preceded by an instant vector selector or range vector selector or a subquery",
                at: at.start)
            return operand
        }
        if wasSet { recordError("@ <timestamp> may not be set multiple times", at: at.start) }
        return Parsed(expression: expression, type: operand.type, start: operand.start, height: operand.height)
    }

    /// The operand with a modifier (`offset`, `@`) set, and whether it had one already; `nil` when the operand
    /// is not a selector or subquery written without parentheses, the only places modifiers go.
    private static func setting<Value>(
        _ value: Value, on operand: Parsed, selector: WritableKeyPath<PromQLVectorSelector, Value?>,
        subquery: WritableKeyPath<PromQLSubquery, Value?>
    ) -> (PromQLExpression, wasSet: Bool)? {
        switch operand.isParenthesized ? nil : operand.expression {
        case .vectorSelector(var vector):
            let wasSet = vector[keyPath: selector] != nil
            vector[keyPath: selector] = value
            return (.vectorSelector(vector), wasSet)
        case .matrixSelector(var matrix):
            let wasSet = matrix.selector[keyPath: selector] != nil
            matrix.selector[keyPath: selector] = value
            return (.matrixSelector(matrix), wasSet)
        case .subquery(var query):
            let wasSet = query[keyPath: subquery] != nil
            query[keyPath: subquery] = value
            return (.subquery(query), wasSet)
        default:
            return nil
        }
    }

    // MARK: - Tokens and errors

    private var current: PromQLToken { tokens[position] }

    private func peekKind() -> PromQLToken.Kind {
        tokens[min(position + 1, tokens.count - 1)].kind
    }

    private mutating func advance() {
        if position < tokens.count - 1 { position += 1 }
    }

    private mutating func expect(_ kind: PromQLToken.Kind, _ expected: String) throws(PromQLSyntaxError) {
        guard current.kind == kind else { throw unexpected(expected: expected) }
        advance()
    }

    /// The source text of a token.
    func text(_ token: PromQLToken) -> String {
        String(decoding: source[token.start..<token.end], as: UTF8.self)
    }

    func error(_ message: String, at offset: Int) -> PromQLSyntaxError {
        PromQLSyntaxError(message, at: offset, in: source)
    }

    private mutating func recordError(_ message: String, at offset: Int) {
        if firstSemanticError == nil { firstSemanticError = error(message, at: offset) }
    }

    /// An error about the current token, or the lexer's error if the current token is unreadable text.
    private func unexpected(expected: String) -> PromQLSyntaxError {
        let token = current
        if token.kind == .invalid, let lexerFailure { return lexerFailure }
        let found: String
        switch token.kind {
        case .endOfInput: found = "end of input"
        case .number: found = "number \"\(text(token))\""
        case .duration: found = "duration \"\(text(token))\""
        case .string:
            found = "string " + (token.end - token.start > 40 ? String(text(token).prefix(37)) + "..." : text(token))
        case .identifier, .metricIdentifier: found = "identifier \"\(text(token))\""
        case .keyword: found = "keyword \"\(text(token))\""
        default: found = "\"\(text(token))\""
        }
        return PromQLSyntaxError("unexpected " + found, expected: expected, at: token.start, in: source)
    }
}
