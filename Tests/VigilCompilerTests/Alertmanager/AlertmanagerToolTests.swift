import Foundation
import Testing
import VigilDSL

@testable import VigilBackends
@testable import VigilCompiler
@testable import VigilModel

/// The Alertmanager files pass the real amtool (installed by scripts/bootstrap.sh, which `make test` runs first).
@Suite("Alertmanager output passes amtool")
struct AlertmanagerToolTests {
    typealias F = AlertmanagerFixtures

    /// Writes `stack`'s files into a fresh directory; returns it and the stack folder.
    static func write(_ stack: ResolvedStack) throws -> (TemporaryDirectory, URL) {
        let directory = try TemporaryDirectory()
        for (path, contents) in try F.files(stack) {
            try directory.write("\(stack.name)/\(path)", contents)
        }
        return (directory, directory.url.appendingPathComponent(stack.name))
    }

    @Test("amtool check-config accepts every receiver kind, schedules and inhibitions, and parses the templates")
    func checkConfig() throws {
        let (directory, folder) = try Self.write(F.resolved(F.shop))
        let run = try ToolRunner().run("amtool", ["check-config", AlertmanagerConfigEmitter.path], in: folder)
        #expect(run.succeeded, "\(run.output)")
        #expect(run.output.contains("1 templates"))
        _ = directory
    }

    @Test("amtool 0.28 check-config accepts every receiver kind newer than 0.25 but Jira, secrets read from files")
    func newerReceivers() throws {
        let (directory, folder) = try Self.write(F.resolved(F.stack(notifying: F.newerReceivers)))
        let runs = try StackVerifier().verify(stackFolder: folder).filter { $0.commandLine.hasPrefix("amtool") }
        #expect(runs.map(\.commandLine) == ["amtool check-config alertmanager/alertmanager.yml"])
        let outputs = runs.map(\.output)
        #expect(runs.allSatisfy { $0.succeeded }, "\(outputs)")
        #expect(runs.first?.output.contains("\(F.newerReceivers.count) receivers") == true)
        _ = directory
    }

    /// Debian builds Alertmanager 0.28 without Jira (its patch 0011-Disable-Jira-notification), so its amtool
    /// cannot check `jira_configs`; the deployed upstream image has it. This fails once Debian's amtool can, and
    /// then the Jira receiver joins the check above.
    @Test("Debian's amtool 0.28.1 rejects jira_configs, which upstream 0.28 reads")
    func jiraUnknownToDebianAmtool() throws {
        let (directory, folder) = try Self.write(F.resolved(F.stack(notifying: [F.jira])))
        let run = try ToolRunner().run("amtool", ["check-config", AlertmanagerConfigEmitter.path], in: folder)
        #expect(!run.succeeded)
        #expect(run.output.contains("field jira_configs not found"), "\(run.output)")
        _ = directory
    }

    @Test("validate checks a stack with a Jira receiver: all but its jira_configs, and says so")
    func jiraStackValidates() throws {
        let (directory, folder) = try Self.write(F.resolved(F.stack(notifying: [F.jira])))
        let runs = try StackVerifier().verify(stackFolder: folder).filter { $0.commandLine.hasPrefix("amtool") }
        #expect(runs.allSatisfy { $0.succeeded }, "\(runs.map(\.output))")
        let check = try #require(runs.first)
        #expect(
            check.commandLine.hasPrefix(
                "amtool check-config alertmanager/alertmanager.yml (without the jira_configs of"))
        #expect(check.commandLine.hasSuffix("this amtool is built without Jira; verify.sh checks them with the image)"))
        // The copy is gone, and the stack folder holds nothing new.
        #expect(
            !FileManager.default.fileExists(
                atPath: folder.appendingPathComponent("alertmanager/templates/templates").path))
        _ = directory
    }

    @Test("amtool check-config fails on a broken template, since templates are referenced relatively")
    func brokenTemplate() throws {
        let (directory, folder) = try Self.write(F.resolved(F.shop))
        try directory.write("shop/alertmanager/templates/vigil.tmpl", "{{ define \"vigil.title\" }}{{ .Status }\n")
        let run = try ToolRunner().run("amtool", ["check-config", AlertmanagerConfigEmitter.path], in: folder)
        #expect(!run.succeeded)
    }

    @Test("the verifier runs check-config and every routing test; amtool agrees with the generated expectations")
    func verifier() throws {
        let alerts = [
            F.alert("ShopDown", .critical), F.alert("SlowCheckout", .warning, labels: ["team": "growth"]),
            F.alert("DiskFilling", .info, service: "shop-db"),
        ]
        let (directory, folder) = try Self.write(F.resolved(F.shop, alerts: alerts))
        let runs = try StackVerifier().verify(stackFolder: folder)
        let amtool = runs.filter { $0.commandLine.hasPrefix("amtool") }
        #expect(amtool.count == 1 + 8)
        #expect(amtool[0].commandLine == "amtool check-config alertmanager/alertmanager.yml")
        #expect(
            amtool[1].commandLine
                == #"amtool config routes test --config.file=alertmanager/alertmanager.yml --verify.receivers=pager,chat severity="critical""#
        )
        for run in runs {
            #expect(run.succeeded, "\(run.commandLine)\n\(run.output)")
        }
        _ = directory
    }

    @Test("a routing test that no longer holds fails validation")
    func failingRoutingTest() throws {
        let (directory, folder) = try Self.write(F.resolved(F.shop))
        try directory.write("shop/\(RoutingTestFile.path)", "mail\tseverity=\"critical\"\n")
        let runs = try StackVerifier().verify(stackFolder: folder).filter { $0.commandLine.contains("routes test") }
        #expect(runs.map(\.succeeded) == [false])
    }

    @Test("docker-compose accepts the compose file with its secrets")
    func dockerCompose() throws {
        let (directory, folder) = try Self.write(F.resolved(F.shop))
        let run = try ToolRunner().run(
            "docker-compose", ["--file", "docker-compose.yml", "config", "--quiet"], in: folder)
        #expect(run.succeeded, "\(run.output)")
        _ = directory
    }

    @Test(
        "every template Vigil's receivers use renders with amtool, with and without links",
        arguments: [
            "vigil.title", "vigil.slack.text", "vigil.teams.text", "vigil.markdown.text", "vigil.email.html",
            "vigil.telegram.html", "vigil.pagerduty.severity", "vigil.opsgenie.priority", "vigil.jira.priority",
        ])
    func templateRenders(name: String) throws {
        let directory = try TemporaryDirectory()
        try directory.write("vigil.tmpl", try #require(F.templates.files["alertmanager/vigil.tmpl"]))
        try directory.write("data.json", Self.notification)
        let run = try ToolRunner().run(
            "amtool",
            [
                "template", "render", "--template.glob=vigil.tmpl", "--template.data=data.json",
                "--template.text={{ template \"\(name)\" . }}",
            ] + (name.hasSuffix("html") ? ["--template.type=html"] : []), in: directory.url)
        #expect(run.succeeded, "\(run.output)")
        if name.hasSuffix("text") || name.hasSuffix("html") {
            #expect(run.output.contains("https://runbooks.shop.example/shop-down"))
            #expect(run.output.contains("https://grafana.shop.example/d/shop"))
            #expect(run.output.contains("Resolved: DiskFilling"))
        }
    }

    /// A notification with one firing alert that has every annotation and one resolved alert with none.
    static let notification = """
        {"receiver": "chat", "status": "firing", "externalURL": "http://alertmanager:9093",
         "groupLabels": {"alertname": "ShopDown"},
         "commonLabels": {"severity": "critical", "service": "shop-api"}, "commonAnnotations": {},
         "alerts": [
          {"status": "firing", "labels": {"alertname": "ShopDown", "severity": "critical", "service": "shop-api"},
           "annotations": {"summary": "The shop is down", "description": "No checkout for 5 minutes",
                           "runbook_url": "https://runbooks.shop.example/shop-down",
                           "dashboard_url": "https://grafana.shop.example/d/shop"},
           "startsAt": "2025-01-01T00:00:00Z", "endsAt": "0001-01-01T00:00:00Z"},
          {"status": "resolved", "labels": {"alertname": "DiskFilling", "severity": "critical", "service": "shop-api"},
           "annotations": {}, "startsAt": "2025-01-01T00:00:00Z", "endsAt": "2025-01-01T01:00:00Z"}]}
        """
}
