extension TemplateLibrary {
    /// The names the files define with `{{ define "name" }}` (Go templates, as Alertmanager reads them).
    var definedTemplateNames: Set<String> {
        let define = #/\{\{-?\s*define\s+"([^"]+)"/#
        return Set(files.values.flatMap { text in text.matches(of: define).map { String($0.output.1) } })
    }
}
