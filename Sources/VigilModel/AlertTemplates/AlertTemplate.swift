/// An alert annotation or label template, parsed by ``AlertTemplateParser``.
struct AlertTemplate: Sendable {
    /// The statements of the main text, up to the first syntax error.
    var nodes: [AlertTemplateNode]
    /// What is wrong with it, in the order found.
    var problems: [AlertTemplateProblem]
    /// The labels of the alert's series that the template reads, in order, as often as it reads them:
    /// `$labels.x`, `.Labels.x` where `.` is the alert's data, `$.Labels.x`, and `index $labels "x"`.
    var labelReferences: [String]
}

extension AlertTemplate {
    /// Whether `text` holds an action, `{{`, rather than being its own text, as most label values and many
    /// annotations are. A scan of its bytes: `text.contains("{{")` is Foundation's search, whose bridging cost
    /// more than parsing a template without actions (2 ms of CPU per run of the example stacks).
    static func hasAction(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "{"), previous == byte { return true }
            previous = byte
        }
        return false
    }
}
