import Testing
import VigilCore
import VigilModel

@testable import VigilImport

@Suite("import: Alertmanager configurations")
struct AlertmanagerImportTests {
    func read() throws -> (alertmanager: ImportedAlertmanager, report: ImportReport) {
        let file = try Fixtures.alertmanager
        return try AlertmanagerFileReader(file: file.name, text: file.text).read()
    }

    @Test(
        "matcher strings in every form Alertmanager writes",
        arguments: [
            ("severity = critical", ["severity=\"critical\""]),
            (#"team=~"db|web""#, [#"team=~"db|web""#]),
            (#"{a="b", c!="d,e"}"#, [#"a="b""#, #"c!="d,e""#]),
            ("instance !~ .*:9100", [#"instance!~".*:9100""#]),
        ])
    func matcherText(text: String, expected: [String]) throws {
        let matchers = try #require(MatcherText.matchers(in: text, at: SourceLocation()))
        #expect(matchers.map(\.description) == expected)
    }

    @Test("the tree: match and match_re converted, receivers inherited, continue, timings and time intervals kept")
    func tree() throws {
        let root = try read().alertmanager.root
        #expect(root.receiver == "team-mail")
        #expect(root.groupBy?.map(\.name) == ["alertname", "service"])
        #expect(root.groupWait == .seconds(45))
        let critical = root.routes[0]
        #expect(critical.matchers.map(\.description) == [#"severity="critical""#])
        #expect(critical.continues)
        #expect(critical.routes[0].matchers.map(\.description) == [#"service=~"db|cache""#])
        #expect(critical.routes[0].mutedDuring == ["weekends"])
        #expect(critical.location.line == 16)
        #expect(root.routes[1].activeDuring == ["office-hours"])
        #expect(root.routes[1].repeatInterval == .hours(12))
    }

    @Test("every inline credential becomes a secret, reported; none is kept as a string")
    func secrets() throws {
        let (alertmanager, report) = try read()
        #expect(
            alertmanager.secrets.map(\.name).sorted() == [
                "dba_slack_api_url", "deadman_bearer_token", "global_smtp_auth_password", "pager_routing_key",
            ])
        let source = RoutingSource(stack: "Shop", alertmanager: alertmanager).text
        for value in ["hunter2", "0123456789abcdef", "s3cr3t", "B000/XXXX"] {
            #expect(!source.contains(value), "\(value)")
        }
        #expect(
            source.contains(##".slack(channel: "#team", webhook: .secret("team_slack_url"), sendResolved: false)"##))
        #expect(
            report.entries.map(\.description).contains(
                "alertmanager.yml:39: review: receiver pager: an inline credential is moved out to the secret pager_routing_key: put its value in that secret's file, never in the specs"
            ))
    }

    @Test("time intervals: ranges expanded, the time zone kept")
    func schedules() throws {
        let schedules = try read().alertmanager.schedules
        #expect(schedules.map(\.name) == ["weekends", "office-hours"])
        #expect(schedules[1].periods[0].weekdays == [.monday, .tuesday, .wednesday, .thursday, .friday])
        #expect(schedules[1].periods[0].times == [TimeRange(from: TimeOfDay(9), to: TimeOfDay(17, 30))])
        #expect(schedules[1].timeZone == "Europe/Berlin")
    }

    @Test("what is not carried over is reported with its line")
    func report() throws {
        let messages = try read().report.entries.map(\.description)
        for expected in [
            "alertmanager.yml:7: not carried over: global `http_config`",
            "alertmanager.yml:9: not carried over: `templates`: Vigil's notification templates are used",
            "alertmanager.yml:38: not carried over: receiver pager: pagerduty_configs fields `severity` (Vigil's notification templates and settings apply)",
            "alertmanager.yml:56: not carried over: receiver unused: no route sends to it, so Vigil does not generate it",
            "alertmanager.yml:16: review: a route's deprecated `match`/`match_re` converted to matchers",
        ] {
            #expect(messages.contains(expected), "\(expected)")
        }
    }

    @Test("the inhibition's deprecated matchers are converted")
    func inhibitions() throws {
        let inhibit = try #require(try read().alertmanager.inhibitions.first)
        #expect(inhibit.source.map(\.description) == [#"severity="critical""#])
        #expect(inhibit.target.map(\.description) == [#"severity=~"warning|info""#])
        #expect(inhibit.equal.map(\.name) == ["alertname", "service"])
    }

    @Test("the generated routing takes every label set where the input does")
    func fidelity() throws {
        let file = try Fixtures.alertmanager
        let plan = try Importer(stackName: "Shop").plan(ruleFiles: [], alertmanagerFile: file)
        let fidelity = RoutingFidelity(plan: plan)
        #expect(fidelity.routedLabelSets == 5)
        #expect(fidelity.mismatches.isEmpty, "\(fidelity.mismatches)")
        #expect(plan.files.map(\.name) == ["Shop.swift", "Shop+Routing.swift"])
    }

    @Test("a routing changed on the way is caught, at the input route")
    func fidelityCatchesChanges() throws {
        let file = try Fixtures.alertmanager
        var plan = try Importer(stackName: "Shop").plan(ruleFiles: [], alertmanagerFile: file)
        let input = try #require(plan.alertmanager)
        plan.alertmanager?.root.routes[0].continues = false
        plan.alertmanager?.root.routes[1].receiver = "pager"
        let fidelity = RoutingFidelity(input: input, output: RoutingFidelity.lowered(plan))
        let messages = fidelity.mismatches.map(\.description)
        #expect(messages.contains("alertmanager.yml:16: route differs: continue"), "\(messages)")
        #expect(messages.contains("alertmanager.yml:25: route differs: receiver pager for team-slack"), "\(messages)")
        #expect(
            messages.contains(
                #"alertmanager.yml:11: {severity="warning"} goes to pager, the input sends it to team-slack"#),
            "\(messages)")
    }

    @Test(
        "bad input is a located error",
        arguments: [
            ("route:\n  receiver: x\nreceivers:\n  - name: other\n", "f:1: error: route: no receiver is named 'x'"),
            (
                "route:\n  receiver: x\n  group_by: ['...']\nreceivers:\n  - name: x\n",
                "f:1: error: `group_by: ['...']`"
            ),
            (
                "route:\n  receiver: x\n  matchers: ['severity']\nreceivers:\n  - name: x\n",
                "error: `matchers`: 'severity' is not a matcher"
            ),
            ("route:\n  receiver: x\nreceivers:\n  - name: x\nsilences: []\n", "f:5: error: unknown field `silences`"),
            (
                "route:\n  receiver: x\n  mute_time_intervals: [night]\nreceivers:\n  - name: x\n",
                "f:1: error: route: no time interval is named 'night'"
            ),
            (
                "route:\n  receiver: x\nreceivers:\n  - name: x\n    slack_configs:\n      - channel: '#a'\n",
                "error: receiver x: slack_configs has no `api_url`"
            ),
            ("route: [\n", "f:2: error: invalid YAML"),
        ])
    func badInput(text: String, expected: String) {
        do {
            _ = try AlertmanagerFileReader(file: "f", text: text).read()
            Issue.record("no error for \(expected)")
        } catch {
            #expect(error.description.contains(expected), "\(error.description)")
        }
    }

    @Test("the reference corpus's Alertmanager configurations import and verify")
    func corpus() throws {
        guard let corpus = Fixtures.corpus() else { return }
        for path in ["dockprom/alertmanager-config.yml", "kube-prometheus/alertmanager-secret.yaml"] {
            let text = try String(contentsOf: corpus.appendingPathComponent(path), encoding: .utf8)
            let plan = try Importer(stackName: "Corpus").plan(ruleFiles: [], alertmanagerFile: (path, text))
            let fidelity = RoutingFidelity(plan: plan)
            #expect(fidelity.routedLabelSets > 0, "\(path)")
            #expect(fidelity.mismatches.isEmpty, "\(path): \(fidelity.mismatches)")
        }
    }
}
