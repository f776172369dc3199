import VigilDSL
import YAMLKit

@testable import VigilBackends
@testable import VigilCompiler
@testable import VigilModel

/// A stack generated for Kubernetes that runs exporters: postgres-exporter and redis-exporter with password
/// Secrets, blackbox-exporter with an HTTP and a TCP probe, node-exporter (left to kube-prometheus-stack), and
/// a service found by pod labels.
enum KubernetesExporterFixtures {
    static let worker = Service(
        "worker",
        scrape: .target("worker:9100", interval: .seconds(30))
            .kubernetes(.pods(["app.kubernetes.io/name": "worker"], port: "metrics")))

    static let stack = Stack("shop", kubernetes: Kubernetes(namespace: "shop", release: "monitoring")) {
        worker
        PostgresExporter(address: "db:5432", database: "shop", user: "exporter", password: .secret("db_password"))
        RedisExporter(address: "cache:6379", password: .secret("redis_password"))
        BlackboxExporter {
            Probe.http("http://api:8080/health")
            Probe.tcp("db:5432")
        }
        NodeExporter()
    }

    /// The files of the stack, by path.
    static func files() throws -> [String: String] { try KubernetesFixtures.files(stack) }

    /// The objects of the stack's `kubernetes/` folder, by file name.
    static func objects() throws -> [String: YAMLNode] { try KubernetesFixtures.objects(stack) }
}
