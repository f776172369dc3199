import Vigil

extension Analytics {
    /// The Slack incoming webhook both Slack receivers post through.
    static let slackWebhook = Secret.secret("slack_webhook_url")

    /// Warnings, and whatever no route takes: Slack #analytics-alerts.
    static let slackAlerts = Receiver("slack-alerts", .slack(channel: "#analytics-alerts", webhook: slackWebhook))

    /// Critical alerts (`HighErrorRate`) page the on-call engineer.
    static let pagerDuty = Receiver("pagerduty", .pagerDuty(routingKey: .secret("pagerduty_routing_key")))

    /// Info alerts (`CreditConsumptionSpike`) need no one to act: a quieter channel, repeated once a day.
    static let slackInfo = Receiver("slack-info", .slack(channel: "#analytics-info", webhook: slackWebhook))

    /// The dead man's switch: it pages when the Watchdog's hourly notification stops arriving.
    static let deadMansSwitch = Receiver(
        "deadmans-switch",
        .webhook(
            url: "https://deadman.analytics.example/ping/alertmanager",
            authorization: .bearer(.secret("deadmans_switch_token"))))

    /// The document routes nothing itself; its severities ask for the usual tree: critical pages, warning goes
    /// to the team's channel, info to a channel read when convenient.
    static let routing = Alertmanager(
        defaultReceiver: slackAlerts, groupBy: [.alertname, .service], watchdog: Watchdog(to: deadMansSwitch)
    ) {
        Route(.severity(.critical), to: pagerDuty)
        Route(.severity(.info), to: slackInfo, repeatInterval: .hours(24))

        Expect(["alertname": "HighErrorRate", "severity": "critical", "service": "analytics"], routesTo: pagerDuty)
        Expect(["alertname": "HighMemoryUsage", "severity": "warning", "service": "analytics"], routesTo: slackAlerts)
        Expect(
            ["alertname": "CreditConsumptionSpike", "severity": "info", "service": "analytics"], routesTo: slackInfo)
    }
}
