extension DiagnosticCatalogue {
    /// The package's `docs/diagnostics.md`: every kind under a heading of its id, with its severity, its
    /// explanation and its example. `specs explain --all` prints it, and a test fails when the committed file
    /// differs.
    public static var markdown: String {
        var text = """
            # Diagnostics

            <!-- Generated from Sources/VigilModel/Diagnostics/DiagnosticCatalogue.swift by `specs explain --all`: \
            edit the catalogue, then run `swift run specs explain --all > docs/diagnostics.md`. -->

            `make generate` reports every problem it finds in the specs as a diagnostic, \
            `file:line:column: severity: message [id]`, all at once. An error stops generation: nothing is written. \
            A warning does not: the spec most likely says something it does not mean. Each id below names the rule \
            broken, with a spec line that breaks it; `swift run specs explain <id>` prints one entry.

            """
        for kind in kinds {
            text += """

                ## `\(kind.id)`

                **\(kind.severityText)**: \(kind.explanation)

                ```swift
                \(kind.example)
                ```

                """
        }
        return text
    }
}
