import Vigil

// The examples of docs/guide/components.md.
extension Shop {
    // guide:begin components
    static let componentsStack = Stack("guide-components", network: .external("shop_default")) {
        Grafana(port: 3001, adminPassword: .secret("grafana_admin_password"), rootURL: "https://grafana.example.com/")
        Loki(retention: .days(14), logs: [.containers(), .files(job: "shop-api", path: "/var/log/shop/*.log")])
        Tracing(.tempo, retention: .days(7))
        NodeExporter(pack: [
            .tune(.filesystemAlmostOutOfSpace, threshold: 10, for: .minutes(10)),
            .route(.cpuHighUsage, severity: .warning, labels: ["team": "platform"]),
            .disable(.systemdServiceFailed, because: "The hosts run no systemd."),
            .exclude(.fstype, matching: "tmpfs|overlay"),
        ])
        CAdvisor()
        PostgresExporter(
            address: "postgres:5432", database: "shop", user: "postgres_exporter",
            password: .secret("postgres_exporter_password")
        ) {
            Alert("ShopDatabaseBusy", severity: .warning, for: .minutes(5)) {
                sum(PostgresExporterMetrics.statActivityCount) > 80
            }
        }
        RedisExporter(address: "redis:6379", password: .secret("redis_password"))
        BlackboxExporter(failureSeverity: .critical, failingFor: .minutes(3)) {
            Probe.http("http://api:8080/health")
            Probe.tcp("postgres:5432")
        }
    }
    // guide:end

    // guide:begin self-packs
    static let selfPacksStack = Stack(
        "guide-self-packs",
        prometheus: Prometheus(pack: [
            .tune(.notificationsFailing, threshold: 5),
            .exclude(.job, matching: "batch-.*"),
            .disable(.scrapeSampleLimitHit, because: "No job sets a sample limit."),
        ])
    ) {
        Service("shop-api", scrape: .target("api:8080"), pack: [.tune(.restarting, threshold: 5)]) {
            ProcessMetrics.all
        }
        Alertmanager(
            defaultReceiver: Receiver("chat", .webhook(url: "https://hooks.example.com/alerts")),
            watchdog: Watchdog(to: Receiver("deadman", .webhook(url: "https://deadman.example.com/ping"))),
            pack: [.route(.notificationsFailing, labels: ["team": "platform"])])
    }
    // guide:end

    // guide:begin component-packs
    static let componentPacksStack = Stack("guide-component-packs") {
        Grafana(pack: [.tune(.httpErrors, threshold: 10)])
        Loki(
            pack: [.disable(.compactionFailing, because: "Retention is off; nothing to compact.")],
            alloyPack: [.route(.lokiWriteDroppingEntries, labels: ["team": "platform"])])
        Tracing(.jaeger, pack: [.tune(.jaegerSpansRefused, threshold: 5, for: .minutes(30))])
    }
    // guide:end
}
