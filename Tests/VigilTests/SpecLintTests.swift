import Foundation
import Testing
import VigilCompiler

@testable import Vigil

@Suite("generate reports the spec files' formatting")
struct SpecLintTests {
    @Test("swift-format's lines become warnings at file:line:column, sorted; other lines are ignored")
    func parsing() {
        let output = """
            specs/Shop/Shop.swift:12:5: error: [Indentation] unindent by 4 spaces
            specs/Shop/Shop+Alerts.swift:3:1: warning: [Spacing] remove 1 space
            specs/Shop/Shop.swift:2:7: error: [Spacing] add 1 space
            Linting 3 files
            warning: no line or column
            """
        let findings = SpecLint.findings(in: output)
        #expect(
            findings.map(\.warning) == [
                "specs/Shop/Shop+Alerts.swift:3:1: warning: [Spacing] remove 1 space [swift-format]",
                "specs/Shop/Shop.swift:2:7: warning: [Spacing] add 1 space [swift-format]",
                "specs/Shop/Shop.swift:12:5: warning: [Indentation] unindent by 4 spaces [swift-format]",
            ])
    }

    @Test("generate warns about a badly formatted spec file and still writes the stacks; --no-format-check does not")
    func badlyFormatted() throws {
        guard ToolRunner.locate("swift") != nil else {
            print("skipped: swift is not on PATH, so swift format cannot check spec files")
            return
        }
        let scratch = try ScratchPackage(folders: ["Shop"])
        defer { scratch.remove() }
        try Data("import Vigil\n\nlet  shop = 1\n".utf8).write(
            to: scratch.package.specsFolder.appendingPathComponent("Shop/Shop.swift"))
        let output = scratch.root.appendingPathComponent("generated")
        let result = scratch.run(["generate", "--output", output.path], stacks: [Stack("shop") {}])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out == "shop: 16 written, 0 unchanged, 0 removed")
        #expect(
            result.err == """
                specs/Shop/Shop.swift:3:4: warning: [Spacing] remove 1 space [swift-format]
                note: `make format` fixes the spec files' formatting, which `make lint` checks
                """)
        let unchecked = scratch.run(
            ["generate", "--no-format-check", "--output", output.path], stacks: [Stack("shop") {}])
        #expect(unchecked.status == 0 && unchecked.err.isEmpty, "\(unchecked.err)")
    }

    @Test("a formatted package gets no warning")
    func formatted() throws {
        guard ToolRunner.locate("swift") != nil else {
            print("skipped: swift is not on PATH, so swift format cannot check spec files")
            return
        }
        let scratch = try ScratchPackage()
        defer { scratch.remove() }
        let recorder = RecordingConsole()
        SpecLint(package: scratch.package).report(on: recorder.console)
        #expect(recorder.err.isEmpty, "\(recorder.err)")
    }

    @Test(
        "without swift-format, one note says the files were not checked",
        arguments: [
            (
                "vigil-no-such-swift",
                "note: vigil-no-such-swift is not on PATH; the spec files were not checked with swift format"
            ),
            ("false", "note: swift format could not check the spec files (exit 1)"),
        ])
    func unavailable(tool: String, note: String) throws {
        let scratch = try ScratchPackage()
        defer { scratch.remove() }
        let recorder = RecordingConsole()
        SpecLint(package: scratch.package, swift: tool).report(on: recorder.console)
        #expect(recorder.err == note)
    }
}
