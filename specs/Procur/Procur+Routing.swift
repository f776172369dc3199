import Vigil

extension Procur {
    /// Critical alerts page the on-call engineer through PagerDuty (Events API v2).
    static let pagerDuty = Receiver("pagerduty", .pagerDuty(routingKey: .secret("pagerduty_routing_key")))

    /// Warnings go to the team's Slack channel.
    static let slackAlerts = Receiver(
        "slack", .slack(channel: "#procur-alerts", webhook: .secret("slack_webhook_url")))

    /// Info alerts are mailed to the procurement operations team.
    static let email = Receiver(
        "email",
        .email(
            to: "procurement-ops@procur.example", from: "alertmanager@procur.example",
            smarthost: "smtp.procur.example:587", username: "alertmanager@procur.example",
            password: .secret("smtp_password")))

    /// The dead man's switch: an external service that pages when the Watchdog's hourly notification stops
    /// arriving, i.e. when Prometheus or Alertmanager is down.
    static let deadMansSwitch = Receiver(
        "deadmans-switch",
        .webhook(
            url: "https://deadman.procur.example/ping/alertmanager",
            authorization: .bearer(.secret("deadmans_switch_token"))))

    /// The summary's routing: critical to PagerDuty, warning to Slack, info to email. Anything without a known
    /// severity falls back to Slack, where someone sees it.
    static let routing = Alertmanager(defaultReceiver: slackAlerts, watchdog: Watchdog(to: deadMansSwitch)) {
        Route(.severity(.critical), to: pagerDuty)
        Route(.severity(.warning), to: slackAlerts)
        Route(.severity(.info), to: email)

        Expect(["alertname": "HighAPIErrorRate", "severity": "critical", "service": "procur-api"], routesTo: pagerDuty)
        // Slack being down must not be announced on Slack.
        Expect(
            ["alertname": "SlackIntegrationDown", "severity": "critical", "service": "procur-api"], routesTo: pagerDuty)
        Expect(["alertname": "HighAPILatency", "severity": "warning", "service": "procur-api"], routesTo: slackAlerts)
        Expect(["alertname": "LowCostSavings", "severity": "info", "service": "procur-api"], routesTo: email)
        Expect(["alertname": "Watchdog", "severity": "none"], routesTo: deadMansSwitch)
    }
}
