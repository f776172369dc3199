/// Renders the Go templates of alert annotations and labels as Prometheus 3.5 renders them, so that a generated
/// `promtool test rules` test can state the exact text of a firing alert's annotations.
///
/// Prometheus runs Go's text/template with `$labels`, `$value` and functions of its own. The expander renders
/// the subset that alert templates commonly use:
/// - text outside actions, and the trim markers `{{- ` and ` -}}`;
/// - the operands `$labels.name`, `.Labels.name`, `index $labels "name"` (a missing label is empty text),
///   `$value`, `.Value` and string literals (`"..."` or `` `...` ``);
/// - the functions `humanize`, `humanize1024`, `humanizePercentage`, `humanizeDuration` and `humanizeTimestamp`
///   of the value, `toUpper`, `toLower` and `title` of ASCII text, and `printf` with the verbs `%s`, `%v`, `%f`,
///   `%e`, `%g` (the last three with an optional precision, `%.2f`) and `%%`, called with their arguments or at
///   the end of a pipeline (`{{ $value | humanize }}`).
///
/// Everything else (`if`, `range`, variables, `query`, `$externalLabels`, ...) is an ``AlertTemplateError`` that
/// names the action, so that the test's author writes the expected text instead.
package struct AlertTemplateExpander: Sendable {
    /// A value in a pipeline.
    private enum Operand {
        case text(String)
        case number(Double)
        case labels
    }

    /// `$labels`: the labels of the alert's sample, as the alert's query returns them (with `__name__` when the
    /// query keeps it), without the rule's own labels.
    var labels: [String: String]
    /// `$value`: the alert's value at the evaluation time, or `nil` when the test does not state it.
    var value: Double?

    /// Renders `template` as Prometheus renders alert annotations and labels, for the supported subset.
    package static func expand(_ template: String, labels: [String: String], value: Double?)
        -> Result<String, AlertTemplateError>
    {
        expand(AlertTemplateParser.parse(template), labels: labels, value: value)
    }

    /// Renders a template parsed before.
    static func expand(_ parsed: AlertTemplate, labels: [String: String], value: Double?)
        -> Result<String, AlertTemplateError>
    {
        let expander = AlertTemplateExpander(labels: labels, value: value)
        return Result { () throws(AlertTemplateError) in
            if let problem = parsed.problems.first(where: \.rejectsRule) {
                throw .invalid(problem)
            }
            var output = ""
            for node in parsed.nodes {
                switch node {
                case .text(let text): output += text
                case .action(let pipeline, let source): output += try expander.render(pipeline, source)
                case .control(let keyword, let source): throw .unsupported(source, "'\(keyword)' is not supported")
                }
            }
            return output
        }
    }

    /// Runs an action's pipeline and prints its result as Go's `fmt.Sprint` does.
    private func render(_ pipeline: AlertTemplatePipeline, _ source: String) throws(AlertTemplateError) -> String {
        guard pipeline.declarations.isEmpty else { throw .unsupported(source, "variables are not supported") }
        var result = try run(pipeline.commands[0], piped: nil, in: source)
        for command in pipeline.commands.dropFirst() {
            result = try run(command, piped: result, in: source)
        }
        switch result {
        case .text(let text): return text
        case .number(let number): return AlertTemplateFormat.shortest(number)
        case .labels: throw .unsupported(source, "it prints the whole label map")
        }
    }

    /// One command of a pipeline; the previous command's result, if any, is its last argument.
    private func run(_ command: [AlertTemplateOperand], piped: Operand?, in source: String)
        throws(AlertTemplateError) -> Operand
    {
        var arguments: [Operand] = []
        for operand in command.dropFirst() {
            arguments.append(try self.operand(operand, in: source))
        }
        if let piped {
            arguments.append(piped)
        }
        guard case .function(let name) = command[0] else {
            guard arguments.isEmpty else { throw .unsupported(source, "only a function takes arguments") }
            return try operand(command[0], in: source)
        }
        guard let function = AlertTemplateFunction(rawValue: name) else {
            throw .unsupported(source, "'\(name)' is not supported")
        }
        return try call(function, arguments, in: source)
    }

    /// The value of an operand: the alert's labels, one of them, its value, or a string.
    private func operand(_ operand: AlertTemplateOperand, in source: String) throws(AlertTemplateError) -> Operand {
        switch operand {
        case .variable("$labels", []), .dot(["Labels"]): return .labels
        case .variable("$labels", let fields) where fields.count == 1,
            .dot(let fields) where fields.count == 2 && fields[0] == "Labels":
            return .text(labels[fields[fields.count - 1]] ?? "")
        case .variable("$value", []), .dot(["Value"]):
            guard let value else { throw .missingValue }
            return .number(value)
        case .string(let text): return .text(text)
        case .function(let name) where AlertTemplateFunction(rawValue: name) != nil:
            throw .unsupported(source, "\(name) as an argument")
        default: throw .unsupported(source, "'\(operand)' is not supported")
        }
    }

    private func call(_ function: AlertTemplateFunction, _ arguments: [Operand], in source: String)
        throws(AlertTemplateError) -> Operand
    {
        let rendered: String?
        switch (function, arguments.first, arguments.count) {
        case (.printf, .text(let format)?, _):
            return .text(try printf(format, arguments.dropFirst(), in: source))
        case (.index, .labels?, 2):
            guard case .text(let name) = arguments[1] else { throw .unsupported(source, function.usage) }
            return .text(labels[name] ?? "")
        case (.toUpper, .text(let text)?, 1) where text.allSatisfy(\.isASCII): return .text(text.uppercased())
        case (.toLower, .text(let text)?, 1) where text.allSatisfy(\.isASCII): return .text(text.lowercased())
        case (.title, .text(let text)?, 1) where text.allSatisfy(\.isASCII): return .text(Self.title(text))
        case (.humanize, .number(let number)?, 1): rendered = AlertTemplateFormat.humanize(number)
        case (.humanize1024, .number(let number)?, 1): rendered = AlertTemplateFormat.humanize1024(number)
        case (.humanizePercentage, .number(let number)?, 1):
            rendered = AlertTemplateFormat.humanizePercentage(number)
        case (.humanizeDuration, .number(let number)?, 1): rendered = AlertTemplateFormat.humanizeDuration(number)
        case (.humanizeTimestamp, .number(let number)?, 1):
            rendered = AlertTemplateFormat.humanizeTimestamp(number)
        default: throw .unsupported(source, function.usage)
        }
        guard let rendered else {
            throw .unsupported(source, "\(function.rawValue) of this value overflows Go's int64 in Prometheus")
        }
        return .text(rendered)
    }

    /// Go's `fmt.Sprintf` for the verbs `%s` (text), `%v` (text or number), `%f`, `%e` and `%g` (number, with an
    /// optional precision such as `%.2f`) and `%%`. Other verbs, flags, widths and a count of arguments that does
    /// not match the verbs are errors, rather than the `%!` markers Go prints.
    private func printf(_ format: String, _ arguments: ArraySlice<Operand>, in source: String)
        throws(AlertTemplateError) -> String
    {
        var output = String.UnicodeScalarView()
        var rest = format.unicodeScalars[...]
        var arguments = arguments
        while let scalar = rest.popFirst() {
            guard scalar == "%" else {
                output.append(scalar)
                continue
            }
            var precision: Int?
            if rest.first == "." {
                let digits = rest.dropFirst().prefix { ("0"..."9").contains($0) }
                precision = Int(Substring(digits))
                rest = rest.dropFirst(1 + digits.count)
                guard precision != nil else { throw .unsupported(source, "printf precision without digits") }
            }
            guard let verb = rest.popFirst() else { throw .unsupported(source, "printf format ends in '%'") }
            if verb == "%" {
                output.append("%")
                continue
            }
            guard let argument = arguments.popFirst() else {
                throw .unsupported(source, "printf has fewer arguments than verbs")
            }
            switch (verb, argument, precision) {
            case ("s", .text(let text), nil), ("v", .text(let text), nil): output += text.unicodeScalars
            case ("v", .number(let number), nil): output += AlertTemplateFormat.shortest(number).unicodeScalars
            case ("f", .number(let number), _), ("e", .number(let number), _), ("g", .number(let number), _):
                output +=
                    AlertTemplateFormat.formatted(number, verb: Character(verb), precision: precision)
                    .unicodeScalars
            default: throw .unsupported(source, "printf verb '%\(verb)' with this argument")
            }
        }
        guard arguments.isEmpty else { throw .unsupported(source, "printf has more arguments than verbs") }
        return String(output)
    }

    /// Prometheus 3's `title` of ASCII text (`golang.org/x/text/cases` with `NoLower`, which replaced Go's
    /// `strings.Title`): the first letter of each word is upper-cased and everything else left as it is. Letters,
    /// digits and `_` keep a word going, and so does one `.`, `'` or `:` (two in a row end it); anything else ends
    /// it. A word's first letter may follow digits: `it's a.b_c 1abc k:l-x a..b` becomes
    /// `It's A.b_c 1Abc K:l-X A..B`. (Checked against promtool 3.5 by the tests.)
    private static func title(_ text: String) -> String {
        var output = ""
        var inWord = false
        var afterMid = false
        for character in text {
            if character.isLetter {
                output += inWord ? String(character) : character.uppercased()
                inWord = true
                afterMid = false
                continue
            }
            if character.isNumber || character == "_" {
                afterMid = false
            } else if ".':".contains(character) {
                if afterMid { inWord = false }
                afterMid = true
            } else {
                inWord = false
                afterMid = false
            }
            output.append(character)
        }
        return output
    }
}

/// Why ``AlertTemplateExpander`` cannot render a template.
package struct AlertTemplateError: Error, Equatable, Sendable {
    /// What is wrong and what to do instead.
    var message: String

    /// The template uses `$value` and the test states no value.
    static let missingValue = AlertTemplateError(
        message: "the template uses $value; state the alert's expected value in the test")

    /// The template does not parse, or names a variable or function Prometheus does not define.
    static func invalid(_ problem: AlertTemplateProblem) -> AlertTemplateError {
        AlertTemplateError(message: "the template is invalid (\(TemplateCheck.problem(problem).message))")
    }

    /// The action `construct` is outside the supported subset; `detail` says why.
    static func unsupported(_ construct: String, _ detail: String) -> AlertTemplateError {
        AlertTemplateError(
            message:
                "unsupported template construct '\(construct)' (\(detail)): write the expected annotation in the test")
    }
}
