import Foundation
import Testing
import VigilCompiler

@testable import Vigil

@Suite("specs import")
struct ImportCommandTests {
    /// The importer's fixtures: a plain rule file and a PrometheusRule resource of two documents.
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../VigilImportTests/Fixtures").standardizedFileURL.path

    @Test("writes the stack's files (rules and dashboards) formatted, registers it, verifies and prints the report")
    func imports() throws {
        let scratch = try ScratchPackage()
        defer { scratch.remove() }
        let result = scratch.run([
            "import", "--stack", "Shop", "--rules", Self.fixtures, "--dashboards", Self.fixtures + "/Dashboards",
            "--verify",
        ])
        #expect(result.status == 0, "\(result.err)")
        let written = try scratch.contents()
        for name in ["Shop.swift", "Shop+Metrics.swift", "Shop+Alerts.swift", "Shop+Dashboards.swift"] {
            #expect(written["specs/Shop/\(name)"] != nil, "\(name)")
            #expect(result.out.contains("created specs/Shop/\(name)"))
        }
        #expect(written["specs/main.swift"]?.contains("    Procur.stack,\n    Shop.stack,\n") == true)
        #expect(result.out.contains("verify: 6 rules generated equal to their input"))
        #expect(result.out.contains("rules: 5 rules written with the typed query builder"), "\(result.out)")
        #expect(result.out.contains("verify: 1 dashboards with 12 panels generated equal to their input"))
        #expect(result.out.contains("api.rules.yml:25: not carried over: group api-host: `limit`"))
        guard ToolRunner.locate("swift") != nil else {
            print("skipped: swift is not on PATH, so swift format cannot check the imported files")
            return
        }
        let lint = try ToolRunner().run(
            "swift",
            [
                "format", "lint", "--strict", "--recursive", "--configuration",
                ScratchPackage.real.formatConfiguration.path, "specs",
            ],
            in: scratch.root)
        #expect(lint.succeeded && lint.output.isEmpty, "\(lint.output)")
    }

    @Test("an Alertmanager configuration becomes +Routing.swift, its credentials secrets, verified")
    func importsRouting() throws {
        let scratch = try ScratchPackage()
        defer { scratch.remove() }
        let configuration = Self.fixtures + "/Alertmanager/alertmanager.yml"
        let result = scratch.run(["import", "--stack", "Shop", "--alertmanager", configuration, "--verify"])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.contains("verify: 5 label sets routed as the input routes them"))
        #expect(result.out.contains("an inline credential is moved out to the secret pager_routing_key"))
        let written = try scratch.contents()
        let routing = try #require(written["specs/Shop/Shop+Routing.swift"])
        #expect(
            routing.contains(
                #"static let pagerReceiver = Receiver("pager", .pagerDuty(routingKey: .secret("pager_routing_key")))"#))
        #expect(!routing.contains("0123456789abcdef"))
        #expect(written["specs/Shop/Shop+Alerts.swift"] == nil)
    }

    @Test("refuses a taken name and writes nothing")
    func refusesTakenName() throws {
        let scratch = try ScratchPackage()
        defer { scratch.remove() }
        let before = try scratch.contents()
        let result = scratch.run(["import", "--stack", "Crm", "--rules", Self.fixtures])
        #expect(result.status == 64)
        #expect(result.err.contains("cannot import the stack Crm: specs/CRM already exists"), "\(result.err)")
        #expect(try scratch.contents() == before)
    }

    /// Bad input of every kind: the option it is given to, the file's name, its text (`nil`: the file is
    /// missing) and the start of the error expected.
    static let badInput: [(option: String, name: String, text: String?, expected: String)] = [
        ("--rules", "bad.yml", "groups: [\n", "bad.yml:2: error: invalid YAML"),
        (
            "--rules", "bad.yml", "groups:\n  - name: g\n    rules:\n      - alert: A\n        expr: rate(x[5m]\n",
            "bad.yml:5: error: rule A: invalid PromQL"
        ),
        ("--rules", "bad.yml", nil, "error: cannot read the input: "),
        (
            "--alertmanager", "alertmanager.yml", "route:\n  receiver: x\nreceivers:\n  - name: x\nsilences: []\n",
            "alertmanager.yml:5: error: unknown field `silences`"
        ),
        (
            "--dashboards", "broken.json", "{\n  \"title\": \"Broken\",\n  \"panels\": [ }\n",
            "broken.json:3: error: invalid JSON"
        ),
        (
            "--dashboards", "other.json", "{\n  \"kind\": \"ConfigMap\"\n}\n",
            "other.json:1: error: not a Grafana dashboard"
        ),
        (
            "--dashboards", "query.json",
            "{\n  \"title\": \"Q\",\n  \"panels\": [\n    { \"type\": \"stat\", \"title\": \"X\", \"targets\": [\n      { \"expr\": \"sum(x\" }\n    ] }\n  ]\n}\n",
            "query.json:5: error: invalid PromQL in dashboard 'Q', panel 'X'"
        ),
    ]

    @Test(
        "bad input (invalid YAML, JSON or PromQL, an unknown Alertmanager field, not a dashboard, a missing file) is a located error and writes nothing",
        arguments: badInput.indices)
    func unreadable(index: Int) throws {
        let (option, name, text, expected) = Self.badInput[index]
        let scratch = try ScratchPackage()
        defer { scratch.remove() }
        let folder = scratch.root.appendingPathComponent("input")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent(name)
        if let text { try Data(text.utf8).write(to: file) }
        let before = try scratch.contents()
        let result = scratch.run([
            "import", "--stack", "Shop", option, option == "--dashboards" ? folder.path : file.path,
        ])
        #expect(result.status == 1)
        #expect(result.err.contains(expected), "\(result.err)")
        #expect(result.err.contains("nothing was written"))
        #expect(try scratch.contents() == before)
    }

    @Test("without input it asks for some")
    func noRules() throws {
        let scratch = try ScratchPackage()
        defer { scratch.remove() }
        let result = scratch.run(["import", "--stack", "Shop"])
        #expect(result.status == 64)
        #expect(
            result.err.contains(
                "give the rule files to import with --rules, an Alertmanager configuration or a dashboards folder"))
    }

    @Test("a dashboards folder becomes +Dashboards.swift, its metrics inferred, verified; notes as comments")
    func importsDashboards() throws {
        let scratch = try ScratchPackage()
        defer { scratch.remove() }
        let result = scratch.run([
            "import", "--stack", "Shop", "--dashboards", Self.fixtures + "/Dashboards", "--verify",
        ])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.contains("verify: 1 dashboards with 12 panels generated equal to their input"))
        #expect(
            result.out.contains("Dashboards/shop/api.json:71: not carried over: dashboard 'Shop API', panel 'Alerts'"))
        let written = try scratch.contents()
        let dashboards = try #require(written["specs/Shop/Shop+Dashboards.swift"])
        #expect(
            dashboards.contains(
                #"Heatmap("Latency", httpRequestDurationSeconds.job("api"), unit: .seconds, scheme: .blues)"#))
        #expect(
            dashboards.contains("// \(Self.fixtures)/Dashboards/shop/api.json:71: dashboard 'Shop API', panel 'Alerts'")
        )
        #expect(
            written["specs/Shop/Shop+Metrics.swift"]?.contains("static let httpRequestDurationSeconds = Histogram")
                == true)
        #expect(written["specs/Shop/Shop+Alerts.swift"] == nil)
    }
}
