import Vigil

extension AutoDealGenie {
    /// The Slack incoming webhook both Slack receivers post through (the document's `slack_api_url`).
    static let slackWebhook = Secret.secret("slack_webhook_url")

    /// Whatever no route takes: Slack #alerts.
    static let defaultReceiver = Receiver("default", .slack(channel: "#alerts", webhook: slackWebhook))

    /// Critical alerts page the on-call engineer.
    static let pagerDuty = Receiver("pagerduty", .pagerDuty(routingKey: .secret("pagerduty_routing_key")))

    /// Warnings go to Slack #warnings.
    static let slackWarnings = Receiver("slack", .slack(channel: "#warnings", webhook: slackWebhook))

    /// The dead man's switch: it pages when the Watchdog's hourly notification stops arriving.
    static let deadMansSwitch = Receiver(
        "deadmans-switch",
        .webhook(
            url: "https://deadman.autodealgenie.example/ping/alertmanager",
            authorization: .bearer(.secret("deadmans_switch_token"))))

    /// The document's Alertmanager configuration: critical to PagerDuty, warning to Slack #warnings, the rest
    /// to Slack #alerts, grouped by alert name and severity; three peers, so that losing one loses no
    /// notification, each waiting 4 s per position, so that the last notifies within the 10 s group interval.
    static let routing = Alertmanager(
        defaultReceiver: defaultReceiver, groupBy: [.alertname, .severity], groupWait: .seconds(10),
        groupInterval: .seconds(10), repeatInterval: .hours(12), watchdog: Watchdog(to: deadMansSwitch),
        cluster: AlertmanagerCluster(peers: 3, peerTimeout: .seconds(4))
    ) {
        Route(.severity(.critical), to: pagerDuty)
        Route(.severity(.warning), to: slackWarnings)

        Expect(["alertname": "HighErrorRate", "severity": "critical"], routesTo: pagerDuty)
        Expect(["alertname": "HighLatency", "severity": "warning"], routesTo: slackWarnings)
        Expect(["alertname": "DealsBacklogNoticed", "severity": "info"], routesTo: defaultReceiver)
        Expect(["alertname": "Watchdog", "severity": "none"], routesTo: deadMansSwitch)
    }
}
