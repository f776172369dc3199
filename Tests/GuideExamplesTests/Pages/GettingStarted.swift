// The example of docs/guide/getting-started.md: a whole spec file.
// guide:begin first-stack
import Vigil

enum Storefront {
    enum Request: String, LabelKey { case handler, status }
    static let requests = Counter<Request>("http_requests_total", help: "Requests handled.")
    static let failedHomePages = requests.where(.status, equals: "500").where(.handler, equals: "/")
    static let apiTarget = ["job": "storefront-api", "instance": "api:8080"]

    static let api = Service("storefront-api", scrape: .target("api:8080")) {
        requests
        Alert("StorefrontErrors", severity: .critical, for: .minutes(5)) {
            sum(rate(requests.where(.status, matches: "5.."), over: .minutes(5))) > 1
        } annotations: {
            AlertSummary("The storefront fails more than one request a second")
        }
        AlertTest("StorefrontErrors fires at two errors a second") {
            InputSeries(failedHomePages, labels: apiTarget, values: .increasing(from: 0, by: 120, steps: 15))
        } expect: {
            Quiet("StorefrontErrors", at: .minutes(4))
            Fires("StorefrontErrors", at: .minutes(12), value: 2)
        }
        AlertTest("StorefrontErrors stays quiet at one error a minute") {
            InputSeries(failedHomePages, labels: apiTarget, values: .increasing(from: 0, by: 1, steps: 15))
        } expect: {
            Quiet("StorefrontErrors", at: .minutes(12))
        }
    }

    static let chat = Receiver("chat", .slack(channel: "#storefront", webhook: .secret("slack_webhook_url")))
    static let deadMansSwitch = Receiver("deadmans-switch", .webhook(urlFrom: .secret("deadmans_switch_url")))

    static let stack = Stack("storefront") {
        api
        Alertmanager(defaultReceiver: chat, watchdog: Watchdog(to: deadMansSwitch))
        Grafana()
    }
}
// guide:end
