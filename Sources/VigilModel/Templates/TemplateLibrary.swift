/// The text assets of the package's `templates/` folder (Alertmanager notification templates, and later
/// Alloy, Loki and tracing configurations), as values: the command line reads the folder, the compiler
/// copies and checks what a stack needs, so compiling stays free of file access.
public struct TemplateLibrary: Hashable, Sendable {
    /// Each file's text by its path relative to the library's folder, with `/` separators.
    public var files: [String: String]

    /// A library of these files; empty by default.
    public init(files: [String: String] = [:]) {
        self.files = files
    }

    /// The paths, sorted.
    public var paths: [String] { files.keys.sorted() }

    /// The files below `folder` whose names end in `suffix`, with paths relative to `folder`.
    public func files(in folder: String, endingIn suffix: String) -> TemplateLibrary {
        let prefix = folder + "/"
        return TemplateLibrary(
            files: Dictionary(
                uniqueKeysWithValues: files.filter { $0.key.hasPrefix(prefix) && $0.key.hasSuffix(suffix) }.map {
                    (String($0.key.dropFirst(prefix.count)), $0.value)
                }))
    }
}
