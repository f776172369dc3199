import Foundation
import Testing

@testable import vigil_bench

@Suite("SLO benchmark: the synthetic traffic and its true ratios")
struct SyntheticTrafficTests {
    /// Three days scraped every ten minutes, ending at the benchmark's end, with three incidents and a restart
    /// of /cart.
    static func traffic(seed: UInt64 = 7) -> SyntheticTraffic {
        var traffic = SyntheticTraffic(start: 1_772_323_200 - 3 * 86_400, end: 1_772_323_200, step: 600, seed: seed)
        traffic.incidents = [
            Incident(secondsBeforeEnd: 60 * 3600, seconds: 3600, kind: .errors(share: 0.2, status: "503"), routes: nil),
            Incident(secondsBeforeEnd: 30 * 3600, seconds: 1800, kind: .slow(share: 0.3), routes: ["/search"]),
            Incident(
                secondsBeforeEnd: 10 * 3600, seconds: 600, kind: .errors(share: 0.5, status: "500"),
                routes: ["/checkout"]),
        ]
        traffic.restarts = [("/cart", 20 * 3600)]
        return traffic
    }

    /// The standard traffic written, with the counts of its last two days.
    static let standard = Result { try written(traffic(), window: 2 * 86_400) }

    /// The traffic written as OpenMetrics, read back, and the counts the writer returned for the last `window`.
    static func written(_ traffic: SyntheticTraffic, window: Int64) throws -> (OpenMetricsSamples, EventCounts) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("slo-bench-\(UUID().uuidString).om")
        defer { try? FileManager.default.removeItem(at: path) }
        let counts = try OpenMetricsWriter(traffic: traffic).write(to: path.path, window: window)
        return (OpenMetricsSamples(try String(contentsOf: path, encoding: .utf8)), counts)
    }

    @Test("the true ratios are the counters' increases over the window, restart included, to the request")
    func trueRatiosAreTheCountersIncreases() throws {
        let traffic = Self.traffic()
        let window: Int64 = 2 * 86_400
        let (samples, counts) = try Self.standard.get()
        #expect(samples.ended)
        let start = traffic.end - window
        func grown(_ keys: [String]) -> Int64 {
            Int64(keys.reduce(0) { $0 + samples.increase($1, after: start, through: traffic.end) })
        }
        let total = grown(samples.keys("http_requests_total{"))
        let serverErrors = grown(samples.keys("http_requests_total{", containing: ["status=\"5"]))
        let histogramCount = grown(samples.keys("http_request_duration_seconds_count{"))
        let fast = grown(samples.keys("http_request_duration_seconds_bucket{", containing: ["le=\"0.3\""]))
        #expect(counts.total == total)
        #expect(counts.serverErrors == serverErrors)
        #expect(histogramCount == total)
        #expect(counts.slow == total - fast)
        #expect(counts.serverErrors > 0 && counts.slow > 0)
        // The errors before the window (the first burst) are not counted.
        let all = try Self.written(traffic, window: 3 * 86_400).1
        #expect(all.serverErrors > counts.serverErrors)
    }

    @Test("every series has a point at every scrape, its buckets cumulative and its +Inf bucket its count")
    func seriesAreComplete() throws {
        let traffic = Self.traffic()
        let samples = try Self.standard.get().0
        #expect(samples.order.count == traffic.shape.seriesCount)
        #expect(samples.series.values.allSatisfy { $0.count == traffic.scrapes })
        let labels = "job=\"checkout\",method=\"GET\",route=\"/search\",status=\"200\""
        let buckets = ["0.1", "0.3", "1.0", "+Inf"].map {
            samples.series["http_request_duration_seconds_bucket{\(labels),le=\"\($0)\"}"]!
        }
        let count = samples.series["http_request_duration_seconds_count{\(labels)}"]!
        for scrape in 0..<traffic.scrapes {
            let values = buckets.map { $0[scrape].value }
            #expect(values == values.sorted())
            #expect(values.last == count[scrape].value)
        }
        #expect(samples.series["http_requests_total{\(labels)}"]!.map(\.value) == count.map(\.value))
        // The /cart restart: its counters drop once, to the requests of that one scrape.
        let cart = try #require(
            samples.series[#"http_requests_total{job="checkout",method="GET",route="/cart",status="200"}"#])
        #expect(zip(cart, cart.dropFirst()).filter { $1.value < $0.value }.count == 1)
    }

    @Test("a seed gives the same bytes on every run; another seed other traffic")
    func deterministic() throws {
        let first = try Self.standard.get()
        let again = try Self.written(Self.traffic(), window: 2 * 86_400)
        let other = try Self.written(Self.traffic(seed: 8), window: 2 * 86_400)
        #expect(first.1 == again.1)
        #expect(first.0.series.mapValues { $0.map(\.value) } == again.0.series.mapValues { $0.map(\.value) })
        #expect(first.1 != other.1)
    }

    @Test("bursts show where they were declared")
    func incidents() throws {
        let traffic = Self.traffic()
        let samples = try Self.standard.get().0
        let checkout = samples.keys("http_requests_total{", containing: ["route=\"/checkout\""])
        let failed = samples.keys("http_requests_total{", containing: ["route=\"/checkout\"", "status=\"500\""])
        let burst = traffic.end - 10 * 3600
        func ratio(from start: Int64, to end: Int64) -> Double {
            failed.reduce(0) { $0 + samples.increase($1, after: start, through: end) }
                / checkout.reduce(0) { $0 + samples.increase($1, after: start, through: end) }
        }
        #expect(abs(ratio(from: burst, to: burst + 600) - 0.5) < 0.05)
        #expect(ratio(from: burst - 3600, to: burst) < 0.01)
    }

    @Test("a share of events is drawn within bounds and exact on average")
    func shares() {
        var random = SplitMix64(seed: 1)
        var drawn: Int64 = 0
        for _ in 0..<10_000 {
            let share = random.share(of: 10, 0.25)
            #expect((2...3).contains(share))
            drawn += share
        }
        #expect(abs(Double(drawn) / 100_000 - 0.25) < 0.005)
        #expect(random.share(of: 0, 0.5) == 0 && random.share(of: 7, 1) == 7 && random.share(of: 7, 0) == 0)
    }

    @Test("traffic follows the day: lowest at midnight, highest at noon")
    func dailyCycle() {
        #expect(abs(SyntheticTraffic.dailyCycle(at: 1_772_323_200) - 0.4) < 1e-9)
        #expect(abs(SyntheticTraffic.dailyCycle(at: 1_772_323_200 + 43_200) - 1.6) < 1e-9)
    }
}
