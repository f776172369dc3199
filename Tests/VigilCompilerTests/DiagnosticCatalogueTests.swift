import Foundation
import Testing
import VigilBackends
import VigilCompiler
import VigilModel

/// The catalogue is complete: every id the sources report is in it with its severity, every id in it has a
/// test that gets it, and docs/diagnostics.md lists them all as the catalogue renders them.
@Suite("The diagnostic catalogue")
struct DiagnosticCatalogueTests {
    static let kinds = DiagnosticCatalogue.kinds

    @Test("lists each id once, alphabetically, with a severity, a sentence and a one-line example")
    func wellFormed() {
        let ids = Self.kinds.map(\.id)
        #expect(ids == ids.sorted())
        #expect(
            Set(ids).count == ids.count,
            "listed twice: \(Dictionary(grouping: ids) { $0 }.filter { $1.count > 1 }.keys)")
        for kind in Self.kinds {
            #expect(!kind.severities.isEmpty, "\(kind.id)")
            #expect(kind.explanation.hasSuffix("."), "\(kind.id)")
            #expect(!kind.example.isEmpty && !kind.example.contains("\n"), "\(kind.id)")
        }
    }

    @Test("holds every id the sources give a diagnostic, with the severity the call states, and no other")
    func matchesSources() throws {
        let emitted = try EmittedDiagnosticIDs(scanning: SwiftFiles.packageRoot.appendingPathComponent("Sources"))
        let catalogued = Set(Self.kinds.map(\.id))
        let missing = emitted.ids.subtracting(catalogued).sorted()
        #expect(missing.isEmpty, "reported by the sources, missing from DiagnosticCatalogue: \(missing)")
        let unreported = catalogued.subtracting(emitted.ids).sorted()
        #expect(unreported.isEmpty, "in DiagnosticCatalogue, reported by no source: \(unreported)")
        for kind in Self.kinds {
            guard let stated = emitted.severities[kind.id], !stated.isEmpty else { continue }
            #expect(Set(kind.severities) == stated, "\(kind.id): the sources report it as \(stated.sorted())")
        }
    }

    @Test("every id has a test that gets it: a test file other than this one names it")
    func everyIDTested() throws {
        let files = try SwiftFiles.below(SwiftFiles.packageRoot.appendingPathComponent("Tests")).filter {
            $0.lastPathComponent != "DiagnosticCatalogueTests.swift"
        }
        let tests = try files.map { try String(contentsOf: $0, encoding: .utf8) }.joined(separator: "\n")
        let untested = Self.kinds.map(\.id).filter { !tests.contains("\"\($0)\"") }
        #expect(untested.isEmpty, "no test gets: \(untested)")
    }

    @Test("docs/diagnostics.md lists every id, and is what the catalogue renders")
    func documentation() throws {
        let url = SwiftFiles.packageRoot.appendingPathComponent("docs/diagnostics.md")
        let document = try String(contentsOf: url, encoding: .utf8)
        let undocumented = Self.kinds.map(\.id).filter { !document.contains("\n## `\($0)`\n") }
        #expect(undocumented.isEmpty, "docs/diagnostics.md does not list: \(undocumented)")
        #expect(
            document == DiagnosticCatalogue.markdown,
            "docs/diagnostics.md is out of date: run `swift run specs explain --all > docs/diagnostics.md`")
    }
}
