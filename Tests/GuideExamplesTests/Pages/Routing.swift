import Vigil

// The examples of docs/guide/routing.md.
extension Shop {
    // guide:begin receivers
    static let pager = Receiver("pager", .pagerDuty(routingKey: .secret("pagerduty_routing_key")))
    static let chat = Receiver("chat", .slack(channel: "#shop-alerts", webhook: .secret("slack_webhook_url")))
    static let mail = Receiver(
        "mail",
        .email(
            to: "shop-team@example.com", from: "alertmanager@example.com", smarthost: "smtp.example.com:587",
            username: "alertmanager@example.com", password: .secret("smtp_password")))
    static let hook = Receiver(
        "hook", .webhook(url: "https://hooks.example.com/alerts", authorization: .bearer(.secret("hook_token"))))
    static let secretHook = Receiver("secret-hook", .webhook(urlFrom: .secret("chatops_webhook_url")))
    static let genie = Receiver("genie", .opsgenie(apiKey: .secret("opsgenie_api_key")))
    static let teams = Receiver("teams", .microsoftTeamsV2(webhook: .secret("teams_workflow_url")))
    static let legacyTeams = Receiver("legacy-teams", .microsoftTeams(webhook: .secret("teams_connector_url")))
    static let discord = Receiver("discord", .discord(webhook: .secret("discord_webhook_url")))
    static let telegram = Receiver(
        "telegram", .telegram(chat: -1_001_234_567_890, botToken: .secret("telegram_bot_token")))
    static let jira = Receiver(
        "jira",
        .jira(
            apiURL: "https://shop.atlassian.net/rest/api/2", project: "OPS", issueType: "Bug",
            authorization: .basic(username: "alertmanager@example.com", password: .secret("jira_api_token")),
            resolveTransition: "Done"))
    static let rocket = Receiver(
        "rocket",
        .rocketChat(
            server: "https://chat.example.com", channel: "#alerts", token: .secret("rocketchat_token"),
            tokenID: .secret("rocketchat_token_id")))
    static let everywhere = Receiver(
        "everywhere", .slack(channel: "#incidents", webhook: .secret("slack_webhook_url")),
        .pagerDuty(routingKey: .secret("pagerduty_routing_key")))
    static let discard = Receiver("null")
    static let deadMansSwitch = Receiver(
        "deadmans-switch",
        .webhook(url: "https://deadman.example.com/ping", authorization: .bearer(.secret("deadman_token"))))
    // guide:end

    // guide:begin schedules
    static let businessHours = Schedule("business-hours", timeZone: "Europe/Berlin") {
        Period(weekdays: Weekday.workdays, times: [TimeRange(from: TimeOfDay(9), to: TimeOfDay(17, 30))])
    }
    static let maintenance = Schedule("maintenance") {
        Period(weekdays: [.sunday], times: [TimeRange(from: TimeOfDay(2), to: TimeOfDay(4))])
        Period(daysOfMonth: [-1], months: [.december])
    }
    // guide:end

    // guide:begin routing
    static let routing = Alertmanager(
        defaultReceiver: chat, groupBy: [.alertname, .service], groupWait: .seconds(30), groupInterval: .minutes(5),
        repeatInterval: .hours(4), resolveTimeout: .minutes(5), watchdog: Watchdog(to: deadMansSwitch)
    ) {
        // The payments team's critical alerts go everywhere at once.
        Route(.severity(.critical), .label("team", equals: "payments"), to: everywhere)
        // Other critical alerts page, and continue to the chat too.
        Route(.severity(.critical), to: pager, continue: true, repeatInterval: .hours(1))
        Route(.severity(.critical), to: chat)
        // The payments team's warnings go to its webhook, except during maintenance.
        Route(
            .label("team", equals: "payments"), .severity(in: [.warning, .info]), to: hook, mutedDuring: [maintenance])
        // Info alerts are emailed, in business hours only.
        Route(.severity(.info), to: mail, groupBy: [.alertname], groupWait: .minutes(1), activeDuring: [businessHours])
        // Nested routes: search's alerts to Opsgenie, its noisy one nowhere.
        Route(.label(.service, matches: "shop-search|search-.*"), to: genie) {
            Route(.alertname("SearchIndexLagging"), to: discard)
        }
        // The alerts of the monitoring itself (services not named shop-*) go to the platform team on Teams.
        Route(.label(.service, doesNotMatch: "shop-.*"), to: teams)
        // One receiver per team.
        Route(.label("team", equals: "mobile"), to: discord)
        Route(.label("team", equals: "data"), to: telegram)
        Route(.label("team", equals: "support"), to: jira, repeatInterval: .hours(24))
        Route(.label("team", equals: "community"), to: rocket)
        Route(.label("team", equals: "legacy"), to: legacyTeams)
        Route(.label("team", equals: "chatops"), to: secretHook)
        // While the database is down, nothing else of the API is sent (but DatabaseDown itself is).
        Inhibit(
            source: .alertname("DatabaseDown"),
            target: .label(.service, equals: "shop-api"), .label(.alertname, notEquals: "DatabaseDown"),
            equal: [.instance])
        Expect(["alertname": "HighErrorRate", "severity": "critical", "service": "shop-api"], routesTo: [pager, chat])
        Expect(
            ["alertname": "Refunds", "severity": "warning", "team": "payments", "service": "shop-api"], routesTo: hook)
        Expect(["alertname": "CartAbandoned", "severity": "info", "service": "shop-api"], routesTo: mail)
        Expect(["alertname": "SearchIndexLagging", "severity": "warning", "service": "shop-search"], routesTo: discard)
        Expect(["alertname": "Outage", "severity": "critical", "team": "payments"], routesTo: everywhere)
        Expect(["alertname": "Watchdog", "severity": "none"], routesTo: deadMansSwitch)
    }
    // guide:end

    /// The stack of the routing page.
    static let routingStack = Stack("guide-routing") {
        routing
        Service("shop-api", scrape: .target("api:8080"), ruleLabels: ["team": "payments"]) {
            Alert("DatabaseDown", severity: .critical, for: .minutes(1)) {
                PrometheusServerMetrics.up.job("shop-api").equals(0)
            }
            Alert("CartAbandoned", severity: .info, for: .minutes(30)) {
                PrometheusServerMetrics.up.job("shop-api").equals(2)
            }
        }
    }
}
