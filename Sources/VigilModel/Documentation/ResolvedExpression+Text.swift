extension ResolvedExpression {
    /// The query as PromQL text: as written for `PromQL("...")`, printed for a built query, empty when neither.
    package var text: String {
        rawText ?? tree.map(\.description) ?? ""
    }
}
