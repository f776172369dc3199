import Foundation

/// The samples of an OpenMetrics text, read back the simple way the tests can trust: every series' points, and
/// how much a counter grew in a window as Prometheus counts it (a drop is a restart from zero).
struct OpenMetricsSamples {
    /// Per series (`name{labels}` as written), its points in order.
    var series: [String: [(time: Int64, value: Double)]] = [:]
    /// The series in the order they first appear.
    var order: [String] = []
    /// Whether the text ended with `# EOF`.
    var ended = false

    init(_ text: String) {
        for line in text.split(separator: "\n") {
            if line == "# EOF" {
                ended = true
                continue
            }
            guard !line.hasPrefix("#") else { continue }
            let fields = line.split(separator: " ")
            let key = String(fields[0])
            if series[key] == nil { order.append(key) }
            series[key, default: []].append((Int64(fields[2])!, Double(fields[1])!))
        }
    }

    /// How much `key` grew in the scrapes after `start` up to `end` (Unix seconds).
    func increase(_ key: String, after start: Int64, through end: Int64) -> Double {
        let points = series[key] ?? []
        var grown = 0.0
        for (previous, point) in zip(points, points.dropFirst()) where point.time > start && point.time <= end {
            grown += point.value >= previous.value ? point.value - previous.value : point.value
        }
        return grown
    }

    /// The series whose key starts with `prefix` and contains every one of `parts`.
    func keys(_ prefix: String, containing parts: [String] = []) -> [String] {
        order.filter { key in key.hasPrefix(prefix) && parts.allSatisfy { key.contains($0) } }
    }
}
