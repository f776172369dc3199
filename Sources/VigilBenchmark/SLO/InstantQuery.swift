import Foundation

/// One instant query through Prometheus's HTTP API (`/api/v1/query` with `stats=all`), sent with `curl`: what it
/// returned, how many samples it loaded and how long the server took.
struct InstantQuery: Sendable {
    /// The server refused or failed the query, or answered something unreadable.
    struct Failed: Error, CustomStringConvertible {
        var description: String
    }

    /// The samples of the result vector (a scalar result is one sample).
    var values: [Double]
    /// `data.stats.samples.totalQueryableSamples`: the samples the query read from storage.
    var samples: Int
    /// `data.stats.timings.execTotalTime`: the server's time for the query, queueing excluded, in seconds.
    var seconds: Double

    /// Evaluates `query` at `time` (Unix seconds) on the server at `url` (`http://127.0.0.1:9090`).
    init(_ query: String, at time: Int64, url: String) throws {
        let curl = Process()
        curl.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        curl.arguments = [
            "curl", "--silent", "--show-error", "--max-time", "300", "--data-urlencode", "query=\(query)",
            "--data-urlencode", "time=\(time)", "--data-urlencode", "stats=all", "\(url)/api/v1/query",
        ]
        let output = Pipe()
        curl.standardOutput = output
        try curl.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        curl.waitUntilExit()
        guard curl.terminationStatus == 0 else {
            throw Failed(description: "curl exited with \(curl.terminationStatus) for \(query)")
        }
        try self.init(response: data, query: query)
    }

    /// Reads the API's JSON answer to `query`.
    init(response data: Data, query: String) throws {
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any],
            root["status"] as? String == "success", let body = root["data"] as? [String: Any]
        else {
            throw Failed(description: "\(query): \(String(decoding: data.prefix(500), as: UTF8.self))")
        }
        let stats = body["stats"] as? [String: Any]
        guard let samples = (stats?["samples"] as? [String: Any])?["totalQueryableSamples"] as? Int,
            let seconds = (stats?["timings"] as? [String: Any])?["execTotalTime"] as? Double
        else { throw Failed(description: "\(query): no stats in the answer") }
        self.samples = samples
        self.seconds = seconds
        switch body["resultType"] as? String {
        case "vector":
            values = (body["result"] as? [[String: Any]] ?? []).compactMap { Self.number($0["value"]) }
        case "scalar":
            values = Self.number(body["result"]).map { [$0] } ?? []
        default:
            values = []
        }
    }

    /// The value of a `[time, "value"]` pair.
    static func number(_ pair: Any?) -> Double? {
        guard let pair = pair as? [Any], pair.count == 2, let text = pair[1] as? String else { return nil }
        return Double(text)
    }
}
