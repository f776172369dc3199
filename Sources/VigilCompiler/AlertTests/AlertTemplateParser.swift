/// A piece of a template.
enum AlertTemplateSegment: Equatable, Sendable {
    /// Text outside actions, less the whitespace that a neighbouring trim marker removes.
    case text(String)
    /// An action, `{{ ... }}`.
    case action(AlertTemplateAction)
}

/// One action of a template.
struct AlertTemplateAction: Equatable, Sendable {
    /// The action as written, braces included, for errors.
    var source: String
    /// The pipeline's commands, separated by `|`; never empty, nor is any command. A command is a function with
    /// its arguments, or a single operand.
    var commands: [[AlertTemplateToken]]
}

/// A word of an action.
enum AlertTemplateToken: Equatable, Sendable {
    /// A function's name.
    case function(AlertTemplateFunction)
    /// `$labels` or `.Labels`: the label map, for `index`.
    case labels
    /// `$labels.name` or `.Labels.name`.
    case label(String)
    /// `$value` or `.Value`.
    case value
    /// A string literal.
    case string(String)
}

/// The template functions that ``AlertTemplateExpander`` knows.
enum AlertTemplateFunction: String, Sendable {
    case humanize, humanize1024, humanizePercentage, humanizeDuration, humanizeTimestamp
    case toUpper, toLower, title, index, printf

    /// The calls the expander renders, for errors.
    var usage: String {
        switch self {
        case .humanize, .humanize1024, .humanizePercentage, .humanizeDuration, .humanizeTimestamp:
            "\(rawValue) is supported for $value only"
        case .toUpper, .toLower, .title: "\(rawValue) is supported for one ASCII text only"
        case .index: "index is supported as index $labels \"name\" only"
        case .printf: "printf needs a format string first"
        }
    }
}

/// Splits a template into ``AlertTemplateSegment``s the way Go's text/template lexes it.
struct AlertTemplateParser {
    private let scalars: [Unicode.Scalar]
    private var position = 0

    /// The segments of `template`, or an error that names the first action outside the supported subset.
    static func parse(_ template: String) throws(AlertTemplateError) -> [AlertTemplateSegment] {
        var parser = AlertTemplateParser(scalars: Array(template.unicodeScalars))
        var segments: [AlertTemplateSegment] = []
        var text: [Unicode.Scalar] = []
        while let action = try parser.nextAction(after: &text) {
            segments.append(.text(String(String.UnicodeScalarView(text))))
            segments.append(.action(action))
            text = []
        }
        segments.append(.text(String(String.UnicodeScalarView(text))))
        return segments
    }

    /// Go's template whitespace: space, tab, carriage return and line feed.
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\r" || scalar == "\n"
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_"
    }

    /// Whether the scalars at `position` spell `text`.
    private func isAt(_ text: String) -> Bool {
        scalars[position...].starts(with: text.unicodeScalars)
    }

    /// Whether `{{` starts at the position; the text scan asks at every character, so it does not go through
    /// ``isAt(_:)``.
    private var isAtActionStart: Bool {
        scalars[position] == "{" && position + 1 < scalars.count && scalars[position + 1] == "{"
    }

    /// Moves past whitespace, and says whether there was any.
    @discardableResult
    private mutating func skipSpaces() -> Bool {
        let start = position
        while position < scalars.count && Self.isSpace(scalars[position]) {
            position += 1
        }
        return position > start
    }

    /// Appends the text before the next action to `text` and lexes that action; `nil` at the end of the template.
    /// A left trim marker removes the whitespace at the end of `text`; a right one, the whitespace after the action.
    private mutating func nextAction(after text: inout [Unicode.Scalar]) throws(AlertTemplateError)
        -> AlertTemplateAction?
    {
        let textStart = position
        while position < scalars.count && !isAtActionStart {
            position += 1
        }
        text += scalars[textStart..<position]
        guard position < scalars.count else { return nil }
        let start = position
        position += 2
        if isAt("-") && position + 1 < scalars.count && Self.isSpace(scalars[position + 1]) {
            position += 2
            while let last = text.last, Self.isSpace(last) {
                text.removeLast()
            }
        }
        var commands: [[AlertTemplateToken]] = [[]]
        while true {
            if skipSpaces() && isAt("-}}") {
                position += 3
                let action = try Self.action(source(from: start), commands)
                skipSpaces()
                return action
            }
            if isAt("}}") {
                position += 2
                return try Self.action(source(from: start), commands)
            }
            guard position < scalars.count else {
                throw .unsupported(source(from: start), "the action is never closed with '}}'")
            }
            if scalars[position] == "|" {
                position += 1
                commands.append([])
            } else {
                commands[commands.count - 1].append(try token(in: start))
            }
        }
    }

    private static func action(_ source: String, _ commands: [[AlertTemplateToken]]) throws(AlertTemplateError)
        -> AlertTemplateAction
    {
        guard !commands.contains(where: \.isEmpty) else { throw .unsupported(source, "a command is empty") }
        return AlertTemplateAction(source: source, commands: commands)
    }

    /// The word at `position`, in the action that starts at `start`.
    private mutating func token(in start: Int) throws(AlertTemplateError) -> AlertTemplateToken {
        let first = scalars[position]
        if first == "\"" || first == "`" {
            return .string(try string(in: start))
        }
        let wordStart = position
        if first == "$" || first == "." {
            position += 1
        }
        while position < scalars.count && (Self.isWordScalar(scalars[position]) || scalars[position] == ".") {
            position += 1
        }
        let word = String(String.UnicodeScalarView(scalars[wordStart..<position]))
        // Go's lexer wants a space, a pipe or the action's end after a name (`{{ humanize"x" }}` is invalid).
        guard word.isEmpty || position == scalars.count || Self.isSpace(scalars[position]) || isAt("|") || isAt("}}")
        else {
            throw .unsupported(actionSource(from: start), "'\(word)' is followed by '\(scalars[position])'")
        }
        switch word {
        case "$labels", ".Labels": return .labels
        case "$value", ".Value": return .value
        default: break
        }
        for prefix in ["$labels.", ".Labels."] where word.hasPrefix(prefix) {
            let name = word.dropFirst(prefix.count)
            if !name.isEmpty && !name.contains(".") {
                return .label(String(name))
            }
        }
        if let function = AlertTemplateFunction(rawValue: word) {
            return .function(function)
        }
        let found = word.isEmpty ? String(first) : word
        throw .unsupported(actionSource(from: start), "'\(found)' is not supported")
    }

    /// The escapes of an interpreted string that the parser knows, by the scalar after the backslash.
    private static let escapes: [Unicode.Scalar: Unicode.Scalar] = ["\\": "\\", "\"": "\"", "n": "\n", "t": "\t"]

    /// The string literal at `position`: interpreted (`"..."`, on one line, with ``escapes``) or raw (`` `...` ``).
    private mutating func string(in start: Int) throws(AlertTemplateError) -> String {
        let quote = scalars[position]
        var value = String.UnicodeScalarView()
        position += 1
        while position < scalars.count && scalars[position] != quote {
            if quote == "\"" && scalars[position] == "\n" {
                break
            }
            var scalar = scalars[position]
            position += 1
            if quote == "\"" && scalar == "\\" && position < scalars.count {
                guard let escaped = Self.escapes[scalars[position]] else {
                    throw .unsupported(
                        actionSource(from: start), "the escape '\\\(scalars[position])' is not supported")
                }
                scalar = escaped
                position += 1
            }
            value.append(scalar)
        }
        guard position < scalars.count && scalars[position] == quote else {
            throw .unsupported(actionSource(from: start), "a string is never closed")
        }
        position += 1
        return String(value)
    }

    /// The template text from `start` to `position`.
    private func source(from start: Int) -> String {
        String(String.UnicodeScalarView(scalars[start..<position]))
    }

    /// The action that starts at `start`, up to the first `}}` after it or to the end of the template, for errors
    /// found before its end.
    private func actionSource(from start: Int) -> String {
        var end = start + 2
        while end < scalars.count && !scalars[end...].starts(with: "}}".unicodeScalars) {
            end += 1
        }
        return String(String.UnicodeScalarView(scalars[start..<min(end + 2, scalars.count)]))
    }
}
