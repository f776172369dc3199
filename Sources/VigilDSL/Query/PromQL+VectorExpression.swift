/// Text PromQL is a fragment of built queries: it carries no label keys the builder knows of.
extension PromQL: VectorExpression {
    public typealias Labels = NoLabels
}
