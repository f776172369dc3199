/// The parts of Prometheus' HTTP API answers that the checks read.
enum PrometheusAPI {
    struct Envelope<Payload: Decodable>: Decodable {
        var data: Payload
    }

    struct Targets: Decodable {
        var activeTargets: [Target]
    }

    struct Target: Decodable {
        var scrapePool: String
        var labels: [String: String]
        var health: String
        var lastError: String
    }

    struct Rules: Decodable {
        var groups: [Group]
    }

    struct Group: Decodable {
        var name: String
        var rules: [Rule]
    }

    struct Rule: Decodable {
        var name: String
        var query: String
        var health: String
        var lastError: String?
    }

    struct Alerts: Decodable {
        var alerts: [Alert]
    }

    struct Alert: Decodable {
        var labels: [String: String]
        var state: String
    }
}

/// The parts of Alertmanager's API v2 alerts that the checks read.
struct AlertmanagerAlert: Decodable {
    struct Status: Decodable {
        var state: String
        var inhibitedBy: [String]
    }

    var labels: [String: String]
    var status: Status
}
