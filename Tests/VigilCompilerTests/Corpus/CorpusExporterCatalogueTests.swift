import Foundation
import Testing
import VigilBackends
import VigilCompiler
import VigilDSL
import VigilModel

/// The exporter catalogues list every metric they declare, and pass Vigil's metric checks.
@Suite("Corpus: exporter metric catalogues")
struct CorpusExporterCatalogueTests {
    /// Each catalogue, with its source file below `Sources/VigilDSL/Catalogues/`.
    static let catalogues: [(file: String, all: [MetricDeclaration])] = [
        ("NodeExporterMetrics.swift", NodeExporterMetrics.all),
        ("CAdvisorMetrics.swift", CAdvisorMetrics.all),
        ("PostgresExporterMetrics.swift", PostgresExporterMetrics.all),
        ("RedisExporterMetrics.swift", RedisExporterMetrics.all),
        ("BlackboxExporterMetrics.swift", BlackboxExporterMetrics.all),
        ("PrometheusServerMetrics.swift", PrometheusServerMetrics.all),
    ]

    @Test("`all` lists every declaration of its catalogue once", arguments: catalogues.map(\.file))
    func complete(file: String) throws {
        let all = try #require(Self.catalogues.first { $0.file == file }).all
        let source = try String(
            contentsOf: Corpus.packageRoot.appendingPathComponent("Sources/VigilDSL/Catalogues/\(file)"),
            encoding: .utf8)
        // Every `public static let name = Counter<...>(`/`Gauge<...>(`/... declaration, by its metric name literal.
        let declared = source.components(separatedBy: "public static let ").dropFirst()
            .filter { !$0.hasPrefix("all:") }
        #expect(all.count == declared.count, "\(file) declares \(declared.count) metrics, `all` lists \(all.count)")
        #expect(Set(all.map(\.name)).count == all.count, "\(file) lists a metric twice")
        #expect(all.allSatisfy { $0.location.fileID.hasSuffix(file) })
    }

    @Test("a stack declaring every catalogue has no diagnostics: catalogued names are the exporters'")
    func checks() throws {
        let stack = Stack("exporters") {
            Service("node", scrape: .target("node-exporter:9100")) { NodeExporterMetrics.all }
            Service("cadvisor", scrape: .target("cadvisor:8080")) { CAdvisorMetrics.all }
            Service("postgres", scrape: .target("postgres-exporter:9187")) { PostgresExporterMetrics.all }
            Service("redis", scrape: .target("redis-exporter:9121")) { RedisExporterMetrics.all }
            Service("blackbox", scrape: .target("blackbox-exporter:9115", path: "/probe")) {
                BlackboxExporterMetrics.all
            }
        }
        let diagnostics = try Fixtures.diagnostics([stack])
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
        // Catalogued metrics are named as the exporters export them: no naming lint applies to them.
        #expect(diagnostics.filter { $0.severity == .warning }.isEmpty, "\(diagnostics)")
    }

    @Test("the seeds' exporter queries check against the catalogues")
    func seedQueries() throws {
        let stack = Stack("seeds") {
            Service("node", scrape: .target("node-exporter:9100")) { NodeExporterMetrics.all }
            Service("cadvisor", scrape: .target("cadvisor:8080")) { CAdvisorMetrics.all }
            Service("postgres", scrape: .target("postgres-exporter:9187")) { PostgresExporterMetrics.all }
            Service("redis", scrape: .target("redis-exporter:9121")) { RedisExporterMetrics.all }
            Service("blackbox", scrape: .target("blackbox-exporter:9115", path: "/probe")) {
                BlackboxExporterMetrics.all
            }
            Service("seed-rules") {
                // 003 (AutoDealGenie) and 002 (Analytics), as the documents write them.
                Alert("DatabaseConnectionPoolFull", severity: .warning, for: .minutes(5)) {
                    PromQL("pg_stat_database_numbackends / pg_settings_max_connections > 0.8")
                }
                Alert("HighMemoryUsage", severity: .warning, for: .minutes(5)) {
                    PromQL("container_memory_usage_bytes / container_spec_memory_limit_bytes > 0.9")
                }
                // What the exporter alerts of the example stacks need.
                Alert("PostgresDown", severity: .critical, for: .minutes(1)) { PostgresExporterMetrics.up.equals(0) }
                Alert("RedisDown", severity: .critical, for: .minutes(1)) { RedisExporterMetrics.up.equals(0) }
                Alert("RedisMemoryHigh", severity: .warning, for: .minutes(5)) {
                    (RedisExporterMetrics.memoryUsedBytes / RedisExporterMetrics.memoryMaxBytes > 0.9)
                        .and(RedisExporterMetrics.memoryMaxBytes > 0)
                }
                Alert("ProbeFailed", severity: .critical, for: .minutes(2)) {
                    BlackboxExporterMetrics.success.equals(0)
                }
                Alert("CertificateExpiresSoon", severity: .warning) {
                    PromQL("probe_ssl_earliest_cert_expiry - time() < 14 * 86400")
                }
                Record("job:redis_keyspace_hit:ratio_rate5m") {
                    PromQL(
                        "sum by (job) (rate(redis_keyspace_hits_total[5m])) / (sum by (job) (rate(redis_keyspace_hits_total[5m])) + sum by (job) (rate(redis_keyspace_misses_total[5m])))"
                    )
                }
                Record("datname:pg_stat_database_xact:rate5m") {
                    PromQL(
                        "sum by (datname) (rate(pg_stat_database_xact_commit[5m]) + rate(pg_stat_database_xact_rollback[5m]))"
                    )
                }
                Record("name:container_cpu_usage_seconds:rate5m") {
                    PromQL(#"sum by (name) (rate(container_cpu_usage_seconds_total{name!=""}[5m]))"#)
                }
            }
        }
        let problems = try Fixtures.diagnostics([stack]).filter {
            $0.id != "untested-alert" && $0.id != "counter-name-suffix"
        }
        #expect(problems.isEmpty, "\(problems)")
    }
}
