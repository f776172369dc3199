import Foundation
import Testing
import VigilModel

/// The guide shows only code that the tests compile: every Swift block of a page is a marked region of the page's
/// examples file, and every region is shown; the index links every page, relative links resolve, and the
/// diagnostics page links every catalogued id.
@Suite("The guide's pages match their compiled examples")
struct GuideDocumentTests {
    @Test(
        "every Swift block of a page is an example region of its file, and every region is shown",
        arguments: GuidePage.all)
    func examples(page: GuidePage) throws {
        let regions = try ExampleRegion.regions(in: try GuideFiles.examples(page.examples))
        let blocks = FencedBlock.blocks(in: try GuideFiles.document(page.document)).filter { $0.language == "swift" }
        let shown = Set(blocks.map(\.code))
        let compiled = Set(regions.map(\.code))
        for block in blocks where !compiled.contains(block.code) {
            Issue.record(
                """
                docs/guide/\(page.document):\(block.line): this Swift block is no example region of \
                Pages/\(page.examples) (copy the region between its guide:begin and guide:end markers):
                \(block.code)
                """)
        }
        for region in regions where !shown.contains(region.code) {
            Issue.record(
                "Pages/\(page.examples):\(region.line): example '\(region.name)' is not shown in docs/guide/\(page.document)"
            )
        }
        #expect(!regions.isEmpty, "Pages/\(page.examples) marks no example")
        #expect(Set(regions.map(\.name)).count == regions.count, "Pages/\(page.examples) repeats an example name")
    }

    @Test("the pages without examples hold no Swift block")
    func withoutExamples() throws {
        for name in GuidePage.withoutExamples {
            let blocks = FencedBlock.blocks(in: try GuideFiles.document(name)).filter { $0.language == "swift" }
            #expect(blocks.isEmpty, "docs/guide/\(name) shows Swift that no test compiles")
        }
    }

    @Test("the index links every page, and every page is known")
    func index() throws {
        let index = try GuideFiles.document("README.md")
        let pages = GuidePage.all.map(\.document) + GuidePage.withoutExamples.filter { $0 != "README.md" }
        for page in pages {
            #expect(index.contains("](\(page))"), "docs/guide/README.md does not link \(page)")
        }
        let known = Set(pages + ["README.md"])
        for document in try GuideFiles.documents() {
            #expect(known.contains(document), "docs/guide/\(document) is not a page of GuidePage")
        }
    }

    @Test("every relative link of the guide reaches a file")
    func links() throws {
        let pattern = #/\]\(([^)#:]+)(#[^)]*)?\)/#
        for document in try GuideFiles.documents() {
            for match in try GuideFiles.document(document).matches(of: pattern) {
                let target = GuideFiles.guide.appendingPathComponent(String(match.output.1))
                #expect(
                    FileManager.default.fileExists(atPath: target.path),
                    "docs/guide/\(document) links \(match.output.1), which does not exist")
            }
        }
    }

    @Test("the diagnostics page links every catalogued id to its entry in docs/diagnostics.md, and no other")
    func diagnostics() throws {
        let page = try GuideFiles.document("diagnostics.md")
        let pattern = #/\(\.\./diagnostics\.md#([a-z0-9-]+)\)/#
        let linked = Set(page.matches(of: pattern).map { String($0.output.1) })
        let catalogued = Set(DiagnosticCatalogue.kinds.map(\.id))
        let missing = catalogued.subtracting(linked).sorted().joined(separator: ", ")
        let unknown = linked.subtracting(catalogued).sorted().joined(separator: ", ")
        #expect(missing.isEmpty, "docs/guide/diagnostics.md does not link: \(missing)")
        #expect(unknown.isEmpty, "docs/guide/diagnostics.md links ids the catalogue does not have: \(unknown)")
        let reference = try String(
            contentsOf: GuideFiles.packageRoot.appendingPathComponent("docs/diagnostics.md"), encoding: .utf8)
        for id in catalogued.sorted() {
            #expect(reference.contains("## `\(id)`"), "docs/diagnostics.md has no entry for \(id): regenerate it")
        }
    }
}
