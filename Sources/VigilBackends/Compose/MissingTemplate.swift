import VigilCore
import VigilModel

/// A template a component renders that the `templates/` library does not hold.
public struct MissingTemplate: Hashable, Sendable {
    /// The template's path below `templates/`.
    public var path: String
    /// The component's declaration.
    public var location: SourceLocation

    /// A value of these fields.
    package init(path: String, location: SourceLocation) {
        self.path = path
        self.location = location
    }

    /// The `missing-template` error at the component.
    var diagnostic: Diagnostic {
        .error(
            "missing-template", "the template 'templates/\(path)' does not exist", at: location,
            hint: "restore it from git: vigil renders the component's configuration from it")
    }
}
