import Vigil

extension StackTemplate {
    /// The Slack incoming webhook. A `Secret` is named, never written: `generated/stacktemplate/secrets/README.md`
    /// lists the secret files to create where the stack runs.
    static let slackWebhook = Secret.secret("slack_webhook_url")

    /// Whatever no route takes goes to Slack.
    static let slack = Receiver("slack", .slack(channel: "#alerts", webhook: slackWebhook))

    /// Critical alerts page the on-call engineer through PagerDuty.
    static let pagerDuty = Receiver("pagerduty", .pagerDuty(routingKey: .secret("pagerduty_routing_key")))

    /// The dead man's switch: it raises the alarm when the always-firing Watchdog alert stops arriving, that is
    /// when alerting itself is broken.
    static let deadMansSwitch = Receiver(
        "deadmans-switch",
        .webhook(
            url: "https://deadman.example.com/ping/stacktemplate",
            authorization: .bearer(.secret("deadmans_switch_token"))
        ))

    /// Critical alerts page, the rest go to Slack. Each `Expect` is a routing test that `make validate` runs.
    static let routing = Alertmanager(
        defaultReceiver: slack, groupBy: [.alertname, .severity], watchdog: Watchdog(to: deadMansSwitch)
    ) {
        Route(.severity(.critical), to: pagerDuty)

        Expect(["alertname": "HighErrorRate", "severity": "critical"], routesTo: pagerDuty)
        Expect(["alertname": "SomethingSlow", "severity": "warning"], routesTo: slack)
        Expect(["alertname": "Watchdog", "severity": "none"], routesTo: deadMansSwitch)
    }
}
