import Testing
import VigilDSL

@testable import VigilBackends
@testable import VigilCompiler
@testable import VigilModel

@Suite("Alertmanager validation: every diagnostic kind")
struct AlertmanagerValidationTests {
    typealias F = AlertmanagerFixtures

    @Test("the fixture stack has no diagnostics, with or without alerts")
    func valid() {
        #expect(F.diagnostics(F.shop).isEmpty)
        let alerts = [F.alert("ShopDown", .critical), F.alert("SlowCheckout", .warning, labels: ["team": "growth"])]
        #expect(F.diagnostics(F.shop, alerts: alerts).isEmpty)
    }

    @Test("duplicate-alertmanager: a stack body with two; the compiler runs the Alertmanager rules and writes nothing")
    func duplicateAlertmanager() throws {
        let stack = Stack("shop") {
            Alertmanager(defaultReceiver: F.chat)
            Alertmanager(defaultReceiver: F.pager)
        }
        let diagnostics = F.diagnostics(stack)
        #expect(diagnostics.map(\.id) == ["duplicate-alertmanager"])
        #expect(diagnostics[0].hint?.contains("AlertmanagerValidationTests.swift") == true)
        let result = try Compiler().compile([stack], templates: F.templates)
        #expect(result.diagnostics.contains { $0.id == "duplicate-alertmanager" })
        #expect(result.outputs.isEmpty)
    }

    @Test("duplicate-receiver: two receivers with one name")
    func duplicateReceiver() {
        let other = Receiver("chat", .slack(channel: "#other", webhook: .secret("slack_url")))
        let diagnostics = F.diagnostics(
            F.stack(Alertmanager(defaultReceiver: F.chat) { Route(.severity(.info), to: other) }))
        #expect(diagnostics.map(\.id) == ["duplicate-receiver"])
        #expect(diagnostics[0].location == other.location)
    }

    @Test(
        "separator-in-receiver-name: a comma, tab or newline would split the name in routing tests",
        arguments: [("ops,oncall", "ops-oncall"), ("ops\toncall", "ops-oncall")])
    func separatorInReceiverName(name: String, renamed: String) {
        let split = Receiver(name, .slack(channel: "#ops", webhook: .secret("slack_url")))
        let diagnostics = F.diagnostics(F.stack(Alertmanager(defaultReceiver: split)))
        #expect(diagnostics.map(\.id) == ["separator-in-receiver-name"])
        #expect(diagnostics.first?.severity == .error)
        #expect(diagnostics.first?.location == split.location)
        #expect(diagnostics.first?.hint == "rename it, e.g. '\(renamed)'")
    }

    @Test("unused-receiver: declared, but no route sends alerts to it (a warning)")
    func unusedReceiver() {
        let result = F.diagnostics(F.stack(Alertmanager(defaultReceiver: F.chat) { F.genie }))
        #expect(result.map(\.id) == ["unused-receiver"])
        #expect(result[0].severity == .warning)
        #expect(result[0].message == "receiver 'genie' never receives an alert")
    }

    @Test("unreachable-route: a route after one that takes every alert (a warning), whose receiver is then unused")
    func unreachableRoute() {
        let line = #line + 2
        let routing = Alertmanager(defaultReceiver: F.chat) {
            Route(to: F.pager)
            Route(.severity(.info), to: F.mail)
        }
        let diagnostics = F.diagnostics(F.stack(routing))
        #expect(diagnostics.map(\.id) == ["unused-receiver", "unreachable-route"])
        #expect(diagnostics.allSatisfy { $0.severity == .warning })
        #expect(diagnostics[1].location.line == line + 1)
        #expect(diagnostics[1].hint?.contains("AlertmanagerValidationTests.swift:\(line)") == true)
    }

    @Test("a catch-all route that continues leaves later routes reachable")
    func continuingCatchAll() {
        let routing = Alertmanager(defaultReceiver: F.chat) {
            Route(.label(.alertname, matches: ".*"), to: F.pager, continue: true)
            Route(.severity(.info), to: F.mail)
        }
        #expect(F.diagnostics(F.stack(routing)).isEmpty)
    }

    @Test(
        "invalid-regex: syntax errors and what RE2 lacks",
        arguments: ["shop-(api", "(?=api)", "(a)\\1", "[z-a]"])
    func invalidRegex(pattern: String) {
        let routing = Alertmanager(defaultReceiver: F.chat) {
            Route(.label(.service, matches: pattern), to: F.pager)
        }
        #expect(F.diagnostics(F.stack(routing)).map(\.id) == ["invalid-regex"])
    }

    @Test("invalid-regex in an inhibition's matchers")
    func invalidInhibitRegex() {
        let routing = Alertmanager(defaultReceiver: F.chat) {
            Inhibit(source: .label(.service, doesNotMatch: "(unclosed"), target: .severity(.info))
        }
        #expect(F.diagnostics(F.stack(routing)).map(\.id) == ["invalid-regex"])
    }

    @Test("unknown-matcher-label: a label no alert carries (a warning, with a suggestion)")
    func unknownMatcherLabel() {
        let routing = Alertmanager(defaultReceiver: F.chat) {
            Route(.label("servce", equals: "shop-api"), to: F.pager)
        }
        let diagnostics = F.diagnostics(F.stack(routing), alerts: [F.alert("ShopDown", .critical)])
        #expect(diagnostics.map(\.id) == ["unknown-matcher-label"])
        #expect(diagnostics[0].severity == .warning)
        #expect(diagnostics[0].hint == "did you mean 'service'?")
        #expect(F.diagnostics(F.stack(routing)).isEmpty, "without alerts there is nothing to compare with")
    }

    @Test("invalid-label-name in grouping, matchers, inhibitions and expectations")
    func invalidLabelName() {
        let routing = Alertmanager(defaultReceiver: F.chat, groupBy: ["alert-name"]) {
            Route(.label("9team", equals: "a"), to: F.pager)
            Inhibit(source: .severity(.critical), target: .severity(.info), equal: ["in stance"])
            Expect(["sev erity": "info"], routesTo: F.chat)
        }
        #expect(F.diagnostics(F.stack(routing)).map(\.id) == Array(repeating: "invalid-label-name", count: 4))
    }

    @Test("nonpositive-duration on routing timings")
    func timings() {
        let routing = Alertmanager(
            defaultReceiver: F.chat, groupInterval: .seconds(0), resolveTimeout: .seconds(0)
        ) {
            Route(.severity(.info), to: F.pager, groupWait: .seconds(-1), repeatInterval: .seconds(0))
        }
        let messages = F.diagnostics(F.stack(routing)).map(\.message)
        #expect(
            Set(messages) == [
                "group interval must be longer than zero, not 0s", "resolve timeout must be longer than zero, not 0s",
                "group wait must not be negative, not -1s", "repeat interval must be longer than zero, not 0s",
            ])
    }

    @Test("undefined-time-interval: a route naming a time interval the configuration does not define")
    func undefinedTimeInterval() {
        var stack = F.resolved(F.shop)
        stack.alertmanager?.root.routes[1].mutedDuring = ["bussiness-hours"]
        let diagnostics = F.diagnostics(of: stack)
        #expect(diagnostics.map(\.id) == ["undefined-time-interval"])
        #expect(diagnostics[0].hint == "did you mean 'business-hours'?")
    }

    @Test("duplicate-time-interval: two schedules with one name")
    func duplicateTimeInterval() {
        let other = Schedule("weekend") { Period(weekdays: [.saturday]) }
        let routing = Alertmanager(defaultReceiver: F.chat) {
            Route(.severity(.info), to: F.pager, mutedDuring: [F.weekend])
            Route(.severity(.warning), to: F.pager, mutedDuring: [other])
        }
        #expect(F.diagnostics(F.stack(routing)).map(\.id) == ["duplicate-time-interval"])
    }

    @Test("invalid-schedule: no periods, bad times, reversed ranges, bad days of month")
    func invalidSchedule() {
        let empty = Schedule("never") {}
        let bad = Schedule("bad") {
            Period(times: [TimeRange(from: TimeOfDay(25), to: TimeOfDay(26))])
            Period(times: [TimeRange(from: TimeOfDay(17), to: TimeOfDay(9))], daysOfMonth: [0, 32])
        }
        let routing = Alertmanager(defaultReceiver: F.chat) {
            Route(.severity(.info), to: F.pager, mutedDuring: [empty], activeDuring: [bad])
        }
        let diagnostics = F.diagnostics(F.stack(routing))
        #expect(diagnostics.map(\.id) == Array(repeating: "invalid-schedule", count: 6))
        #expect(diagnostics.contains { $0.message.contains("17:00-09:00, which ends before it starts") })
    }

    @Test("unknown-time-zone")
    func unknownTimeZone() {
        let schedule = Schedule("office", timeZone: "Europe/Berlim") { Period(weekdays: Weekday.workdays) }
        let routing = Alertmanager(defaultReceiver: F.chat) {
            Route(.severity(.info), to: F.pager, activeDuring: [schedule])
        }
        #expect(F.diagnostics(F.stack(routing)).map(\.id) == ["unknown-time-zone"])
    }

    @Test("credential-in-url: a webhook URL carrying its token, a password or a key is refused, the credential masked")
    func credentialInURL() {
        let urls = [
            "https://hooks.slack.com/services/T000/B000/XXXXSECRET",
            "https://acme.webhook.office.com/webhookb2/abc@def/IncomingWebhook/123/456",
            "https://discord.com/api/webhooks/123/SECRETTOKEN",
            "https://bot:SECRET@alerts.example.com/hook",
            "https://alerts.example.com/hook?token=SECRET",
        ]
        for url in urls {
            let receiver = Receiver("hook", .webhook(url: url))
            let diagnostics = F.diagnostics(F.stack(Alertmanager(defaultReceiver: receiver)))
            #expect(diagnostics.map(\.id) == ["credential-in-url"], "\(url)")
            #expect(!(diagnostics.first?.message.contains("SECRET") ?? true), "\(diagnostics)")
            #expect(diagnostics.first?.hint?.contains(".webhook(urlFrom: .secret(") == true)
        }
        let plain = Receiver("hook", .webhook(url: "https://alerts.example.com/hook?team=ops"))
        #expect(F.diagnostics(F.stack(Alertmanager(defaultReceiver: plain))).isEmpty)
    }

    @Test("watchdog-to-receiver: without a dead man's switch the Watchdog notifies the receiver it falls into")
    func watchdogToReceiver() throws {
        func warnings(_ alertmanager: Alertmanager) throws -> [Diagnostic] {
            try Fixtures.diagnostics([Stack("shop") { alertmanager }]).filter { $0.id == "watchdog-to-receiver" }
        }
        let chatty = try warnings(Alertmanager(defaultReceiver: F.chat))
        #expect(chatty.count == 1)
        #expect(chatty.first?.message.hasPrefix("the always-firing Watchdog alert lands in receiver 'chat'") == true)
        #expect(chatty.first?.hint?.contains("watchdog: Watchdog(to: deadMansSwitch)") == true)
        #expect(try warnings(Alertmanager(defaultReceiver: F.chat, watchdog: Watchdog(to: F.pager))).isEmpty)
        #expect(
            try warnings(Alertmanager(defaultReceiver: F.discard) { Route(.severity(.critical), to: F.pager) }).isEmpty)
    }

    @Test("invalid-secret-name: a receiver's secret that cannot be a file name")
    func invalidSecretName() {
        let receiver = Receiver("pager", .pagerDuty(routingKey: .secret("../pagerduty key")))
        let stack = F.resolved(F.stack(Alertmanager(defaultReceiver: receiver)))
        #expect(SecretRules.all.flatMap { $0.check(stack) }.map(\.id) == ["invalid-secret-name"])
    }

    @Test("undefined-template: a receiver naming a template no file defines")
    func undefinedTemplate() {
        let receiver = Receiver("chat", .slack(channel: "#ops", webhook: .secret("slack_url"), title: "shop.title"))
        let diagnostics = F.diagnostics(F.stack(Alertmanager(defaultReceiver: receiver)))
        #expect(diagnostics.map(\.id) == ["undefined-template"])
        #expect(diagnostics[0].hint?.contains("vigil.slack.text") == true)
        let withoutLibrary = F.diagnostics(of: StackLowering.lower(F.stack(Alertmanager(defaultReceiver: F.chat))))
            .filter { $0.id != "watchdog-to-receiver" }
        #expect(withoutLibrary.map(\.id) == ["undefined-template", "undefined-template"])
        #expect(withoutLibrary[0].hint?.contains("no templates were loaded") == true)
    }

    @Test("requires-newer-alertmanager: a field newer than the declared compatibility, naming its version")
    func requiresNewer() {
        let teams = Receiver("teams", .microsoftTeams(webhook: .secret("teams_url")))
        let hook = Receiver("hook", .webhook(urlFrom: .secret("hook_url")))
        let routing = { (version: AlertmanagerVersion) in
            Alertmanager(defaultReceiver: teams, compatibility: version) { Route(to: hook, continue: true) }
        }
        let diagnostics = F.diagnostics(F.stack(routing(.v025)))
        #expect(diagnostics.map(\.id) == ["requires-newer-alertmanager", "requires-newer-alertmanager"])
        #expect(diagnostics.contains { $0.message.contains("webhook url_file, which needs Alertmanager 0.26;") })
        #expect(diagnostics.contains { $0.message.contains("needs Alertmanager 0.28; the stack targets 0.25") })
        #expect(diagnostics.allSatisfy { $0.severity == .error })
        let onlyTeams = F.diagnostics(F.stack(routing(.v027)))
        #expect(onlyTeams.map(\.message).first?.contains("msteams_configs") == true)
        #expect(onlyTeams[0].hint?.contains("AlertmanagerVersion(0, 28)") == true)
        #expect(F.diagnostics(F.stack(routing(.v028))).isEmpty)
    }

    @Test("unsupported-alertmanager: a compatibility older than the oldest release Vigil writes for")
    func unsupportedAlertmanager() {
        let diagnostics = F.diagnostics(
            F.stack(Alertmanager(defaultReceiver: F.chat, compatibility: AlertmanagerVersion(0, 24))))
        #expect(diagnostics.map(\.id) == ["unsupported-alertmanager"])
        #expect(
            diagnostics[0].message
                == "the stack targets Alertmanager 0.24; Vigil writes configuration for 0.25 and later")
        #expect(F.diagnostics(F.stack(Alertmanager(defaultReceiver: F.chat, compatibility: .v025))).isEmpty)
    }

    @Test("invalid-receiver-url: a webhook, Jira or Rocket.Chat endpoint that is not an http(s) URL")
    func invalidReceiverURL() {
        let receivers = [
            Receiver("hook", .webhook(url: "hooks.shop.example/alerts")),
            Receiver(
                "jira",
                .jira(
                    apiURL: "ftp://jira.shop.example/rest/api/2", project: "OPS", issueType: "Bug",
                    authorization: .bearer(.secret("jira_pat")))),
            Receiver(
                "rocketchat",
                .rocketChat(server: "https://", channel: "#ops", token: .secret("rc"), tokenID: .secret("rc_id"))),
        ]
        let diagnostics = F.diagnostics(F.stack(notifying: receivers))
        #expect(diagnostics.map(\.id) == Array(repeating: "invalid-receiver-url", count: 3))
        #expect(
            diagnostics[0].message
                == "receiver 'hook' has the webhook URL 'hooks.shop.example/alerts', which is not an http or https URL")
        #expect(diagnostics[1].message.contains("Jira API URL 'ftp://"))
        #expect(diagnostics[2].message.contains("Rocket.Chat server URL 'https://'"))
        #expect(F.diagnostics(F.stack(notifying: [F.hook, F.jira])).isEmpty)
    }

    @Test("invalid-telegram-chat: chat 0, or a topic that is not positive")
    func invalidTelegramChat() {
        let diagnostics = F.diagnostics(
            F.stack(notifying: [Receiver("telegram", .telegram(chat: 0, topic: 0, botToken: .secret("bot")))]))
        #expect(diagnostics.map(\.id) == ["invalid-telegram-chat", "invalid-telegram-chat"])
        #expect(diagnostics[0].message == "receiver 'telegram' sends to Telegram chat 0, which does not exist")
        #expect(diagnostics[1].message.contains("topic 0; topic ids are positive"))
    }

    @Test("missing-jira-field: a Jira issue without a project or an issue type")
    func missingJiraField() {
        let jira = Receiver(
            "jira",
            .jira(
                apiURL: "https://shop.atlassian.net/rest/api/2", project: " ", issueType: "",
                authorization: .basic(username: "am@shop.example", password: .secret("jira_api_token"))))
        let diagnostics = F.diagnostics(F.stack(notifying: [jira]))
        #expect(diagnostics.map(\.id) == ["missing-jira-field", "missing-jira-field"])
        #expect(
            diagnostics.map(\.message) == [
                "receiver 'jira' creates Jira issues without a project",
                "receiver 'jira' creates Jira issues without an issue type",
            ])
    }

    @Test("invalid-rocketchat-channel: a channel that is neither #channel nor @user")
    func invalidRocketChatChannel() {
        let rocketChat = Receiver(
            "rocketchat",
            .rocketChat(
                server: "https://chat.shop.example", channel: "ops", token: .secret("rc"), tokenID: .secret("rc_id")))
        let diagnostics = F.diagnostics(F.stack(notifying: [rocketChat]))
        #expect(diagnostics.map(\.id) == ["invalid-rocketchat-channel"])
        #expect(diagnostics[0].hint == "write '#ops' for a channel or '@ops' for a direct message")
    }

    @Test("failed-routing-expectation: the tree sends the alert elsewhere")
    func failedExpectation() {
        let line = #line + 3
        let routing = Alertmanager(defaultReceiver: F.chat) {
            Route(.severity(.critical), to: F.pager)
            Expect(["severity": "critical", "service": "shop-api"], routesTo: F.chat)
        }
        let diagnostics = F.diagnostics(F.stack(routing))
        #expect(diagnostics.map(\.id) == ["failed-routing-expectation"])
        #expect(
            diagnostics[0].message
                == #"an alert labelled {service="shop-api", severity="critical"} reaches 'pager', not 'chat'"#)
        #expect(diagnostics[0].location.line == line)
    }

    @Test("alert-routes-to-null: an alert that can only reach a receiver without integrations (a warning)")
    func alertToNull() {
        let routing = Alertmanager(defaultReceiver: F.chat) {
            Route(.severity(.info), to: F.discard)
        }
        let alerts = [F.alert("DiskAlmostFull", .info), F.alert("ShopDown", .critical)]
        let diagnostics = F.diagnostics(F.stack(routing), alerts: alerts)
        #expect(diagnostics.map(\.id) == ["alert-routes-to-null"])
        #expect(diagnostics[0].message == "alert 'DiskAlmostFull' only reaches 'null', which notifies no one")
    }
}
