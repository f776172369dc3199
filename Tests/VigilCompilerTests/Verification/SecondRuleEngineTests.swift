import Foundation
import Testing
import VigilCompiler

@testable import VigilModel

/// The rules files of every example parse in a second rule engine, VictoriaMetrics's vmalert, so that a team that
/// evaluates them there (or moves to it) is not stopped by a construct only Prometheus takes.
@Suite("A second rule engine: vmalert -dryRun reads every generated rules file")
struct SecondRuleEngineTests {
    static func dryRun(_ rules: String, in folder: URL) throws -> ToolRunner.Run {
        try ToolRunner().run(ProvingTools.vmalert.executable, ["-dryRun", "-rule=\(rules)"], in: folder)
    }

    @Test("every example's rules files", arguments: ExampleStacks.names)
    func examples(stack: String) throws {
        let folder = SwiftFiles.packageRoot.appendingPathComponent("generated/\(stack)")
        let run = try Self.dryRun("prometheus/rules/*.yml", in: folder)
        #expect(run.succeeded, "\(stack): \(run.output)")
    }

    @Test("a rules file vmalert cannot parse fails the check")
    func broken() throws {
        #expect(ExampleStacks.names.count >= 5, "the examples under generated/ were not found")
        let directory = try TemporaryDirectory()
        let file = directory.url.appendingPathComponent("broken.yml")
        try Data("groups:\n- name: shop\n  rules:\n  - alert: Broken\n    expr: rate(x[5m]) >\n".utf8).write(to: file)
        let run = try Self.dryRun(file.lastPathComponent, in: directory.url)
        #expect(!run.succeeded)
        #expect(
            run.output.contains(#"invalid group "shop" in file "broken.yml": invalid expression for rule "Broken""#),
            "\(run.output)")
    }
}

/// The committed example stacks.
enum ExampleStacks {
    /// The example stacks under `generated/`.
    static let names: [String] = {
        let generated = SwiftFiles.packageRoot.appendingPathComponent("generated")
        let stacks = (try? FileManager.default.contentsOfDirectory(atPath: generated.path)) ?? []
        return stacks.filter { !$0.hasPrefix(".") }.sorted()
    }()
}
