import Foundation
import Testing
import VigilCompiler
import VigilDSL

@testable import VigilBackends
@testable import VigilEndToEnd
@testable import VigilModel

/// The remote write Vigil generates, live on loopback: Prometheus 3.5 started with the generated `prometheus.yml`
/// writes to a single-node VictoriaMetrics, which then answers the generated dashboard's query with the series,
/// has the recorded series too, and has none of the raw series the preset does not keep.
@Suite("Remote write, live: Prometheus to VictoriaMetrics on loopback")
struct RemoteWriteLiveTests {
    @Test("recorded series and the listed raw series arrive; the others do not")
    func victoriaMetrics() throws {
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
        let output = try #require(try Compiler().compile([stack]).outputs.first)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "vigil-remote-write-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for file in output.files {
            let url = folder.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.contents.utf8).write(to: url)
        }
        var processes: [LocalProcess] = []
        defer {
            for process in processes { process.stop() }
        }
        processes.append(
            try LocalProcess(
                ProvingTools.victoriaMetrics.executable,
                [
                    "-storageDataPath=data/victoria-metrics", "-httpListenAddr=127.0.0.1:\(store)",
                    // Data is searchable as soon as it arrives (not 30 seconds later), and no query result
                    // from before it arrived is cached.
                    "-search.latencyOffset=0s", "-search.disableCache", "-inmemoryDataFlushInterval=1s",
                ], in: folder, log: folder.appendingPathComponent("victoria-metrics.log")))
        processes.append(
            try LocalProcess(
                ProvingTools.prometheus.executable,
                [
                    "--config.file=prometheus/prometheus.yml", "--storage.tsdb.path=data/prometheus",
                    "--web.listen-address=127.0.0.1:\(server)",
                ], in: folder, log: folder.appendingPathComponent("prometheus.log")))
        let victoria = HTTPClient(port: store)
        func series(_ query: String) throws -> Int {
            let encoded = query.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? query
            let (status, body) = try victoria.get("/api/v1/query?query=\(encoded)")
            guard status == 200 else { return -1 }
            let json = try JSONSerialization.jsonObject(with: body) as? [String: Any]
            return ((json?["data"] as? [String: Any])?["result"] as? [Any])?.count ?? -1
        }
        // The query of the generated service dashboard's "Targets up" panel, as Grafana would run it.
        let dashboard = try #require(
            output.files.first { $0.path.hasSuffix(".json") && $0.contents.contains("Targets up") })
        #expect(dashboard.contents.contains(#"up{job=\"self\"}"#))
        let arrived = try waitFor("VictoriaMetrics to hold the written series", seconds: 120) { () -> Poll<Bool> in
            guard processes.allSatisfy(\.isRunning) else {
                return .failed(processes.map { $0.tail() }.joined(separator: "\n"))
            }
            return try series(#"up{job="self"}"#) > 0 && series("self:up:sum") > 0
                ? .done(true) : .waiting("no series yet")
        }
        #expect(arrived)
        // A raw series the preset does not list stays in Prometheus.
        #expect(try series("prometheus_build_info") == 0)
    }
}
