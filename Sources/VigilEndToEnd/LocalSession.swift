import Foundation
import VigilBackends
import VigilCompiler
import VigilModel

/// One stack running locally: its local profile written to a temporary folder, the test exporter, the webhook
/// sink, and the real Prometheus and Alertmanager on free loopback ports. ``stop()`` ends them all and removes
/// the folder.
final class LocalSession {
    let folder: URL
    let stack: ResolvedStack
    let exporter: TestExporter
    let sink: WebhookSink
    let prometheus: HTTPClient
    let alertmanager: HTTPClient?
    /// The profile's interval, in seconds: scrapes, evaluations and Alertmanager's grouping.
    let interval: TimeInterval
    private(set) var processes: [LocalProcess] = []

    /// Writes the local profile of `stack` and starts everything; stops what it started when a step fails.
    init(stack production: ResolvedStack, plan: EndToEndPlan, profile: LocalProfile) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "vigil-e2e-\(production.name)-\(UUID().uuidString)", isDirectory: true)
        exporter = try TestExporter(targets: LocalProfile.targets(of: production), baseline: plan.baseline)
        do {
            sink = try WebhookSink()
        } catch {
            exporter.stop()
            throw error
        }
        let addresses = LocalAddresses(
            prometheus: try Socket.freePort(), alertmanager: try Socket.freePort(), sink: sink.port,
            targets: exporter.ports)
        stack = profile.apply(to: production, addresses: addresses)
        interval = profile.interval.seconds
        prometheus = HTTPClient(port: addresses.prometheus)
        alertmanager = stack.alertmanager == nil ? nil : HTTPClient(port: addresses.alertmanager)
        do {
            try write()
            if stack.alertmanager != nil {
                try start(
                    "alertmanager",
                    [
                        "--config.file=alertmanager/alertmanager.yml", "--storage.path=data/alertmanager",
                        "--web.listen-address=\(LocalAddresses.loopback(addresses.alertmanager))",
                        "--cluster.listen-address=",
                    ], readyOn: addresses.alertmanager)
            }
            try start(
                "prometheus",
                [
                    "--config.file=prometheus/prometheus.yml", "--storage.tsdb.path=data/prometheus",
                    "--web.listen-address=\(LocalAddresses.loopback(addresses.prometheus))",
                    "--rules.alert.resend-delay=\(profile.interval)",
                ] + stack.prometheus.featureArguments, readyOn: addresses.prometheus)
        } catch {
            stop()
            throw error
        }
    }

    /// The files of the Prometheus and Alertmanager targets, as their backends write them for the profiled
    /// stack: the configuration files the servers read, and their tests beside them.
    func write() throws {
        let emitters = TargetBackends.backends(for: [.prometheus, .alertmanager]).flatMap(\.emitters)
        for file in try emitters.flatMap({ try $0.emit(stack) }) {
            let url = folder.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.contents.utf8).write(to: url)
        }
    }

    /// Starts a server and waits until it answers `/-/ready`.
    func start(_ tool: String, _ arguments: [String], readyOn port: Int) throws {
        let process = try LocalProcess(
            tool, arguments, in: folder, log: folder.appendingPathComponent("\(tool).log"))
        processes.append(process)
        let client = HTTPClient(port: port)
        _ = try waitFor("\(tool) ready on port \(port)", seconds: 30) { () -> Poll<Void> in
            guard process.isRunning else { return .failed("\(tool) exited:\n\(process.tail())") }
            return try client.get("/-/ready").status == 200 ? .done(()) : .waiting("not ready")
        }
    }

    /// Stops the servers, the exporter and the sink, and removes the folder.
    func stop() {
        for process in processes.reversed() { process.stop() }
        exporter.stop()
        sink.stop()
        try? FileManager.default.removeItem(at: folder)
    }

    /// The last lines each server printed, for a failure report.
    var logs: String {
        processes.map { "--- \($0.log.lastPathComponent)\n\($0.tail())" }.joined(separator: "\n")
    }
}
