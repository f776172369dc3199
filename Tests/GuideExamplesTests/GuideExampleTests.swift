import Foundation
import Testing
import Vigil
import VigilCompiler
import VigilModel

/// The guide's examples work: each page's stacks compile without a diagnostic, and the stacks of the pages with
/// alert tests, SLOs, routing expectations or rule packs pass promtool, amtool and docker-compose as
/// `specs validate` runs them.
@Suite("The guide's examples compile and pass the tools")
struct GuideExampleTests {
    @Test(
        "each page's stacks compile without errors, and without warnings but those the page explains",
        arguments: GuidePage.all)
    func compiles(page: GuidePage) throws {
        let result = try Compiler().compile(page.stacks, templates: GuideFiles.templates)
        let unexpected = result.diagnostics.filter { $0.severity == .error || !page.allowedWarnings.contains($0.id) }
        let diagnostics = DiagnosticPrinter.sorted(unexpected).map { "\($0.location): \($0.message) [\($0.id)]" }
        #expect(diagnostics.isEmpty, "\(page): \(diagnostics.joined(separator: "\n"))")
        #expect(result.outputs.count == page.stacks.count, "\(page): not every stack was generated")
    }

    @Test(
        "the generated files of each page with tests pass promtool, amtool and docker-compose",
        arguments: GuidePage.all.filter(\.provenWithTools))
    func provenWithTools(page: GuidePage) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-guide-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let outputs = try Compiler().compile(page.stacks, templates: GuideFiles.templates).outputs
        _ = try OutputWriter(root: folder).write(outputs, removeUndeclaredStacks: true)
        for stack in page.stacks {
            let runs = try StackVerifier().verify(stackFolder: folder.appendingPathComponent(stack.name))
            #expect(!runs.isEmpty, "\(page): no tool ran on \(stack.name)")
            for run in runs where !run.succeeded {
                Issue.record("\(page), stack \(stack.name): \(run.commandLine) failed:\n\(run.output)")
            }
        }
    }
}
