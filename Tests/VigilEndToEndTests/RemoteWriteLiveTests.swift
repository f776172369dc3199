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

    @Test("recorded series and the listed raw series arrive; the others do not")
    func victoriaMetrics() throws {
        let run = try RemoteWriteRun()
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
        let run = try RemoteWriteRun { path, text in
            guard path == PrometheusConfigEmitter.path else { return text }
            return text.replacingOccurrences(of: "regex: \(kept)\n", with: "regex: up\n")
        }
        defer { run.stop() }
        let config = try #require(run.output.files.first { $0.path == PrometheusConfigEmitter.path }).contents
        #expect(config.contains("regex: \(kept)\n"), "the preset's keep changed: \(config)")
        // The raw series arrives; the recorded one, evaluated as often, would have by a few seconds later.
        try run.waitForSeries([Self.written[0]], seconds: 120)
        let error = #expect(throws: TimedOut.self) { try run.waitForSeries(Self.written, seconds: 10) }
        #expect(error?.reason == "not in VictoriaMetrics: self:up:sum", "\(String(describing: error))")
    }
}

/// A stack with a VictoriaMetrics remote write preset, generated into a temporary folder (each file through
/// `rewrite`) and run: a single-node VictoriaMetrics and Prometheus scraping itself and writing to it, on free
/// loopback ports. ``stop()`` ends both and removes the folder.
final class RemoteWriteRun {
    let output: StackOutput
    let folder: URL
    let victoria: HTTPClient
    private(set) var processes: [LocalProcess] = []

    init(rewrite: (_ path: String, _ text: String) -> String = { $1 }) throws {
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
        output = try #require(try Compiler().compile([stack]).outputs.first)
        folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "vigil-remote-write-\(UUID().uuidString)", isDirectory: true)
        victoria = HTTPClient(port: store)
        do {
            for file in output.files {
                let url = folder.appendingPathComponent(file.path)
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(rewrite(file.path, file.contents).utf8).write(to: url)
            }
            try start(
                ProvingTools.victoriaMetrics.executable,
                [
                    "-storageDataPath=data/victoria-metrics", "-httpListenAddr=127.0.0.1:\(store)",
                    // Data is searchable as soon as it arrives (not 30 seconds later), and no query result
                    // from before it arrived is cached.
                    "-search.latencyOffset=0s", "-search.disableCache", "-inmemoryDataFlushInterval=1s",
                ], log: "victoria-metrics.log")
            try start(
                ProvingTools.prometheus.executable,
                [
                    "--config.file=prometheus/prometheus.yml", "--storage.tsdb.path=data/prometheus",
                    "--web.listen-address=127.0.0.1:\(server)",
                ], log: "prometheus.log")
        } catch {
            stop()
            throw error
        }
    }

    func start(_ tool: String, _ arguments: [String], log: String) throws {
        let process = try LocalProcess(tool, arguments, in: folder, log: folder.appendingPathComponent(log))
        processes.append(process)
    }

    /// How many series VictoriaMetrics returns for `query` now (-1 when it does not answer).
    func series(_ query: String) throws -> Int {
        let encoded = query.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? query
        let (status, body) = try victoria.get("/api/v1/query?query=\(encoded)")
        guard status == 200 else { return -1 }
        let json = try JSONSerialization.jsonObject(with: body) as? [String: Any]
        return ((json?["data"] as? [String: Any])?["result"] as? [Any])?.count ?? -1
    }

    /// Waits until VictoriaMetrics has series for each of `queries`; the error names those it still lacks.
    func waitForSeries(_ queries: [String], seconds: TimeInterval) throws {
        try waitFor("VictoriaMetrics to hold the written series", seconds: seconds) { () -> Poll<Void> in
            guard processes.allSatisfy(\.isRunning) else {
                return .failed(processes.map { $0.tail() }.joined(separator: "\n"))
            }
            let missing = try queries.filter { try series($0) <= 0 }
            return missing.isEmpty ? .done(()) : .waiting("not in VictoriaMetrics: \(missing.joined(separator: ", "))")
        }
    }

    /// Stops both servers and removes the folder.
    func stop() {
        for process in processes.reversed() { process.stop() }
        try? FileManager.default.removeItem(at: folder)
    }
}
