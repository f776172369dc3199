/// Collects the statements of a body whose statements are all of one type (the nested routes of a
/// ``Route``, the periods of a ``Schedule``), with the conditionals and loops around them. Constrained
/// extensions add the statements a body of several kinds accepts (``Alertmanager``).
@resultBuilder
public enum ListBuilder<Element> {
    /// One statement.
    public static func buildExpression(_ element: Element) -> [Element] { [element] }

    /// A list of statements, e.g. built by a helper function.
    public static func buildExpression(_ elements: [Element]) -> [Element] { elements }

    /// The statements of a block, in order.
    public static func buildBlock(_ components: [Element]...) -> [Element] { Array(components.joined()) }

    /// An `if` without `else`.
    public static func buildOptional(_ component: [Element]?) -> [Element] { component ?? [] }

    /// The first branch of an `if`/`else` or `switch`.
    public static func buildEither(first component: [Element]) -> [Element] { component }

    /// The second branch of an `if`/`else` or `switch`.
    public static func buildEither(second component: [Element]) -> [Element] { component }

    /// A `for` loop.
    public static func buildArray(_ components: [[Element]]) -> [Element] { Array(components.joined()) }
}
