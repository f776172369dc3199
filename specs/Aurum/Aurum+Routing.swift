import Vigil

extension Aurum {
    /// Critical alerts, SLO pages among them, page the on-call engineer.
    static let pagerDuty = Receiver("pagerduty", .pagerDuty(routingKey: .secret("pagerduty_routing_key")))

    /// Everything else goes to the platform team's Slack channel.
    static let slackAlerts = Receiver("slack", .slack(channel: "#aurum-alerts", webhook: .secret("slack_webhook_url")))

    /// The dead man's switch, which pages when the Watchdog's hourly notification stops arriving.
    static let deadMansSwitch = Receiver(
        "deadmans-switch",
        .webhook(
            url: "https://deadman.aurum.example/ping/alertmanager",
            authorization: .bearer(.secret("deadmans_switch_token"))))

    /// The document gives no routing; this is the usual split: pages for what is critical, Slack for the rest.
    static let routing = Alertmanager(defaultReceiver: slackAlerts, watchdog: Watchdog(to: deadMansSwitch)) {
        Route(.severity(.critical), to: pagerDuty)

        Expect(["alertname": "HighAPIErrorRate", "severity": "critical", "service": "aurum-api"], routesTo: pagerDuty)
        Expect(
            [
                "alertname": "APIAvailabilityErrorBudgetBurn", "severity": "critical", "service": "aurum-api",
                "slo": "api-availability",
            ],
            routesTo: pagerDuty)
        Expect(["alertname": "LowCacheHitRate", "severity": "warning", "service": "aurum-api"], routesTo: slackAlerts)
        Expect(["alertname": "Watchdog", "severity": "none"], routesTo: deadMansSwitch)
    }
}
