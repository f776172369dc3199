import VigilModel

/// Renders the components' configuration files from the template library, collecting the files and the
/// templates the library lacks.
struct ConfigRendering {
    /// The package's `templates/`.
    var templates: TemplateLibrary
    /// The files rendered so far.
    var files: [ResolvedConfigFile] = []
    /// The templates asked for and not found.
    var missing: [MissingTemplate] = []

    /// Renders `template` with `values` into the stack folder at `path`, read by `container`.
    mutating func render(
        _ template: String, to path: String, for container: String, values: [String: String] = [:],
        at location: SourceLocation
    ) {
        guard let text = text(of: template, values: values, at: location) else { return }
        files.append(ResolvedConfigFile(path: path, contents: text, container: container))
    }

    /// The rendered text of `template`, or `nil` (and a missing template) when the library lacks it.
    mutating func text(of template: String, values: [String: String] = [:], at location: SourceLocation) -> String? {
        guard let found = ConfigTemplate(template, in: templates) else {
            missing.append(MissingTemplate(path: template, location: location))
            return nil
        }
        return found.render(values)
    }
}
