/// A configuration file a component reads, rendered from `templates/` and written into the stack folder.
public struct ResolvedConfigFile: Hashable, Sendable {
    /// The path below the stack folder, e.g. `loki/loki.yml`.
    public var path: String
    /// The text.
    public var contents: String
    /// The container that reads it.
    public var container: String

    /// A value of these fields.
    package init(path: String, contents: String, container: String) {
        self.path = path
        self.contents = contents
        self.container = container
    }
}
