/// Parses alert annotation and label templates with the grammar of Go's `text/template`, as Prometheus 3.5 parses
/// them: actions and pipelines (`|`, parenthesised pipelines, string, raw string, number, character, `true`,
/// `false` and `nil` constants, `.` with its fields, `$` variables declared with `:=` or assigned with `=`), the
/// control structures `if`, `else`, `else if`, `range` (with `break` and `continue`), `with` and `else with`, up
/// to their `end`, `define`, `template` and `block`, comments and trim markers.
///
/// Prometheus puts `{{$labels := .Labels}}{{$externalLabels := .ExternalLabels}}{{$externalURL := .ExternalURL}}
/// {{$value := .Value}}` before every template, so these variables are in scope in its main text (not in the
/// bodies of `define` and `block`, which start again with `$` alone). A variable is in scope from its declaration
/// to the `end` of the control structure around it. Function names must be ``AlertTemplateFunctions``.
///
/// Like Go, the parser stops at the first syntax error; unlike Go, it goes on after an undefined variable or
/// function, so that all of them are reported at once.
struct AlertTemplateParser {
    /// A variable in scope, and what it holds when the parser knows.
    private struct Variable {
        enum Meaning { case alertData, alertLabels }
        var name: String
        var meaning: Meaning?
    }

    /// What ends a list of statements.
    private enum ListEnd {
        case end
        /// `{{ else }}`, or `{{ else if` / `{{ else with` (the keyword not read yet).
        case elseBranch(chained: AlertTemplateKeyword?)
    }

    /// What one step of a list is.
    private enum ListItem {
        case node(AlertTemplateNode)
        case comment
        case end(ListEnd)
    }

    /// A syntax error: Go's message, where it is, and what to do.
    private struct SyntaxError: Error {
        var message: String
        var offset: Int
        var hint: String?
    }

    private static let predefined = [
        Variable(name: "$", meaning: .alertData), Variable(name: "$labels", meaning: .alertLabels),
        Variable(name: "$externalLabels"), Variable(name: "$externalURL"), Variable(name: "$value"),
    ]

    private let scalars: [Unicode.Scalar]
    private let tokens: [AlertTemplateToken]
    private var index = 0
    private var scope = predefined
    private var rangeDepth = 0
    /// Whether `.` is the alert's data (`.Labels`, `.Value`): in the main text, outside `range` and `with`.
    private var dotIsAlertData = true
    /// The opening actions of the control structures being parsed, for "unexpected EOF".
    private var open: [String] = []
    private var nodes: [AlertTemplateNode] = []
    private var problems: [AlertTemplateProblem] = []
    private var labelReferences: [String] = []
    /// The templates defined so far, and whether each has content (an empty one may be defined again).
    private var definitions: [String: Bool] = [:]
    private var invoked: [String] = []

    private init(_ template: String) {
        scalars = Array(template.unicodeScalars)
        tokens = AlertTemplateLexer.tokens(of: template)
    }

    /// Parses `template`.
    static func parse(_ template: String) -> AlertTemplate {
        // Most label values and many annotations have no action: they are their own text.
        guard AlertTemplate.hasAction(template) else {
            return AlertTemplate(nodes: template.isEmpty ? [] : [.text(template)], problems: [], labelReferences: [])
        }
        var parser = AlertTemplateParser(template)
        do throws(SyntaxError) {
            try parser.parseMain()
            for name in parser.invoked where parser.definitions[name] == nil {
                parser.problems.append(.undefinedTemplate(name))
            }
        } catch {
            parser.problems.append(
                .syntax(error.message, action: parser.action(around: error.offset), hint: error.hint))
        }
        return AlertTemplate(nodes: parser.nodes, problems: parser.problems, labelReferences: parser.labelReferences)
    }

    // MARK: Tokens

    private var peek: AlertTemplateToken {
        tokens[index]
    }

    /// The next token; a lexer error is thrown.
    private mutating func next() throws(SyntaxError) -> AlertTemplateToken {
        let token = tokens[index]
        if token.kind == .error {
            throw SyntaxError(message: token.text, offset: token.offset, hint: hint(forLexerError: token.text))
        }
        if token.kind != .endOfTemplate {
            index += 1
        }
        return token
    }

    private mutating func skipSpaces() {
        while tokens[index].kind == .space {
            index += 1
        }
    }

    private mutating func nextNonSpace() throws(SyntaxError) -> AlertTemplateToken {
        skipSpaces()
        return try next()
    }

    private mutating func peekNonSpace() -> AlertTemplateToken {
        skipSpaces()
        return peek
    }

    private mutating func expect(_ kind: AlertTemplateToken.Kind, in context: String) throws(SyntaxError) {
        let token = try nextNonSpace()
        guard token.kind == kind else { throw unexpected(token, in: context) }
    }

    private func unexpected(_ token: AlertTemplateToken, in context: String) -> SyntaxError {
        SyntaxError(message: "unexpected \(token.quoted) in \(context)", offset: token.offset)
    }

    /// The template text from `opening` to the end of the last token read.
    private func source(from opening: AlertTemplateToken) -> String {
        let last = tokens[index - 1]
        return String(
            String.UnicodeScalarView(scalars[opening.offset..<(last.offset + last.text.unicodeScalars.count)]))
    }

    /// The action around `offset`, as written, for errors: from the last `{{` at or before it to the first `}}`
    /// after it, or the end of the template.
    private func action(around offset: Int) -> String {
        let opening = "{{".unicodeScalars
        var start = min(offset, scalars.count)
        while start > 0 && !scalars[start...].starts(with: opening) {
            start -= 1
        }
        var end = max(start + 2, offset)
        while end < scalars.count && !scalars[end...].starts(with: "}}".unicodeScalars) {
            end += 1
        }
        return String(String.UnicodeScalarView(scalars[start..<min(end + 2, scalars.count)]))
    }

    // MARK: Scope

    private func lookUp(_ name: String) -> Variable? {
        scope.last { $0.name == name }
    }

    private mutating func declare(_ name: String) {
        scope.append(Variable(name: name))
    }

    /// The fields read from the alert's labels, when `operand` reads them: `$labels.x`, `$.Labels.x` or `.Labels.x`
    /// where `.` is the alert's data give `["x"]`; `$labels` gives `[]`.
    private func alertLabelFields(_ operand: AlertTemplateOperand) -> [String]? {
        switch operand {
        case .variable(let name, let fields):
            switch lookUp(name)?.meaning {
            case .alertLabels: return fields
            case .alertData where fields.first == "Labels": return Array(fields.dropFirst())
            default: return nil
            }
        case .dot(let fields) where dotIsAlertData && fields.first == "Labels": return Array(fields.dropFirst())
        default: return nil
        }
    }

    // MARK: Statements

    private mutating func parseMain() throws(SyntaxError) {
        while peek.kind != .endOfTemplate {
            if peek.kind == .leftDelimiter {
                let delimiter = index
                index += 1
                if peekNonSpace().kind == .keyword(.define) {
                    index += 1
                    try parseDefinition()
                    continue
                }
                index = delimiter
            }
            switch try textOrAction() {
            case .node(let node): nodes.append(node)
            case .comment: break
            case .end(.end):
                throw SyntaxError(
                    message: "unexpected {{end}}", offset: tokens[index - 1].offset,
                    hint: "remove it, or open what it closes ({{ if }}, {{ range }}, {{ with }}) before it")
            case .end(.elseBranch):
                throw SyntaxError(
                    message: "unexpected {{else}}", offset: tokens[index - 1].offset,
                    hint: "{{ else }} belongs inside {{ if }}, {{ range }} or {{ with }}, before its {{ end }}")
            }
        }
    }

    /// Statements up to `{{ end }}` or `{{ else }}`.
    private mutating func itemList() throws(SyntaxError) -> (nodes: [AlertTemplateNode], end: ListEnd) {
        var nodes: [AlertTemplateNode] = []
        while peekNonSpace().kind != .endOfTemplate {
            switch try textOrAction() {
            case .node(let node): nodes.append(node)
            case .comment: break
            case .end(let end): return (nodes, end)
            }
        }
        throw SyntaxError(
            message: "unexpected EOF", offset: scalars.count,
            hint: open.last.map { "\($0) has no {{ end }}" } ?? "close the control structure with {{ end }}")
    }

    private mutating func textOrAction() throws(SyntaxError) -> ListItem {
        let token = try nextNonSpace()
        switch token.kind {
        case .text: return .node(.text(token.text))
        case .comment: return .comment
        case .leftDelimiter: return try action(opening: token)
        default: throw unexpected(token, in: "input")
        }
    }

    private mutating func action(opening: AlertTemplateToken) throws(SyntaxError) -> ListItem {
        let token = try nextNonSpace()
        switch token.kind {
        case .keyword(.block): return .node(try block(opening: opening))
        case .keyword(let keyword) where keyword == .break || keyword == .continue:
            let next = try nextNonSpace()
            guard next.kind == .rightDelimiter else { throw unexpected(next, in: "{{\(keyword)}}") }
            guard rangeDepth > 0 else {
                throw SyntaxError(
                    message: "{{\(keyword)}} outside {{range}}", offset: token.offset,
                    hint: "\(keyword) is for the body of a {{ range }}")
            }
            return .node(.control(keyword, source: source(from: opening)))
        case .keyword(.else):
            let next = peekNonSpace()
            if next.kind == .keyword(.if) || next.kind == .keyword(.with), case .keyword(let chained) = next.kind {
                return .end(.elseBranch(chained: chained))
            }
            try expect(.rightDelimiter, in: "else")
            return .end(.elseBranch(chained: nil))
        case .keyword(.end):
            try expect(.rightDelimiter, in: "end")
            return .end(.end)
        case .keyword(let keyword) where keyword == .if || keyword == .range || keyword == .with:
            return .node(try control(keyword, opening: opening))
        case .keyword(.template): return .node(try templateCall(opening: opening))
        default:
            index -= 1
            let pipeline = try parsePipeline("command", end: .rightDelimiter)
            return .node(.action(pipeline, source: source(from: opening)))
        }
    }

    /// `if`, `range` or `with`, after the keyword: the pipeline, the body, an `else` (or `else if` / `else with`,
    /// which continue the same structure) and `end`. Variables declared inside go out of scope at the end.
    private mutating func control(_ keyword: AlertTemplateKeyword, opening: AlertTemplateToken) throws(SyntaxError)
        -> AlertTemplateNode
    {
        let outerScope = scope.count
        defer { scope.removeSubrange(outerScope...) }
        _ = try parsePipeline(keyword.rawValue, end: .rightDelimiter)
        let source = source(from: opening)
        open.append("'\(source)'")
        defer { open.removeLast() }
        let outerDot = dotIsAlertData
        // `range` and `with` set `.` to the pipeline's value in their body, so `.Labels` there is not the alert's.
        dotIsAlertData = dotIsAlertData && keyword == .if
        rangeDepth += keyword == .range ? 1 : 0
        var (_, end) = try itemList()
        rangeDepth -= keyword == .range ? 1 : 0
        dotIsAlertData = outerDot
        if case .elseBranch(let chained) = end {
            if let chained, chained == keyword {
                let chainedOpening = try next()
                _ = try control(keyword, opening: chainedOpening)
                return .control(keyword, source: source)
            }
            (_, end) = try itemList()
            guard case .end = end else {
                throw SyntaxError(
                    message: "expected end; found {{else}}", offset: tokens[index - 1].offset,
                    hint: "one {{ else }} at most; chain conditions with {{ else if ... }}")
            }
        }
        return .control(keyword, source: source)
    }

    /// `{{ template "name" pipeline }}`, after the keyword.
    private mutating func templateCall(opening: AlertTemplateToken) throws(SyntaxError) -> AlertTemplateNode {
        let name = try templateName(in: "template clause")
        if try nextNonSpace().kind != .rightDelimiter {
            index -= 1
            _ = try parsePipeline("template clause", end: .rightDelimiter)
        }
        invoked.append(name)
        return .control(.template, source: source(from: opening))
    }

    /// `{{ block "name" pipeline }}...{{ end }}`, after the keyword: a definition, invoked where it stands.
    private mutating func block(opening: AlertTemplateToken) throws(SyntaxError) -> AlertTemplateNode {
        let name = try templateName(in: "block clause")
        _ = try parsePipeline("block clause", end: .rightDelimiter)
        let source = source(from: opening)
        try define(name, body: try templateBody(in: "block clause", opening: source))
        return .control(.block, source: source)
    }

    /// `{{ define "name" }}...{{ end }}`, after the keyword; only in the main text, outside any structure.
    private mutating func parseDefinition() throws(SyntaxError) {
        let name = try templateName(in: "define clause")
        try expect(.rightDelimiter, in: "define clause")
        try define(name, body: try templateBody(in: "define clause", opening: "{{ define \"\(name)\" }}"))
    }

    private mutating func templateName(in context: String) throws(SyntaxError) -> String {
        let token = try nextNonSpace()
        guard token.kind == .string || token.kind == .rawString else { throw unexpected(token, in: context) }
        guard let name = AlertTemplateLiteral.unquote(token) else {
            throw SyntaxError(message: "invalid syntax", offset: token.offset, hint: Self.escapeHint)
        }
        return name
    }

    /// The body of a `define` or `block` up to its `end`: a template of its own, where `$` is the only variable
    /// and `.` is what the caller passes.
    private mutating func templateBody(in context: String, opening: String) throws(SyntaxError) -> [AlertTemplateNode] {
        let outer = (scope, rangeDepth, dotIsAlertData)
        defer { (scope, rangeDepth, dotIsAlertData) = outer }
        (scope, rangeDepth, dotIsAlertData) = ([Variable(name: "$")], 0, false)
        open.append("'\(opening)'")
        defer { open.removeLast() }
        let (body, end) = try itemList()
        guard case .end = end else {
            throw SyntaxError(message: "unexpected {{else}} in \(context)", offset: tokens[index - 1].offset)
        }
        return body
    }

    /// Records a definition; a second one with content is an error, as in Go.
    private mutating func define(_ name: String, body: [AlertTemplateNode]) throws(SyntaxError) {
        let hasContent = body.contains {
            guard case .text(let text) = $0 else { return true }
            return text.contains { !$0.isWhitespace }
        }
        if definitions[name] == true {
            guard !hasContent else {
                throw SyntaxError(
                    message: "template: multiple definition of template \"\(name)\"", offset: tokens[index - 1].offset,
                    hint: "give each definition its own name")
            }
        } else {
            definitions[name] = hasContent
        }
    }

    // MARK: Pipelines

    /// A pipeline up to `end` (`}}`, or `)` for a parenthesised one): declarations, then commands.
    private mutating func parsePipeline(_ context: String, end: AlertTemplateToken.Kind) throws(SyntaxError)
        -> AlertTemplatePipeline
    {
        var declarations: [String] = []
        declaring: while peekNonSpace().kind == .variable {
            let start = index
            let variable = try next()
            let following = peekNonSpace()
            switch following.kind {
            case .assign, .declare:
                index += 1
                if following.kind == .assign && lookUp(variable.text) == nil {
                    problems.append(.undeclaredAssignment(variable.text))
                }
                declarations.append(variable.text)
                declare(variable.text)
            case .punctuation(","):
                index += 1
                declarations.append(variable.text)
                declare(variable.text)
                if context == "range" && declarations.count < 2 {
                    switch peekNonSpace().kind {
                    case .variable, .rightDelimiter, .rightParenthesis: continue declaring
                    default:
                        throw SyntaxError(message: "range can only initialize variables", offset: following.offset)
                    }
                }
                throw SyntaxError(
                    message: "too many declarations in \(context)", offset: following.offset,
                    hint: context == "range" ? "range declares two variables at most, $index, $element :=" : nil)
            default:
                index = start
            }
            break
        }
        var commands: [[AlertTemplateOperand]] = []
        while true {
            let token = try nextNonSpace()
            if token.kind == end {
                try check(commands, in: context, at: token)
                return AlertTemplatePipeline(declarations: declarations, commands: commands)
            }
            switch token.kind {
            case .bool, .characterConstant, .complex, .dot, .field, .identifier, .number, .keyword(.nil), .rawString,
                .string, .variable, .leftParenthesis:
                index -= 1
                commands.append(try command())
            default:
                throw unexpected(token, in: context)
            }
        }
    }

    /// Go's checks of a whole pipeline: it has a command, and no command after the first is a constant or `.`,
    /// which could not take the previous result.
    private func check(_ commands: [[AlertTemplateOperand]], in context: String, at token: AlertTemplateToken)
        throws(SyntaxError)
    {
        guard !commands.isEmpty else {
            throw SyntaxError(
                message: "missing value for \(context)", offset: token.offset,
                hint: context == "command" ? "remove the empty action" : "give \(context) a value to test or use")
        }
        for (stage, command) in commands.enumerated().dropFirst() {
            switch command[0] {
            case .dot([]), .string, .constant:
                throw SyntaxError(
                    message: "non executable command in pipeline stage \(stage + 1)", offset: token.offset,
                    hint: "after '|' comes a function (the previous result is its last argument), not \(command[0])")
            default: break
            }
        }
    }

    /// One command: operands separated by spaces, up to `|`, `}}` or `)`.
    private mutating func command() throws(SyntaxError) -> [AlertTemplateOperand] {
        var operands: [AlertTemplateOperand] = []
        reading: while true {
            if let operand = try operand() {
                operands.append(operand)
            }
            let token = try next()
            switch token.kind {
            case .space: continue reading
            case .rightDelimiter, .rightParenthesis: index -= 1
            case .pipe: break
            default: throw unexpected(token, in: "operand")
            }
            break
        }
        if operands.count >= 3, case .function("index") = operands[0], alertLabelFields(operands[1]) == [],
            case .string(let name) = operands[2]
        {
            labelReferences.append(name)
        }
        return operands
    }

    /// A term and the fields read from it.
    private mutating func operand() throws(SyntaxError) -> AlertTemplateOperand? {
        let start = peekNonSpace()
        guard let term = try term() else { return nil }
        var fields: [String] = []
        while peek.kind == .field {
            fields.append(String(try next().text.dropFirst()))
        }
        let operand: AlertTemplateOperand
        switch (term, fields.isEmpty) {
        case (_, true): operand = term
        case (.dot(let base), false) where start.kind == .field: operand = .dot(base + fields)
        case (.variable(let name, _), false): operand = .variable(name, fields)
        case (.dot, false), (.string, false), (.constant, false):
            throw SyntaxError(
                message: "unexpected . after term \(term == .constant("nil") ? "\"nil\"" : start.quoted)",
                offset: start.offset,
                hint: "only data, variables, function results and parenthesised pipelines have fields")
        default: operand = .chain(term, fields)
        }
        if let label = alertLabelFields(operand)?.first {
            labelReferences.append(label)
        }
        return operand
    }

    /// A constant, `.`, a field, a variable, a function's name or a parenthesised pipeline; `nil` before anything
    /// else.
    private mutating func term() throws(SyntaxError) -> AlertTemplateOperand? {
        let token = try nextNonSpace()
        switch token.kind {
        case .identifier:
            if !AlertTemplateFunctions.all.contains(token.text) {
                problems.append(.unknownFunction(token.text))
            }
            return .function(token.text)
        case .dot: return .dot([])
        case .field: return .dot([String(token.text.dropFirst())])
        case .variable:
            if lookUp(token.text) == nil {
                problems.append(.undefinedVariable(token.text, inScope: scope.map(\.name)))
            }
            return .variable(token.text, [])
        case .bool, .keyword(.nil): return .constant(token.text)
        case .characterConstant, .complex, .number:
            if let message = AlertTemplateLiteral.error(in: token) {
                throw SyntaxError(
                    message: message, offset: token.offset,
                    hint: token.kind == .characterConstant ? "a character constant holds one character" : nil)
            }
            return .constant(token.text)
        case .leftParenthesis: return .pipeline(try parsePipeline("parenthesized pipeline", end: .rightParenthesis))
        case .string, .rawString:
            guard let value = AlertTemplateLiteral.unquote(token) else {
                throw SyntaxError(message: "invalid syntax", offset: token.offset, hint: Self.escapeHint)
            }
            return .string(value)
        default:
            index -= 1
            return nil
        }
    }

    // MARK: Hints

    private static let escapeHint =
        #"a string's escapes are \a \b \f \n \r \t \v \\ \" \NNN (octal) \xHH \uHHHH \UHHHHHHHH; "#
        + "a raw string, `...`, has none"

    private func hint(forLexerError message: String) -> String? {
        switch message {
        case "unclosed action": "close the action with '}}'"
        case "unterminated quoted string": #"close the string with '"' on the same line, or write a raw `string`"#
        case "unterminated raw quoted string": "close the raw string with '`'"
        case "unclosed comment", "comment ends before closing delimiter":
            "a comment fills its action: {{/* ... */}} or {{- /* ... */ -}}"
        case "unclosed left paren": "close each '(' with ')' before '}}'"
        default:
            message.hasPrefix("bad character") || message.hasPrefix("bad number")
                ? "separate words with spaces; trim markers are '{{- ' and ' -}}', with the space" : nil
        }
    }
}
