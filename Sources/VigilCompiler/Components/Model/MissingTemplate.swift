import VigilCore

/// A template a component renders that the `templates/` library does not hold.
public struct MissingTemplate: Hashable, Sendable {
    /// The template's path below `templates/`.
    public var path: String
    /// The component's declaration.
    public var location: SourceLocation
}
