/// Collects the statements of a ``Service`` body: the metrics it exports, and the conditionals and loops
/// around them.
@resultBuilder
public enum ServiceBuilder {
    /// A metric statement: the service exports this metric.
    public static func buildExpression<Kind, Labels>(_ metric: Metric<Kind, Labels>) -> [ServiceElement] {
        [.metric(metric.declaration)]
    }

    /// The statements of a block, in order.
    public static func buildBlock(_ components: [ServiceElement]...) -> [ServiceElement] { components.flatMap(\.self) }

    /// An `if` without `else`.
    public static func buildOptional(_ component: [ServiceElement]?) -> [ServiceElement] { component ?? [] }

    /// The first branch of an `if`/`else` or `switch`.
    public static func buildEither(first component: [ServiceElement]) -> [ServiceElement] { component }

    /// The second branch of an `if`/`else` or `switch`.
    public static func buildEither(second component: [ServiceElement]) -> [ServiceElement] { component }

    /// A `for` loop.
    public static func buildArray(_ components: [[ServiceElement]]) -> [ServiceElement] { components.flatMap(\.self) }
}
