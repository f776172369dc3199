/// A statement of a parsed template's main text.
enum AlertTemplateNode: Equatable, Sendable {
    /// Text outside actions, after trimming.
    case text(String)
    /// An action that prints its pipeline, `{{ ... }}`, and the action as written.
    case action(AlertTemplatePipeline, source: String)
    /// Anything else: `if`, `range`, `with` (up to their `end`), `template`, `block`, `break` and `continue`. The
    /// keyword, and the opening action as written.
    case control(AlertTemplateKeyword, source: String)
}

/// A pipeline: variables it declares (`$x :=`), then commands separated by `|`. Each command is a function with its
/// arguments, or a single operand; the previous command's result is its last argument.
struct AlertTemplatePipeline: Equatable, Sendable {
    /// The variables the pipeline declares or assigns, such as `$i` and `$v` in `range $i, $v := ...`.
    var declarations: [String]
    /// The commands, never empty, nor is any command.
    var commands: [[AlertTemplateOperand]]
}

/// An argument of a command.
indirect enum AlertTemplateOperand: Equatable, Sendable, CustomStringConvertible {
    /// A function's name.
    case function(String)
    /// The data, `.`, with the fields read from it: `.Labels.job` is `dot(["Labels", "job"])`.
    case dot([String])
    /// A variable with the fields read from it: `$labels.job` is `variable("$labels", ["job"])`.
    case variable(String, [String])
    /// A string, its escapes resolved.
    case string(String)
    /// A number, character, `true`, `false` or `nil`, as written.
    case constant(String)
    /// A parenthesised pipeline.
    case pipeline(AlertTemplatePipeline)
    /// Fields read from a function's result or a parenthesised pipeline: `(query "up" | first).Labels`.
    case chain(AlertTemplateOperand, [String])

    /// The operand much as it was written, for messages.
    var description: String {
        switch self {
        case .function(let name), .constant(let name): name
        case .dot(let fields): fields.isEmpty ? "." : fields.map { "." + $0 }.joined()
        case .variable(let name, let fields): ([name] + fields).joined(separator: ".")
        case .string(let text): "\"\(text)\""
        case .pipeline: "(...)"
        case .chain(let base, let fields): "\(base)." + fields.joined(separator: ".")
        }
    }
}
