import Foundation
import Testing
import VigilCompiler

@testable import Vigil

/// The stack `specs new` writes, compiled here as `StackTemplate` (`Tests/VigilTests/StackTemplate/`): what
/// `make test` runs on a stack (`generate`, `validate`, `e2e`) passes on it, so a new stack passes at once.
@Suite("The stack template")
struct StackTemplateTests {
    /// Runs `specs <arguments>` on the template alone, writing to `output`.
    static func run(_ arguments: [String], output: URL) throws -> (status: Int32, out: String, err: String) {
        let recorder = RecordingConsole()
        let status = VigilCLI.run(
            arguments: arguments + ["--output", output.path], stacks: [StackTemplate.stack],
            templates: try PackageTemplates.load(specsFile: AlertmanagerCLITests.specsFile), console: recorder.console)
        return (status, recorder.out, recorder.err)
    }

    @Test("generates without a diagnostic; promtool, amtool and docker-compose accept every file and test")
    func validates() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-template-\(UUID())")
        defer { try? FileManager.default.removeItem(at: output) }
        let generate = try Self.run(["generate"], output: output)
        #expect(generate.status == 0 && generate.err.isEmpty, "\(generate.err)")
        let validate = try Self.run(["validate"], output: output)
        #expect(validate.status == 0, "\(validate.err)")
        let lines = validate.out.split(separator: "\n")
        for (command, file) in [
            ("promtool test rules", "prometheus/tests/stacktemplate-api.yml"),
            ("promtool test rules", "prometheus/tests/stacktemplate-api-slo-availability.yml"),
            ("amtool check-config", "alertmanager/alertmanager.yml"),
            ("amtool config routes test", "--verify.receivers=pagerduty alertname=\"HighErrorRate\""),
        ] {
            #expect(
                lines.contains { $0.hasPrefix("ok      stacktemplate: \(command)") && $0.contains(file) },
                "\(command) \(file): \(validate.out)")
        }
    }

    @Test("runs end to end: its alert, SLO and routing fire, notify the receivers they route to and resolve")
    func endToEnd() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-template-\(UUID())")
        defer { try? FileManager.default.removeItem(at: output) }
        let run = try Self.run(["e2e"], output: output)
        #expect(run.status == 0, "\(run.out)\n\(run.err)")
        #expect(run.out.contains("SLO 'availability' of stacktemplate-api burning"), "\(run.out)")
        #expect(run.out.contains("delivered to pagerduty"), "\(run.out)")
        #expect(run.out.contains("ok      stacktemplate: every notification reached a receiver the routing tree picks"))
    }
}
