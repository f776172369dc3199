import Foundation
import Testing
import VigilDSL
import YAMLKit

@testable import VigilBackends
@testable import VigilCompiler
@testable import VigilEndToEnd
@testable import VigilModel

/// `VictoriaMetrics(...)`: the long-term store a stack runs itself, its container, Grafana's data source for it and
/// the warning when nothing writes to it.
@Suite("VictoriaMetrics: the stack's own long-term store")
struct LongTermStoreTests {
    typealias F = ComponentFixtures

    /// A stack that runs VictoriaMetrics, with `replicas` Prometheus servers writing to it unless `writes` is false.
    static func stack(replicas: Int = 1, writes: Bool = true, store: VictoriaMetrics = VictoriaMetrics()) -> Stack {
        Stack(
            "archive",
            prometheus: Prometheus(
                scrapeInterval: .seconds(30),
                remoteWrite: writes ? [.victoriaMetrics(url: VictoriaMetrics.writeURL, rawSeries: ["up"])] : [],
                replicas: replicas)
        ) {
            Service("api", scrape: .target("api:8080"))
            Grafana()
            store
        }
    }

    /// The victoriametrics service of `stack`'s docker-compose.yml.
    static func service(_ stack: Stack) throws -> YAMLNode {
        try #require(try F.compose(stack)["services"]?["victoriametrics"])
    }

    /// The command of the victoriametrics service of `stack`.
    static func command(_ stack: Stack) throws -> [String] {
        try #require(try service(stack)["command"]?.sequenceValue).compactMap(\.stringValue)
    }

    @Test("the container: pinned image, retention in days, storage on its volume as nobody, /health checked")
    func container() throws {
        let stack = Self.stack(store: VictoriaMetrics(retention: .days(90), port: 18428))
        #expect(
            try Self.command(stack) == [
                "-retentionPeriod=90d", "-storageDataPath=/tmp/storage", "-httpListenAddr=:8428",
            ])
        let service = try Self.service(stack)
        #expect(service["image"] == "victoriametrics/victoria-metrics:${VICTORIA_METRICS_VERSION:-v1.145.0}")
        #expect(service["user"] == "65534:65534")
        #expect(service["read_only"] == true)
        #expect(service["cap_drop"] == ["ALL"])
        #expect(service["volumes"] == ["victoriametrics-data:/tmp"])
        #expect(service["ports"] == ["${VIGIL_BIND_ADDRESS:-127.0.0.1}:18428:8428"])
        #expect(
            service["healthcheck"]?["test"]
                == ["CMD", "wget", "--quiet", "--tries=1", "--spider", "http://127.0.0.1:8428/health"])
        #expect(service["deploy"]?["resources"]?["limits"]?["memory"] == "1g")
        let compose = try F.compose(stack)
        #expect(compose["volumes"]?["victoriametrics-data"] != nil)
        #expect(compose["services"]?["grafana"]?["depends_on"]?["victoriametrics"]?["condition"] == "service_healthy")
        // Retention rounds up to whole days, never below one.
        #expect(
            try Self.command(Self.stack(store: VictoriaMetrics(retention: .hours(1)))).first == "-retentionPeriod=1d")
    }

    @Test("with Prometheus replicas, it deduplicates their samples at the scrape interval; without, it does not")
    func deduplication() throws {
        #expect(try Self.command(Self.stack(replicas: 2)).last == "-dedup.minScrapeInterval=30s")
        #expect(try !Self.command(Self.stack()).contains { $0.hasPrefix("-dedup") })
        #expect(LongTermStoreLowering.goDuration(.milliseconds(1500)) == "1500ms")
    }

    @Test("Grafana gets a second Prometheus-type data source, VictoriaMetrics (long-term), at the service")
    func datasource() throws {
        let text = try #require(try F.files(Self.stack())["grafana/provisioning/datasources/datasources.yml"])
        let datasources = try #require(try YAMLParser().parse(text)["datasources"]?.sequenceValue)
        let store = try #require(datasources.first { $0["uid"] == "victoriametrics" })
        #expect(store["name"] == "VictoriaMetrics (long-term)")
        #expect(store["type"] == "prometheus")
        #expect(store["url"] == "http://victoriametrics:8428")
        #expect(store["isDefault"] == false)
        #expect(datasources.filter { $0["type"] == "prometheus" }.count == 2)
    }

    @Test("a VictoriaMetrics no remote write sends to is a located warning; a second one is a duplicate")
    func diagnostics() throws {
        let store = VictoriaMetrics()
        let unused = try F.compile([Self.stack(writes: false, store: store)]).diagnostics
        let warning = try #require(unused.first { $0.id == "unused-long-term-store" })
        #expect(warning.severity == .warning)
        #expect(warning.location.line == store.location.line)
        #expect(try !F.ids(Self.stack()).contains("unused-long-term-store"))
        let twice = Stack("archive") {
            VictoriaMetrics()
            VictoriaMetrics()
        }
        #expect(try F.ids(twice).contains("duplicate-component"))
    }

    @Test("docker-compose config accepts the compose file with VictoriaMetrics")
    func dockerCompose() throws {
        let directory = try TemporaryDirectory()
        let stack = Self.stack(replicas: 2)
        _ = try OutputWriter(root: directory.url).write(try F.compile([stack]).outputs, removeUndeclaredStacks: true)
        let run = try ToolRunner().run(
            "docker-compose", ["--file", ComposeEmitter.path, "config", "--quiet"],
            in: directory.url.appendingPathComponent(stack.name))
        #expect(run.succeeded, "\(run.output)")
    }

    @Test("Debian's victoria-metrics, the image's release, starts healthy with the compose file's flags")
    func flagsAccepted() throws {
        let port = try Socket.freePort()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "vigil-victoria-metrics-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // The compose file's command, with the storage path and listen address of this test.
        let command = try Self.command(Self.stack(replicas: 2))
        let local = command.map { flag in
            if flag.hasPrefix("-storageDataPath=") { return "-storageDataPath=\(folder.path)/storage" }
            if flag.hasPrefix("-httpListenAddr=") { return "-httpListenAddr=127.0.0.1:\(port)" }
            return flag
        }
        #expect(zip(command, local).filter { $0 != $1 }.count == 2)
        let process = try LocalProcess(
            ProvingTools.victoriaMetrics.executable, local, in: folder,
            log: folder.appendingPathComponent("victoria-metrics.log"))
        defer { process.stop() }
        let healthy = try waitFor("VictoriaMetrics to answer /health", seconds: 60) { () -> Poll<Bool> in
            guard process.isRunning else { return .failed(process.tail()) }
            let status = (try? HTTPClient(port: port).get("/health"))?.status
            return status == 200 ? .done(true) : .waiting("no answer yet")
        }
        #expect(healthy)
    }
}
