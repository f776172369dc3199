import Foundation
import Testing
import VigilBackends
import VigilCompiler

@testable import Vigil

@Suite("The command line with an Alertmanager")
struct AlertmanagerCLITests {
    /// The package root, found from this file as `specs` finds it from specs/main.swift.
    static let specsFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("specs/main.swift").path

    static let chat = Receiver("chat", .slack(channel: "#ops", webhook: .secret("slack_url")))
    static let pager = Receiver("pager", .pagerDuty(routingKey: .secret("pagerduty_key")))
    static let demo = Stack("demo") {
        Service("demo-api", scrape: .target("api:8080"))
        Alertmanager(defaultReceiver: chat) {
            Route(.severity(.critical), to: pager)
            Expect(["severity": "critical"], routesTo: pager)
        }
    }

    @Test("the package's templates are found beside the specs folder")
    func packageTemplates() throws {
        let library = try PackageTemplates.load(specsFile: Self.specsFile)
        #expect(library.files["alertmanager/vigil.tmpl"]?.contains("define \"vigil.title\"") == true)
    }

    @Test("generate writes the Alertmanager files with the templates; validate runs amtool on them")
    func generateAndValidate() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let templates = try PackageTemplates.load(specsFile: Self.specsFile)
        let run = { (command: String) -> (Int32, String, String) in
            let recorder = RecordingConsole()
            let status = VigilCLI.run(
                arguments: [command, "--output", root.path], stacks: [Self.demo], templates: templates,
                console: recorder.console)
            return (status, recorder.out, recorder.err)
        }
        let generated = run("generate")
        #expect(generated.0 == 0, "\(generated.2)")
        for path in ["alertmanager/alertmanager.yml", "alertmanager/templates/vigil.tmpl", RoutingTestFile.path] {
            #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("demo/\(path)").path), "\(path)")
        }
        let validated = run("validate")
        #expect(validated.0 == 0, "\(validated.2)")
        #expect(validated.1.contains("ok      demo: amtool check-config alertmanager/alertmanager.yml"))
        #expect(validated.1.contains(#"--verify.receivers=pager severity="critical""#))
        let withoutTemplates = VigilCLI.run(
            arguments: ["check", "--output", root.path], stacks: [Self.demo], console: RecordingConsole().console)
        #expect(withoutTemplates == 1, "without templates the Slack receiver's templates are undefined")
    }
}
