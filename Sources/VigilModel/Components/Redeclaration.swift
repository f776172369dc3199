import VigilCore

/// A component declared again in a stack that runs one of it (a second `Grafana()`, `Loki()` or `Tracing()`).
public struct Redeclaration: Hashable, Sendable {
    /// The component, as the stack's README names it.
    public var component: String
    /// The declaration that counts.
    public var first: SourceLocation
    /// The one that is ignored.
    public var location: SourceLocation

    /// A value of these fields.
    package init(component: String, first: SourceLocation, location: SourceLocation) {
        self.component = component
        self.first = first
        self.location = location
    }
}
