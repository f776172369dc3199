import Foundation
import VigilBackends
import VigilCompiler
import VigilModel

/// One stack running locally: its local profile written to a temporary folder, the test exporter, the webhook
/// sink, and the real Prometheus (each replica) and Alertmanager (each peer, gossiping on loopback) on free
/// ports. ``stop()`` ends them all and removes the folder.
final class LocalSession {
    /// A server process of the run and the client that queries it.
    struct Server {
        let name: String
        let client: HTTPClient
        let process: LocalProcess
    }

    let folder: URL
    let stack: ResolvedStack
    let exporter: TestExporter
    let sink: WebhookSink
    /// The profile's interval, in seconds: scrapes, evaluations and Alertmanager's grouping.
    let interval: TimeInterval
    private(set) var prometheusReplicas: [Server] = []
    private(set) var alertmanagerPeers: [Server] = []
    /// The names of the replicas and peers stopped mid-run.
    private(set) var stopped: Set<String> = []

    /// Writes the local profile of `stack`, each file through `rewrite`, and starts everything; stops what it
    /// started when a step fails.
    init(
        stack production: ResolvedStack, plan: EndToEndPlan, profile: LocalProfile,
        rewrite: (_ path: String, _ text: String) -> String = { $1 }
    ) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "vigil-e2e-\(production.name)-\(UUID().uuidString)", isDirectory: true)
        exporter = try TestExporter(targets: LocalProfile.targets(of: production), baseline: plan.baseline)
        let addresses: LocalAddresses
        do {
            sink = try WebhookSink()
            addresses = LocalAddresses(
                prometheus: try production.prometheus.replicas.map { _ in try Socket.freePort() },
                alertmanager: try (production.alertmanager?.peers ?? []).map { _ in try Socket.freePort() },
                sink: sink.port, targets: exporter.ports)
        } catch {
            exporter.stop()
            throw error
        }
        stack = profile.apply(to: production, addresses: addresses)
        interval = profile.interval.seconds
        do {
            try write(rewrite)
            if let alertmanager = stack.alertmanager {
                let peerTimeout = alertmanager.cluster?.peerTimeout ?? .seconds(0)
                let clusterPorts = try alertmanager.peers.map { _ in try Socket.freeTCPAndUDPPort() }
                for (peer, clusterPort) in zip(alertmanager.peers, clusterPorts) {
                    let gossip =
                        alertmanager.cluster == nil
                        ? ["--cluster.listen-address="]
                        : ["--cluster.listen-address=\(LocalAddresses.loopback(clusterPort))"]
                            + clusterPorts.filter { $0 != clusterPort }.map {
                                "--cluster.peer=\(LocalAddresses.loopback($0))"
                            }
                            + ["--cluster.peer-timeout=\(peerTimeout)", "--cluster.settle-timeout=2s"]
                            // memberlist logs its suspicions at debug level; a failed check quotes them.
                            + ["--log.level=debug"]
                    try start(
                        "alertmanager", peer,
                        [
                            "--config.file=alertmanager/alertmanager.yml", "--storage.path=data/\(peer.name)",
                            "--web.listen-address=\(peer.address)",
                        ] + gossip)
                }
                try awaitClusterMembership()
            }
            for replica in stack.prometheus.replicas {
                try start(
                    "prometheus", replica,
                    [
                        "--config.file=prometheus/prometheus.yml", "--storage.tsdb.path=data/\(replica.name)",
                        "--web.listen-address=\(replica.address)",
                        "--rules.alert.resend-delay=\(profile.interval)",
                    ] + stack.prometheus.featureArguments,
                    environment: [ResolvedPrometheus.replicaVariable: replica.name])
            }
        } catch {
            stop()
            throw error
        }
    }

    /// The first Prometheus replica still running, which the checks query.
    var prometheus: HTTPClient {
        (prometheusReplicas.first { !stopped.contains($0.name) } ?? prometheusReplicas[0]).client
    }

    /// The first Alertmanager peer still running, `nil` for a stack without Alertmanager.
    var alertmanager: HTTPClient? {
        (runningPeers.first ?? alertmanagerPeers.first)?.client
    }

    /// The files of the Prometheus and Alertmanager targets, as their backends write them for the profiled
    /// stack (each through `rewrite`): the configuration files the servers read, and their tests beside them.
    func write(_ rewrite: (_ path: String, _ text: String) -> String) throws {
        let emitters = TargetBackends.backends(for: [.prometheus, .alertmanager]).flatMap(\.emitters)
        for file in try emitters.flatMap({ try $0.emit(stack) }) {
            let url = folder.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            let rewritten = rewrite(file.path, file.contents)
            try Data(rewritten == file.contents ? file.bytes : Array(rewritten.utf8)).write(to: url)
        }
    }

    /// Starts the replica or peer `instance` of a server (`prometheus` or `alertmanager`), registers it, and
    /// waits until it answers `/-/ready`.
    func start(
        _ tool: String, _ instance: ServerInstance, _ arguments: [String], environment: [String: String] = [:]
    ) throws {
        let process = try LocalProcess(
            tool, arguments, in: folder, log: folder.appendingPathComponent("\(instance.name).log"),
            environment: environment)
        let server = Server(name: instance.name, client: HTTPClient(port: instance.port), process: process)
        // Registered before the wait, so that a server that never gets ready is stopped too.
        if tool == ResolvedPrometheus.serviceName {
            prometheusReplicas.append(server)
        } else {
            alertmanagerPeers.append(server)
        }
        _ = try waitFor("\(instance.name) ready on port \(instance.port)", seconds: 30) { () -> Poll<Void> in
            guard process.isRunning else { return .failed("\(instance.name) exited:\n\(process.tail())") }
            return try server.client.get("/-/ready").status == 200 ? .done(()) : .waiting("not ready")
        }
    }

    /// Stops one replica or peer mid-run, as a host failure would.
    func stop(_ server: Server) {
        server.process.stop()
        stopped.insert(server.name)
    }

    /// Stops the servers, the exporter and the sink, and removes the folder.
    func stop() {
        for server in (prometheusReplicas + alertmanagerPeers).reversed() { server.process.stop() }
        exporter.stop()
        sink.stop()
        try? FileManager.default.removeItem(at: folder)
    }

    /// The last lines each server printed, for a failure report.
    var logs: String {
        (alertmanagerPeers + prometheusReplicas).map { "--- \($0.name).log\n\($0.process.tail())" }.joined(
            separator: "\n")
    }
}
