import Testing
import VigilDSL

@testable import VigilBackends
@testable import VigilCompiler
@testable import VigilModel

@Suite("Components: exporters are scraped with their catalogues")
struct ExporterTests {
    typealias F = ComponentFixtures

    @Test("each exporter adds its scrape job, with its catalogue declared")
    func scrapeJobs() throws {
        let resolved = StackLowering.lower(F.full, templates: AlertmanagerFixtures.templates)
        let jobs = Dictionary(uniqueKeysWithValues: resolved.scrapeJobs.map { ($0.name, $0) })
        #expect(jobs["node"]?.targets == ["node-exporter:9100"])
        #expect(jobs["cadvisor"]?.targets == ["cadvisor:8080"])
        #expect(jobs["postgres"]?.targets == ["postgres-exporter:9187"])
        #expect(jobs["redis"]?.targets == ["redis-exporter:9121"])
        #expect(jobs["blackbox"]?.targets == ["http://api:8080/health", "db:5432"])
        #expect(jobs["blackbox"]?.metricsPath == "/probe")
        let postgres = try #require(resolved.services.first { $0.name == "postgres" })
        #expect(postgres.metrics.contains { $0.name == "pg_up" })
    }

    @Test("an alert on an exporter's metrics is checked against its catalogue")
    func checkedAlerts() throws {
        let stack = Stack("checked") {
            RedisExporter(address: "cache:6379") {
                Alert("RedisDown", severity: .critical) {
                    PromQL("redis_upp == 0")
                } annotations: {
                    AlertSummary("Redis is down")
                }
            }
        }
        #expect(try F.ids(stack).contains("unknown-metric"))
    }

    @Test("blackbox-exporter brings ProbeFailed and a test that promtool passes")
    func probeFailed() throws {
        let resolved = StackLowering.lower(F.full, templates: AlertmanagerFixtures.templates)
        let alert = try #require(resolved.alerts.first { $0.name == "ProbeFailed" })
        #expect(alert.group == "blackbox")
        #expect(alert.labels.contains(Label("severity", "critical")))
        #expect(resolved.alertTests.contains { $0.name.hasPrefix("ProbeFailed fires when the probe keeps failing") })
        let directory = try TemporaryDirectory()
        let outputs = try F.compile([F.full]).outputs
        _ = try OutputWriter(root: directory.url).write(outputs, removeUndeclaredStacks: true)
        let run = try ToolRunner().run(
            "promtool", ["test", "rules", "prometheus/tests/blackbox.yml"],
            in: directory.url.appendingPathComponent("full"))
        #expect(run.succeeded, "\(run.output)")
    }
}
