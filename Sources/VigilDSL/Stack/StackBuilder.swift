/// Collects the statements of a ``Stack`` body: services, the Alertmanager, dashboards, components (Grafana,
/// Loki, tracing, exporters), the README's corrections and notes, and the conditionals and loops around them.
@resultBuilder
public enum StackBuilder {
    /// A service statement.
    public static func buildExpression(_ service: Service) -> [StackElement] { [.service(service)] }

    /// A list of services, e.g. built by a helper function.
    public static func buildExpression(_ services: [Service]) -> [StackElement] { services.map(StackElement.service) }

    /// The stack's Alertmanager.
    public static func buildExpression(_ alertmanager: Alertmanager) -> [StackElement] { [.alertmanager(alertmanager)] }

    /// A dashboard.
    public static func buildExpression(_ dashboard: Dashboard) -> [StackElement] { [.dashboard(dashboard)] }

    /// A correction of the source document, for the README.
    public static func buildExpression(_ correction: Correction) -> [StackElement] { [.correction(correction)] }

    /// A list of corrections, e.g. declared together in a stack's `Corrections.swift`.
    public static func buildExpression(_ corrections: [Correction]) -> [StackElement] {
        corrections.map(StackElement.correction)
    }

    /// A note for the README.
    public static func buildExpression(_ note: Note) -> [StackElement] { [.note(note)] }

    /// A list of notes.
    public static func buildExpression(_ notes: [Note]) -> [StackElement] { notes.map(StackElement.note) }

    /// The stack's Grafana.
    public static func buildExpression(_ grafana: Grafana) -> [StackElement] { [.grafana(grafana)] }

    /// The stack's Loki and Alloy.
    public static func buildExpression(_ loki: Loki) -> [StackElement] { [.loki(loki)] }

    /// The stack's tracing backend.
    public static func buildExpression(_ tracing: Tracing) -> [StackElement] { [.tracing(tracing)] }

    /// The stack's VictoriaMetrics, its long-term store.
    public static func buildExpression(_ store: VictoriaMetrics) -> [StackElement] { [.victoriaMetrics(store)] }

    /// An exporter: `NodeExporter()`, `PostgresExporter(...)`, ...
    public static func buildExpression(_ declaration: some ExporterDeclaration) -> [StackElement] {
        [.exporter(declaration.exporter)]
    }

    /// A remote host and its exporters.
    public static func buildExpression(_ host: RemoteHost) -> [StackElement] { [.remoteHost(host)] }

    /// The statements of a block, in order.
    public static func buildBlock(_ components: [StackElement]...) -> [StackElement] { components.flatMap(\.self) }

    /// An `if` without `else`.
    public static func buildOptional(_ component: [StackElement]?) -> [StackElement] { component ?? [] }

    /// The first branch of an `if`/`else` or `switch`.
    public static func buildEither(first component: [StackElement]) -> [StackElement] { component }

    /// The second branch of an `if`/`else` or `switch`.
    public static func buildEither(second component: [StackElement]) -> [StackElement] { component }

    /// A `for` loop.
    public static func buildArray(_ components: [[StackElement]]) -> [StackElement] { components.flatMap(\.self) }
}
