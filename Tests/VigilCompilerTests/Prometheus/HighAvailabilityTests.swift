import Foundation
import Testing
import VigilBackends
import VigilCompiler
import VigilDSL
import VigilModel
import YAMLKit

@Suite("High availability: Prometheus replicas and an Alertmanager cluster")
struct HighAvailabilityTests {
    static let chat = Receiver("chat", .webhook(url: "https://hooks.shop.example/alerts"))

    static func stack(
        replicas: Int = 2, replicaLabel: String = "replica", externalLabels: [String: String] = [:],
        cluster: AlertmanagerCluster? = AlertmanagerCluster(peers: 3), groupInterval: Duration = .minutes(5),
        remoteWrite: [RemoteWrite] = [], kubernetes: Kubernetes? = nil
    ) -> Stack {
        Stack(
            "shop",
            prometheus: Prometheus(
                externalLabels: externalLabels, remoteWrite: remoteWrite, replicas: replicas,
                replicaLabel: replicaLabel),
            kubernetes: kubernetes
        ) {
            Service("api", scrape: .target("api:8080").kubernetes(.staticTargets)) {
                Gauge<NoLabels>("jobs_queued", help: "Jobs waiting.")
            }
            Alertmanager(defaultReceiver: chat, groupInterval: groupInterval, cluster: cluster)
        }
    }

    static func files(_ stack: Stack = stack()) throws -> [String: String] {
        let compiled = try Compiler().compile([stack])
        #expect(!compiled.hasErrors, "\(compiled.diagnostics)")
        let output = try #require(compiled.outputs.first)
        return Dictionary(uniqueKeysWithValues: output.files.map { ($0.path, $0.contents) })
    }

    static func yaml(_ path: String, in stack: Stack = stack()) throws -> YAMLNode {
        try YAMLParser().parse(try #require(try files(stack)[path]))
    }

    @Test("replicas share one configuration: their label from the environment, dropped from alerts, every peer")
    func prometheusConfiguration() throws {
        let config = try Self.yaml(PrometheusConfigEmitter.path)
        #expect(config["global"]?["external_labels"] == ["replica": "${PROMETHEUS_REPLICA}"])
        #expect(config["alerting"]?["alert_relabel_configs"] == [["regex": "replica", "action": "labeldrop"]])
        #expect(
            config["alerting"]?["alertmanagers"] == [
                [
                    "static_configs": [
                        ["targets": ["alertmanager-1:9093", "alertmanager-2:9093", "alertmanager-3:9093"]]
                    ]
                ]
            ])
        let jobs = try #require(config["scrape_configs"]?.sequenceValue)
        #expect(jobs[0]["static_configs"] == [["targets": ["prometheus-1:9090", "prometheus-2:9090"]]])
        #expect(
            jobs[1]["static_configs"] == [
                ["targets": ["alertmanager-1:9093", "alertmanager-2:9093", "alertmanager-3:9093"]]
            ])
    }

    @Test("a single server keeps its plain configuration: no replica label, no relabeling, one Alertmanager")
    func singleServer() throws {
        let config = try Self.yaml(PrometheusConfigEmitter.path, in: Self.stack(replicas: 1, cluster: nil))
        #expect(config["global"]?["external_labels"] == nil)
        #expect(config["alerting"] == ["alertmanagers": [["static_configs": [["targets": ["alertmanager:9093"]]]]]])
        #expect(config["scrape_configs"]?.sequenceValue?.first?["static_configs"] == [["targets": ["localhost:9090"]]])
    }

    @Test("each engine gets what it deduplicates the pair with: dropped, renamed for Mimir, kept for Thanos")
    func remoteWrites() throws {
        let stores: [RemoteWrite] = [
            .victoriaMetrics(url: "http://victoriametrics:8428/api/v1/write"),
            .mimir(url: "https://mimir.example.com/api/v1/push", tenant: "shop"),
            .thanosReceive(url: "http://thanos-receive:19291/api/v1/receive"),
        ]
        let config = try Self.yaml(PrometheusConfigEmitter.path, in: Self.stack(remoteWrite: stores))
        let relabels = try #require(config["remote_write"]?.sequenceValue).map {
            Array(($0["write_relabel_configs"]?.sequenceValue ?? []).dropFirst())
        }
        #expect(relabels[0] == [["regex": "replica", "action": "labeldrop"]])
        #expect(
            relabels[1] == [
                [
                    "source_labels": ["replica"], "regex": "(.*)", "target_label": "__replica__",
                    "replacement": "$1", "action": "replace",
                ],
                [
                    "source_labels": ["cluster"], "regex": "", "target_label": "cluster", "replacement": "shop",
                    "action": "replace",
                ],
                ["regex": "replica", "action": "labeldrop"],
            ])
        #expect(relabels[2] == [])
    }

    @Test("compose: a service per replica and per peer, gossip unpublished, UIs on consecutive host ports")
    func compose() throws {
        let services = try #require(try Self.yaml(ComposeEmitter.path)["services"])
        let prometheus = try #require(services["prometheus-2"])
        #expect(services["prometheus"] == nil)
        #expect(prometheus["environment"] == ["PROMETHEUS_REPLICA": "prometheus-2"])
        #expect(prometheus["networks"] == ["default": ["aliases": ["prometheus"]]])
        #expect(prometheus["ports"] == ["${VIGIL_BIND_ADDRESS:-127.0.0.1}:9091:9090"])
        #expect(prometheus["volumes"]?.sequenceValue?.last == "prometheus-2-data:/prometheus")
        let peer = try #require(services["alertmanager-3"])
        let command = try #require(peer["command"]?.sequenceValue).compactMap(\.stringValue)
        #expect(
            Array(command.suffix(4)) == [
                "--cluster.listen-address=0.0.0.0:9094", "--cluster.peer=alertmanager-1:9094",
                "--cluster.peer=alertmanager-2:9094", "--cluster.peer-timeout=15s",
            ])
        #expect(peer["ports"] == ["${VIGIL_BIND_ADDRESS:-127.0.0.1}:9095:9093"])
        #expect(peer["networks"] == ["default": ["aliases": ["alertmanager"]]])
    }

    @Test("Kubernetes: the operator runs the replicas and the peers")
    func kubernetesValues() throws {
        let stack = Self.stack(kubernetes: Kubernetes(namespace: "shop", release: "kps"))
        let values = try YAMLParser().parse(
            try #require(try Self.files(stack)["kubernetes/values-kube-prometheus-stack.yaml"]))
        #expect(values["prometheus"]?["prometheusSpec"]?["replicas"] == 2)
        #expect(values["prometheus"]?["prometheusSpec"]?["replicaExternalLabelName"] == "replica")
        #expect(values["alertmanager"]?["alertmanagerSpec"]?["replicas"] == 3)
    }

    @Test("the README's topology: a diagram of every replica and peer, how they deduplicate, what each store gets")
    func readme() throws {
        let stores: [RemoteWrite] = [.thanosReceive(url: "http://thanos-receive:19291/api/v1/receive")]
        let readme = try #require(try Self.files(Self.stack(remoteWrite: stores))[ReadmeEmitter.path])
        #expect(readme.contains("2 Prometheus replicas (`prometheus-1`, `prometheus-2`) scrape the same 3 jobs"))
        #expect(readme.contains("    prometheus1 -->|alerts| alertmanager2"))
        #expect(readme.contains("    alertmanager1 <-.->|gossip| alertmanager2"))
        #expect(readme.contains("    prometheus1 -->|remote write| store0"))
        #expect(readme.contains("### High availability"))
        #expect(readme.contains("the last peer waits 30s, less than every route's group interval"))
        #expect(readme.contains("'replica' kept: start Thanos Query with --query.replica-label=replica"))
        let single = try #require(try Self.files(Self.stack(replicas: 1, cluster: nil))[ReadmeEmitter.path])
        #expect(single.contains("A single host: when it is down, so is the monitoring"))
        #expect(!single.contains("### High availability"))
    }

    @Test("promtool 3.5 accepts the replicas' configuration")
    func promtool() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-ha-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        for (path, contents) in try Self.files() where path.hasPrefix("prometheus/") {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(contents.utf8).write(to: url)
        }
        let run = try ToolRunner().run(
            "promtool", ["check", "config", "--syntax-only", PrometheusConfigEmitter.path], in: folder)
        #expect(run.succeeded, "\(run.output)")
    }

    @Test("bad topologies are located diagnostics")
    func diagnostics() throws {
        func ids(_ stack: Stack) throws -> [String] {
            try Fixtures.diagnostics([stack]).filter { $0.severity == .error }.map(\.id)
        }
        #expect(try ids(Self.stack(replicas: 0)) == ["invalid-replica-count"])
        #expect(try ids(Self.stack(cluster: AlertmanagerCluster(peers: 1))) == ["alertmanager-cluster-too-small"])
        #expect(try ids(Self.stack(replicaLabel: "instance")) == ["replica-label-collision"])
        #expect(try ids(Self.stack(replicaLabel: "__replica__")) == ["replica-label-collision"])
        #expect(try ids(Self.stack(externalLabels: ["replica": "eu"])) == ["replica-label-collision"])
        #expect(try ids(Self.stack(replicaLabel: "severity")) == ["replica-label-collision"])
        #expect(try ids(Self.stack(replicas: 1, replicaLabel: "instance")) == [])
        #expect(try ids(Self.stack(groupInterval: .seconds(30))) == ["peer-timeout-too-long"])
        #expect(
            try ids(
                Self.stack(
                    cluster: AlertmanagerCluster(peers: 3, peerTimeout: .seconds(10)), groupInterval: .seconds(30)))
                == [])
        let collision = try #require(try Fixtures.diagnostics([Self.stack(replicaLabel: "instance")]).first)
        #expect(collision.message.contains("a label Prometheus puts on every scraped series"))
        #expect(collision.location.fileID.hasSuffix("HighAvailabilityTests.swift"))
    }
}
