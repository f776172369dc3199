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
