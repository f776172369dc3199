import Vigil

/// AutoDealGenie: a FastAPI backend with PostgreSQL and Redis. The monitoring stack joins the application's
/// compose network, scrapes the backend, runs the exporters of its databases, probes its health endpoints,
/// keeps its logs in Loki (shipped by Alloy) and its traces in Jaeger, and shows everything in Grafana. It runs
/// highly available: two Prometheus replicas and a three-peer Alertmanager cluster, with the recorded series
/// written to VictoriaMetrics for long ranges. It is generated for Kubernetes too
/// (`generated/autodealgenie/kubernetes/`), for kube-prometheus-stack's operator.
enum AutoDealGenie {
    /// The stack: `generated/autodealgenie/`.
    static let stack: Stack = Stack(
        "autodealgenie",
        prometheus: Prometheus(
            scrapeInterval: .seconds(15), evaluationInterval: .seconds(15), retention: .days(33),
            retentionSize: .gigabytes(20),
            remoteWrite: [.victoriaMetrics(url: "http://victoriametrics:8428/api/v1/write", rawSeries: ["up"])],
            replicas: 2),
        network: .external("autodealgenie_default"),
        kubernetes: Kubernetes(
            namespace: "autodealgenie", release: "kube-prometheus-stack",
            alertmanager: .configSecret(name: "alertmanager-autodealgenie"))
    ) {
        backend
        routing
        Grafana(port: 3001)
        Loki(
            retention: .days(14),
            logs: [.containers(), .files(job: "autodealgenie-backend", path: "/var/log/autodealgenie/*.log")])
        Tracing(.jaeger, retention: .days(7))
        // The long-term store the remote write above sends to, and Grafana's data source for long ranges.
        VictoriaMetrics(retention: .days(365), port: nil)
        // The host's rule pack, tuned for node-exporter in a container (`ComposeHostPack`).
        NodeExporter(pack: ComposeHostPack.overrides)
        // The database host: its exporters are more targets of the `node` and `cadvisor` jobs, deployed there
        // from `remote-hosts/db-1/docker-compose.yml`.
        RemoteHost("db-1", address: "10.0.0.12") {
            NodeExporter()
            CAdvisor()
        }
        PostgresExporter(
            address: "postgres:5432", database: "autodealgenie", user: "postgres_exporter",
            password: .secret("postgres_exporter_password")
        ) {
            databaseConnectionPoolFull
            databaseConnectionPoolFullTest
            databaseConnectionPoolHalfFullTest
        }
        RedisExporter(address: "redis:6379")
        BlackboxExporter {
            Probe.http("http://backend:8000/health")
            Probe.http("http://backend:8000/health/detailed")
        }
        systemOverview
        businessMetrics
        database
        corrections
        notes
    }
}
