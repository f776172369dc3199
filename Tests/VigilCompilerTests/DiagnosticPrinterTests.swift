import Testing
import VigilBackends
import VigilCompiler
import VigilDSL
import VigilModel

@Suite("Diagnostic printing")
struct DiagnosticPrinterTests {
    static func location(_ path: String, _ line: Int, _ column: Int) -> VigilDSL.SourceLocation {
        VigilDSL.SourceLocation(fileID: "specs/x.swift", filePath: path, line: line, column: column)
    }

    @Test("compiler-style lines, relative paths, sorted by location, hints indented, then a count")
    func render() {
        let diagnostics: [Diagnostic] = [
            .warning(
                "duplicate-target", "target 'a:1' is listed twice", at: Self.location("/repo/specs/Shop/B.swift", 3, 5)),
            .error(
                "invalid-metrics-path", "metrics path 'm' must start with '/'",
                at: Self.location("/repo/specs/Shop/A.swift", 12, 9),
                hint: "did you mean '/m'?"),
            .error(
                "duplicate-job", "scrape job 'api' is declared twice",
                at: Self.location("/repo/specs/Shop/A.swift", 4, 5)),
        ]
        let text = DiagnosticPrinter(root: "/repo/").render(diagnostics)
        #expect(
            text == """
                specs/Shop/A.swift:4:5: error: scrape job 'api' is declared twice [duplicate-job]
                specs/Shop/A.swift:12:9: error: metrics path 'm' must start with '/' [invalid-metrics-path]
                    hint: did you mean '/m'?
                specs/Shop/B.swift:3:5: warning: target 'a:1' is listed twice [duplicate-target]
                2 errors and 1 warning generated.

                """)
    }

    @Test("paths outside the root stay absolute")
    func outsideRoot() {
        let diagnostic = Diagnostic.error("x", "m", at: Self.location("/elsewhere/S.swift", 1, 1))
        #expect(DiagnosticPrinter(root: "/repo").render([diagnostic]).hasPrefix("/elsewhere/S.swift:1:1: error: m [x]"))
    }

    @Test("nothing to report prints nothing")
    func empty() {
        #expect(DiagnosticPrinter(root: "/").render([]).isEmpty)
    }

    @Test(
        "the count",
        arguments: [
            (1, 0, "1 error generated."), (0, 2, "2 warnings generated."), (3, 1, "3 errors and 1 warning generated."),
        ])
    func summary(errors: Int, warnings: Int, expected: String) {
        let location = Self.location("/a", 1, 1)
        let diagnostics =
            Array(repeating: Diagnostic.error("e", "e", at: location), count: errors)
            + Array(repeating: Diagnostic.warning("w", "w", at: location), count: warnings)
        #expect(DiagnosticPrinter.summary(diagnostics) == expected)
    }
}
