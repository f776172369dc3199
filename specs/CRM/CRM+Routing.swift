import Vigil

extension CRM {
    /// The Slack incoming webhook the Slack receiver posts through.
    static let slackWebhook = Secret.secret("slack_webhook_url")

    /// Warnings, and whatever no route takes: Slack #crm-alerts.
    static let slack = Receiver("slack", .slack(channel: "#crm-alerts", webhook: slackWebhook))

    /// The document's critical alerts (service down, errors, database pool) page the on-call engineer.
    static let pagerDuty = Receiver("pagerduty", .pagerDuty(routingKey: .secret("pagerduty_routing_key")))

    /// The dead man's switch: it pages when the Watchdog's hourly notification stops arriving.
    static let deadMansSwitch = Receiver(
        "deadmans-switch",
        .webhook(
            url: "https://deadman.crm.example/ping/alertmanager",
            authorization: .bearer(.secret("deadmans_switch_token"))))

    /// The document sorts its alerts into critical and warning: critical pages, warnings go to Slack.
    static let routing = Alertmanager(
        defaultReceiver: slack, groupBy: [.alertname, .service], watchdog: Watchdog(to: deadMansSwitch)
    ) {
        Route(.severity(.critical), to: pagerDuty)

        Expect(["alertname": "ServiceDown", "severity": "critical", "service": "crm-backend"], routesTo: pagerDuty)
        Expect(["alertname": "LowCacheHitRate", "severity": "warning", "service": "crm-backend"], routesTo: slack)
        Expect(
            ["alertname": "ListLeadsP95ErrorBudgetBurn", "severity": "critical", "service": "crm-backend"],
            routesTo: pagerDuty)
    }
}
