import Testing
import VigilDSL
import YAMLKit

@testable import VigilBackends
@testable import VigilCompiler
@testable import VigilModel

@Suite("Alertmanager output: configuration, templates, routing tests, compose, secrets")
struct AlertmanagerEmitterTests {
    typealias F = AlertmanagerFixtures

    static func config(_ stack: ResolvedStack) throws -> YAMLNode {
        try YAMLParser().parse(try F.files(stack)[AlertmanagerConfigEmitter.path] ?? "")
    }

    @Test("the routing tree: root settings, the Watchdog route first, matchers, timings, time intervals")
    func routeTree() throws {
        let config = try Self.config(F.resolved(F.shop))
        let route = try #require(config["route"])
        #expect(route["receiver"] == "chat")
        #expect(route["group_by"] == ["alertname", "service"])
        #expect(route["group_wait"] == "30s")
        let routes = try #require(route["routes"]?.sequenceValue)
        #expect(routes[0]["receiver"] == "deadman")
        #expect(routes[0]["matchers"] == [#"alertname="Watchdog""#])
        #expect(routes[0]["repeat_interval"] == "1h")
        #expect(routes[1]["continue"] == true)
        #expect(routes[3]["mute_time_intervals"] == ["weekend"])
        #expect(routes[3]["routes"]?.sequenceValue?.first?["matchers"] == [#"service=~"shop-(api|worker)""#])
        #expect(routes[4]["active_time_intervals"] == ["business-hours"])
        #expect(config["global"]?["resolve_timeout"] == "5m")
        #expect(config["templates"] == ["templates/vigil.tmpl"])
    }

    @Test("inhibitions: the default critical-over-warning one first")
    func inhibitions() throws {
        let rules = try #require(try Self.config(F.resolved(F.shop))["inhibit_rules"]?.sequenceValue)
        #expect(rules.count == 2)
        #expect(rules[0]["source_matchers"] == [#"severity="critical""#])
        #expect(rules[0]["target_matchers"] == [#"severity="warning""#])
        #expect(rules[0]["equal"] == ["alertname", "service"])
        #expect(rules[1]["target_matchers"] == [#"service!="shop-db""#])
        let without = F.resolved(F.stack(Alertmanager(defaultReceiver: F.chat, inhibitsWarningsWhenCritical: false)))
        #expect(try Self.config(without)["inhibit_rules"] == nil)
    }

    @Test("receivers sorted by name; secrets only as *_file paths below /run/secrets")
    func receivers() throws {
        let receivers = try #require(try Self.config(F.resolved(F.shop))["receivers"]?.sequenceValue)
        #expect(
            receivers.map { $0["name"]?.stringValue } == ["chat", "deadman", "genie", "hook", "mail", "null", "pager"])
        let byName = Dictionary(uniqueKeysWithValues: receivers.map { ($0["name"]!.stringValue!, $0) })
        let slack = byName["chat"]?["slack_configs"]?.sequenceValue?.first
        #expect(slack?["api_url_file"] == "/run/secrets/slack_url")
        #expect(slack?["title"] == #"{{ template "vigil.title" . }}"#)
        #expect(slack?["text"] == #"{{ template "vigil.slack.text" . }}"#)
        #expect(
            byName["pager"]?["pagerduty_configs"]?.sequenceValue?.first?["routing_key_file"]
                == "/run/secrets/pagerduty_key")
        let email = byName["mail"]?["email_configs"]?.sequenceValue?.first
        #expect(email?["auth_password_file"] == "/run/secrets/smtp_password")
        #expect(email?["headers"]?["Subject"] == #"{{ template "vigil.title" . }}"#)
        #expect(email?["html"] == #"{{ template "vigil.email.html" . }}"#)
        let hook = byName["hook"]?["webhook_configs"]?.sequenceValue?.first
        #expect(hook?["http_config"]?["basic_auth"]?["password_file"] == "/run/secrets/hook_password")
        let deadman = byName["deadman"]?["webhook_configs"]?.sequenceValue?.first
        #expect(deadman?["http_config"]?["authorization"]?["credentials_file"] == "/run/secrets/deadman_token")
        #expect(
            byName["genie"]?["opsgenie_configs"]?.sequenceValue?.first?["api_key_file"] == "/run/secrets/opsgenie_key")
        #expect(byName["null"]?.mappingValue?.keys == ["name"])
    }

    @Test("time intervals: consecutive days and months written as ranges, the time zone on each period")
    func timeIntervals() throws {
        let intervals = try #require(try Self.config(F.resolved(F.shop))["time_intervals"]?.sequenceValue)
        #expect(intervals.map { $0["name"]?.stringValue } == ["business-hours", "weekend"])
        let office = intervals[0]["time_intervals"]?.sequenceValue?.first
        #expect(office?["weekdays"] == ["monday:friday"])
        #expect(office?["times"] == [["start_time": "09:00", "end_time": "17:30"]])
        #expect(office?["location"] == "Europe/Berlin")
        let weekend = intervals[1]["time_intervals"]?.sequenceValue
        #expect(weekend?[0]["weekdays"] == ["sunday", "saturday"])
        #expect(weekend?[1]["days_of_month"] == ["-1", "1:3"])
        #expect(weekend?[1]["months"] == ["january:february", "december"])
    }

    @Test("the header names the oldest Alertmanager that loads the configuration: 0.25 unless a field is newer")
    func requiredVersion() throws {
        let teams = Receiver("teams", .microsoftTeams(webhook: .secret("teams_url")))
        let hook = Receiver("hook", .webhook(urlFrom: .secret("hook_url")))
        let stack = F.resolved(F.stack(Alertmanager(defaultReceiver: hook) { Route(to: teams, continue: true) }))
        let text = try #require(try F.files(stack)[AlertmanagerConfigEmitter.path])
        #expect(text.contains("# Written for Alertmanager 0.28 and later.\n"))
        let config = try YAMLParser().parse(text)
        let receivers = try #require(config["receivers"]?.sequenceValue)
        #expect(receivers[0]["webhook_configs"]?.sequenceValue?.first?["url_file"] == "/run/secrets/hook_url")
        #expect(receivers[1]["msteams_configs"]?.sequenceValue?.first?["webhook_url_file"] == "/run/secrets/teams_url")
        let webhookOnly = F.resolved(F.stack(Alertmanager(defaultReceiver: hook, compatibility: .v026)))
        #expect(
            try F.files(webhookOnly)[AlertmanagerConfigEmitter.path]?.contains("for Alertmanager 0.26 and later")
                == true)
        #expect(
            try F.files(F.resolved(F.shop))[AlertmanagerConfigEmitter.path]?.contains("for Alertmanager 0.25 and later")
                == true)
    }

    @Test("templates are copied into alertmanager/templates/")
    func templates() throws {
        let files = try F.files(F.resolved(F.shop))
        #expect(files["alertmanager/templates/vigil.tmpl"] == F.templates.files["alertmanager/vigil.tmpl"])
        #expect(files.keys.filter { $0.hasPrefix("alertmanager/templates/") }.count == 1)
    }

    @Test("routing tests: the written expectations, then one per alert with the receivers the tree picks")
    func routingTests() throws {
        let alerts = [
            F.alert("ShopDown", .critical),
            F.alert("SlowCheckout", .warning, service: "shop-db", labels: ["team": "{{ $labels.team }}"]),
        ]
        let text = try #require(try F.files(F.resolved(F.shop, alerts: alerts))[RoutingTestFile.path])
        let cases = RoutingTestFile.parse(text)
        #expect(cases.count == 7)
        #expect(cases[6].labels == [#"alertname="SlowCheckout""#, #"service="shop-db""#, #"severity="warning""#])
        #expect(cases[0] == RoutingTestFile.Case(receivers: ["pager", "chat"], labels: [#"severity="critical""#]))
        #expect(
            cases[5]
                == RoutingTestFile.Case(
                    receivers: ["pager", "chat"],
                    labels: [#"alertname="ShopDown""#, #"service="shop-api""#, #"severity="critical""#]))
        #expect(cases[6].receivers == ["chat"])
        #expect(text.contains("\n# Every alert of the stack, with its static labels\n"))
        let noTests = F.resolved(F.stack(Alertmanager(defaultReceiver: F.chat)))
        #expect(try F.files(noTests)[RoutingTestFile.path] == nil)
    }

    @Test("the routing tree as Alertmanager walks it: continue, nesting, anchored regexes, missing labels")
    func routingSemantics() {
        let root = try! #require(F.resolved(F.shop).alertmanager?.root)
        #expect(root.receivers(for: ["severity": "critical"]) == ["pager", "chat"])
        #expect(root.receivers(for: ["severity": "warning", "service": "shop-worker"]) == ["hook"])
        #expect(root.receivers(for: ["severity": "warning", "service": "shop-api-2"]) == ["chat"])
        #expect(root.receivers(for: ["team": "growth"]) == ["genie"])
        #expect(root.receivers(for: ["alertname": "Watchdog", "severity": "critical"]) == ["deadman"])
        #expect(root.receivers(for: [:]) == ["chat"])
    }

    @Test("compose: the Alertmanager service with its secrets; Prometheus sends it alerts")
    func composeAndPrometheus() throws {
        let files = try F.files(F.resolved(F.shop))
        let compose = try YAMLParser().parse(try #require(files[ComposeEmitter.path]))
        let service = try #require(compose["services"]?["alertmanager"])
        #expect(service["image"] == "prom/alertmanager:${ALERTMANAGER_VERSION:-v0.28.1}")
        #expect(service["command"]?.sequenceValue?.contains("--cluster.listen-address=") == true)
        #expect(service["volumes"] == ["./alertmanager:/etc/alertmanager:ro", "alertmanager-data:/alertmanager"])
        #expect(service["ports"] == ["${VIGIL_BIND_ADDRESS:-127.0.0.1}:9093:9093"])
        #expect(service["healthcheck"]?["test"]?.sequenceValue?.last == "http://127.0.0.1:9093/-/ready")
        #expect(service["security_opt"] == ["no-new-privileges:true"])
        #expect(
            service["secrets"] == [
                "deadman_token", "hook_password", "opsgenie_key", "pagerduty_key", "slack_url", "smtp_password",
            ])
        #expect(compose["secrets"]?["slack_url"]?["file"] == "./secrets/slack_url")
        #expect(compose["volumes"]?["alertmanager-data"] != nil)
        let prometheus = try YAMLParser().parse(try #require(files[PrometheusConfigEmitter.path]))
        #expect(prometheus["alerting"]?["alertmanagers"] == [["static_configs": [["targets": ["alertmanager:9093"]]]]])
        let plain = try F.files(F.resolved(Fixtures.shop))
        #expect(try YAMLParser().parse(plain[PrometheusConfigEmitter.path]!)["alerting"] == nil)
        #expect(try YAMLParser().parse(plain[ComposeEmitter.path]!)["secrets"] == nil)
    }

    @Test("secrets/README.md lists every secret file, secrets/.gitignore keeps them out of git")
    func secretsFolder() throws {
        let files = try F.files(F.resolved(F.shop))
        let readme = try #require(files["secrets/README.md"])
        #expect(
            readme.contains(
                "| `pagerduty_key` | alertmanager (uid 65534) | PagerDuty Events API v2 routing key of receiver 'pager' |"
            ))
        #expect(readme.contains("webhook basic-auth password of 'am' of receiver 'hook'"))
        #expect(files["secrets/.gitignore"]?.hasSuffix("*\n!.gitignore\n!README.md\n") == true)
        #expect(try F.files(F.resolved(Fixtures.shop))["secrets/README.md"] == nil)
    }

    @Test("output is deterministic")
    func deterministic() throws {
        #expect(try F.files(F.resolved(F.shop)) == F.files(F.resolved(F.shop)))
    }
}
