import Foundation
import Testing
import VigilCompiler
import VigilDSL

@testable import VigilBackends
@testable import VigilEndToEnd
@testable import VigilModel

/// The remote write Vigil generates, live on loopback: Prometheus 3.5 started with the generated `prometheus.yml`
/// writes to a single-node VictoriaMetrics, which then answers the generated dashboard's query with the series,
/// has the recorded series too, and has none of the raw series the preset does not keep; and the same run with
/// the recorded series dropped on purpose fails, naming them.
@Suite("Remote write, live: Prometheus to VictoriaMetrics on loopback")
struct RemoteWriteLiveTests {
    /// The series the preset must carry to the store: the dashboard's raw series it lists, and a recorded one.
    static let written = [#"up{job="self"}"#, "self:up:sum"]

    /// Generates a stack with a VictoriaMetrics remote write preset (each file through `rewrite`), and starts a
    /// single-node VictoriaMetrics and Prometheus scraping itself and writing to it.
    static func start(rewrite: @escaping (_ path: String, _ text: String) -> String = { $1 }) throws -> LoopbackRun {
        let store = try Socket.freePort()
        let server = try Socket.freePort()
        let stack = Stack(
            "archive",
            prometheus: Prometheus(
                scrapeInterval: .seconds(1), scrapeTimeout: .seconds(1), evaluationInterval: .seconds(1),
                remoteWrite: [.victoriaMetrics(url: "http://127.0.0.1:\(store)/api/v1/write", rawSeries: ["up"])]),
            targets: [.prometheus, .grafana]
        ) {
            Service("self", scrape: .target("127.0.0.1:\(server)")) {
                PrometheusServerMetrics.all
                Record("self:up:sum") { PromQL(#"sum(up{job="self"})"#) }
            }
        }
        let run = try LoopbackRun(stack, store: store, rewrite: rewrite)
        do {
            try run.start(
                ProvingTools.victoriaMetrics.executable,
                [
                    "-storageDataPath=data/victoria-metrics", "-httpListenAddr=127.0.0.1:\(store)",
                    // Data is searchable as soon as it arrives (not 30 seconds later), and no query result
                    // from before it arrived is cached.
                    "-search.latencyOffset=0s", "-search.disableCache", "-inmemoryDataFlushInterval=1s",
                ], log: "victoria-metrics.log")
            try run.start(
                ProvingTools.prometheus.executable,
                [
                    "--config.file=prometheus/prometheus.yml", "--storage.tsdb.path=data/prometheus",
                    "--web.listen-address=127.0.0.1:\(server)",
                ], log: "prometheus.log")
        } catch {
            run.stop()
            throw error
        }
        return run
    }

    @Test("recorded series and the listed raw series arrive; the others do not")
    func victoriaMetrics() throws {
        let run = try Self.start()
        defer { run.stop() }
        // The query of the generated service dashboard's "Targets up" panel, as Grafana would run it.
        let dashboard = try #require(
            run.output.files.first { $0.path.hasSuffix(".json") && $0.contents.contains("Targets up") })
        #expect(dashboard.contents.contains(#"up{job=\"self\"}"#))
        try run.waitForSeries(Self.written, seconds: 120)
        // A raw series the preset does not list stays in Prometheus.
        #expect(try run.series("prometheus_build_info") == 0)
    }

    @Test("a keep that drops the recorded series: the check names them")
    func recordedSeriesDropped() throws {
        let kept = ".+:.+|up"
        let run = try Self.start { path, text in
            guard path == PrometheusConfigEmitter.path else { return text }
            return text.replacingOccurrences(of: "regex: \(kept)\n", with: "regex: up\n")
        }
        defer { run.stop() }
        let config = try #require(run.output.files.first { $0.path == PrometheusConfigEmitter.path }).contents
        #expect(config.contains("regex: \(kept)\n"), "the preset's keep changed: \(config)")
        // The raw series arrives; the recorded one, evaluated as often, would have by a few seconds later.
        try run.waitForSeries([Self.written[0]], seconds: 120)
        let error = #expect(throws: TimedOut.self) { try run.waitForSeries(Self.written, seconds: 10) }
        #expect(error?.reason == "not in the store: self:up:sum", "\(String(describing: error))")
    }
}
