/// Collects the exporters of a ``RemoteHost`` body.
@resultBuilder
public enum RemoteHostBuilder {
    /// An exporter: `NodeExporter()`, `CAdvisor()`.
    public static func buildExpression(_ declaration: some ExporterDeclaration) -> [Exporter] {
        [declaration.exporter]
    }

    /// The exporters of a block, in order.
    public static func buildBlock(_ components: [Exporter]...) -> [Exporter] { components.flatMap(\.self) }

    /// An `if` without `else`.
    public static func buildOptional(_ component: [Exporter]?) -> [Exporter] { component ?? [] }

    /// The first branch of an `if`/`else`.
    public static func buildEither(first component: [Exporter]) -> [Exporter] { component }

    /// The second branch of an `if`/`else`.
    public static func buildEither(second component: [Exporter]) -> [Exporter] { component }
}
