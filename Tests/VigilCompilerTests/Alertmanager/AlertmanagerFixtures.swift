import Foundation
import VigilDSL

@testable import VigilBackends
@testable import VigilCompiler
@testable import VigilModel

/// Stacks whose Alertmanager uses every receiver kind, schedules, inhibitions and expectations, with the
/// package's own templates.
enum AlertmanagerFixtures {
    /// The package's `templates/` folder, read as the command line reads it.
    static let templates: TemplateLibrary = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return try! TemplateLibrary(contentsOf: root.appendingPathComponent("templates"))
    }()

    static let pager = Receiver("pager", .pagerDuty(routingKey: .secret("pagerduty_key")))
    static let chat = Receiver("chat", .slack(channel: "#ops", webhook: .secret("slack_url")))
    static let mail = Receiver(
        "mail",
        .email(
            to: "ops@shop.example", from: "alertmanager@shop.example", smarthost: "smtp.shop.example:587",
            username: "alertmanager@shop.example", password: .secret("smtp_password")))
    static let hook = Receiver(
        "hook",
        .webhook(
            url: "http://hooks.shop.example/alerts",
            authorization: .basic(username: "am", password: .secret("hook_password"))))
    static let genie = Receiver("genie", .opsgenie(apiKey: .secret("opsgenie_key")))
    static let discard = Receiver("null")
    static let deadMan = Receiver(
        "deadman", .webhook(url: "https://deadman.shop.example/ping", authorization: .bearer(.secret("deadman_token"))))

    /// A receiver of each kind that came after Alertmanager 0.25, but Jira (see ``jira``).
    static let newerReceivers = [
        Receiver("teams-workflow", .microsoftTeamsV2(webhook: .secret("teams_workflow_url"))),
        Receiver("teams", .microsoftTeams(webhook: .secret("teams_url"))),
        Receiver("discord", .discord(webhook: .secret("discord_webhook_url"))),
        Receiver("telegram", .telegram(chat: -1_001_234_567_890, topic: 7, botToken: .secret("telegram_bot_token"))),
        Receiver(
            "rocketchat",
            .rocketChat(
                server: "https://chat.shop.example", channel: "#ops", token: .secret("rocketchat_token"),
                tokenID: .secret("rocketchat_user_id"))),
        Receiver("hook-secret", .webhook(urlFrom: .secret("hook_url"))),
    ]
    /// A Jira receiver with every setting.
    static let jira = Receiver(
        "jira",
        .jira(
            apiURL: "https://shop.atlassian.net/rest/api/2", project: "OPS", issueType: "Incident",
            authorization: .basic(username: "alertmanager@shop.example", password: .secret("jira_api_token")),
            labels: ["alertmanager", "shop"], resolveTransition: "Done", reopenTransition: "To Do",
            wontFixResolution: "Won't Do", reopenDuration: .hours(12)))

    static let businessHours = Schedule("business-hours", timeZone: "Europe/Berlin") {
        Period(weekdays: Weekday.workdays, times: [TimeRange(from: TimeOfDay(9), to: TimeOfDay(17, 30))])
    }
    static let weekend = Schedule("weekend") {
        Period(weekdays: Weekday.weekend)
        Period(daysOfMonth: [1, 2, 3, -1], months: [.december, .january, .february])
    }

    static let routing = Alertmanager(defaultReceiver: chat, watchdog: Watchdog(to: deadMan)) {
        Route(.severity(.critical), to: pager, continue: true, repeatInterval: .hours(1))
        Route(.severity(.critical), to: chat)
        Route(.severity(.warning), to: chat, mutedDuring: [weekend]) {
            Route(.label(.service, matches: "shop-(api|worker)"), to: hook)
        }
        Route(.severity(.info), to: mail, activeDuring: [businessHours])
        Route(.label("team", equals: "growth"), to: genie)
        Route(.alertname("InfoInhibitor"), to: discard)
        Inhibit(source: .alertname("ShopDown"), target: .label(.service, notEquals: "shop-db"), equal: [.instance])
        Expect(["severity": "critical"], routesTo: [pager, chat])
        Expect(["severity": "warning", "service": "shop-api"], routesTo: hook)
        Expect(["severity": "warning", "service": "shop-db"], routesTo: chat)
        Expect(["severity": "info"], routesTo: mail)
        Expect(["alertname": "Watchdog"], routesTo: deadMan)
    }

    static let shop = Stack("shop") {
        Service("shop-api", scrape: .target("api:8080", labels: ["team": "checkout"]))
        routing
    }

    /// A stack of `routing` and one service.
    static func stack(_ routing: Alertmanager) -> Stack {
        Stack("shop") {
            Service("shop-api", scrape: .target("api:8080"))
            routing
        }
    }

    /// A stack whose Alertmanager sends every alert to each of `receivers`.
    static func stack(notifying receivers: [Receiver]) -> Stack {
        stack(
            Alertmanager(defaultReceiver: receivers[0]) {
                for receiver in receivers {
                    Route(to: receiver, continue: true)
                }
            })
    }

    /// The lowered stack, with `alerts` in place of the stack's own, so that routing sees only these.
    static func resolved(_ stack: Stack, alerts: [ResolvedAlert] = []) -> ResolvedStack {
        var resolved = StackLowering.lower(stack, templates: templates)
        resolved.alerts = alerts
        return resolved
    }

    /// An alert of service `service` with these labels besides `severity` and `service`.
    static func alert(
        _ name: String, _ severity: Severity, service: String = "shop-api", labels: [String: String] = [:],
        line: Int = #line
    ) -> ResolvedAlert {
        let all = labels.merging(["severity": severity.name, "service": service]) { $1 }
        return ResolvedAlert(
            name: name, severity: severity, labels: all.map { Label($0.key, $0.value) }.sorted { $0.name < $1.name },
            location: SourceLocation(line: line))
    }

    /// The diagnostics the Alertmanager rules find in `stack`, sorted.
    static func diagnostics(_ stack: Stack, alerts: [ResolvedAlert] = []) -> [Diagnostic] {
        diagnostics(of: resolved(stack, alerts: alerts))
    }

    /// The diagnostics the Alertmanager rules find in a lowered stack, sorted.
    static func diagnostics(of stack: ResolvedStack) -> [Diagnostic] {
        DiagnosticPrinter.sorted(AlertmanagerRules.all.flatMap { $0.check(stack) })
    }

    /// Every file the standard emitters write for `stack`, by path.
    static func files(_ stack: ResolvedStack) throws -> [String: String] {
        Dictionary(
            uniqueKeysWithValues: try Compiler.standardEmitters.flatMap { try $0.emit(stack) }.map {
                ($0.path, $0.contents)
            })
    }
}
