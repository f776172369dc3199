import Testing
import VigilDSL

@testable import VigilCompiler
@testable import VigilModel

/// What every rule pack's lowering must hold, whichever the pack.
enum PackExpectations {
    /// The group of `job` has exactly the alerts `names`, in order, each with one firing and one quiet test.
    static func everyAlertTested(_ names: [String], job: String, in stack: ResolvedStack) {
        #expect(stack.alerts.filter { $0.group == job }.map(\.name) == names)
        for name in names {
            let tests = stack.alertTests.filter { $0.expectations.contains { $0.alertName == name } }
            #expect(tests.count == 2, "\(name)")
            #expect(tests.contains { $0.expectations.contains { !$0.firing.isEmpty } }, "\(name) fires")
            #expect(tests.contains { $0.expectations.allSatisfy { $0.firing.isEmpty } }, "\(name) stays quiet")
        }
    }

    /// `stack`'s first `invalid-pack-override` is a located error of the pack `name`, declared in `file`.
    static func invalidOverrideReported(in stack: Stack, pack name: String, declaredIn file: String) throws {
        let diagnostics = try ComponentFixtures.compile([stack]).diagnostics
        let found = try #require(diagnostics.first { $0.id == "invalid-pack-override" }, "\(diagnostics)")
        #expect(found.severity == .error && found.message.hasPrefix("\(name) pack: "))
        #expect(found.location.fileID.hasSuffix(file))
    }

    /// The generated tests of `job` pass promtool 3.5 for each stack `stacks` returns, defaults and tuned.
    static func promtoolPasses(job: String, _ stacks: (ExporterPack.Overrides) -> Stack) throws {
        for overrides in [ExporterPack.Overrides.none, .tuned] {
            let stack = stacks(overrides)
            let directory = try TemporaryDirectory()
            _ = try OutputWriter(root: directory.url).write(
                try ComponentFixtures.compile([stack]).outputs, removeUndeclaredStacks: true)
            let run = try ToolRunner().run(
                "promtool", ["test", "rules", "prometheus/tests/\(job).yml"],
                in: directory.url.appendingPathComponent(stack.name))
            #expect(run.succeeded, "\(overrides): \(run.output)")
        }
    }
}
