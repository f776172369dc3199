import Foundation

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
        /// When it was last evaluated (RFC 3339, nanoseconds), or Go's zero time.
        var lastEvaluation: String?
    }

    /// An RFC 3339 time as Prometheus writes it (`2026-11-24T01:02:03.123456789Z`), to the millisecond.
    static func time(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        guard text.count >= 19, let seconds = formatter.date(from: String(text.prefix(19)) + "Z") else { return nil }
        let fraction = text.dropFirst(19).prefix { $0 != "Z" && $0 != "+" && $0 != "-" }
        return seconds.addingTimeInterval(Double("0" + fraction) ?? 0)
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
