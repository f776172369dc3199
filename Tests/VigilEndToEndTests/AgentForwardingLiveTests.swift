import Foundation
import Testing
import VigilCompiler
import VigilDSL
import YAMLKit

@testable import VigilBackends
@testable import VigilEndToEnd
@testable import VigilModel

/// A remote host that forwards, live on loopback: Prometheus 3.5 in agent mode, started with the generated
/// `agent.yml`, writes to a Prometheus started as the generated compose file starts the stack's (its remote write
/// receiver on), which then has the host's series under the stack's job name, the `instance` the stack would have
/// scraped and the host's label. The receiver broken on purpose (started without it), the series never arrive.
@Suite("Agent forwarding, live: an edge host's Prometheus agent writes to the stack's Prometheus on loopback")
struct AgentForwardingLiveTests {
    /// The forwarded series the stack's Prometheus must have.
    static let forwarded = [
        #"up{job="node",instance="10.0.0.30:9100",remote_host="edge-1"}"#,
        #"prometheus_build_info{job="node",remote_host="edge-1"}"#,
    ]

    /// Generates a stack whose remote host forwards to a receiving Prometheus on loopback, and starts the receiver
    /// (with `receiverArguments`) and the agent, which scrapes the receiver's own `/metrics` in place of the host's
    /// node-exporter (no exporter listens on loopback).
    static func start(receiverArguments: [String]) throws -> (run: LoopbackRun, agent: HTTPClient) {
        let receiver = try Socket.freePort()
        let agent = try Socket.freePort()
        let stack = Stack(
            "edge",
            prometheus: Prometheus(
                scrapeInterval: .seconds(1), scrapeTimeout: .seconds(1), evaluationInterval: .seconds(1))
        ) {
            RemoteHost(
                "edge-1", address: "10.0.0.30", forwarding: .agent(url: "http://127.0.0.1:\(receiver)/api/v1/write")
            ) {
                NodeExporter()
            }
        }
        let config = "remote-hosts/edge-1/\(AgentForwarding.configPath)"
        let run = try LoopbackRun(stack, store: receiver) { path, text in
            path == config
                ? text.replacingOccurrences(of: "- node-exporter:9100\n", with: "- 127.0.0.1:\(receiver)\n") : text
        }
        do {
            #expect(
                try #require(run.output.files.first { $0.path == config }).contents.contains("- node-exporter:9100\n"))
            try run.start(
                ProvingTools.prometheus.executable,
                [
                    "--config.file=prometheus/prometheus.yml", "--storage.tsdb.path=data/prometheus",
                    "--web.listen-address=127.0.0.1:\(receiver)",
                ] + receiverArguments, log: "prometheus.log")
            try run.start(
                ProvingTools.prometheus.executable,
                [
                    "--agent", "--config.file=\(config)", "--storage.agent.path=data/agent",
                    "--web.listen-address=127.0.0.1:\(agent)",
                ], log: "agent.log")
        } catch {
            run.stop()
            throw error
        }
        return (run, HTTPClient(port: agent))
    }

    /// The arguments the generated compose file starts the stack's Prometheus with that enable the receiver.
    static func composeReceiverArguments(of run: LoopbackRun) throws -> [String] {
        let compose = try YAMLParser().parse(
            try #require(run.output.files.first { $0.path == ComposeEmitter.path }).contents)
        let command = compose["services"]?["prometheus"]?["command"]?.sequenceValue?.compactMap(\.stringValue) ?? []
        return command.filter { $0 == AgentForwarding.receiverArgument }
    }

    @Test("the agent's series arrive with the job, instance and host label")
    func forwards() throws {
        let (run, _) = try Self.start(receiverArguments: [AgentForwarding.receiverArgument])
        defer { run.stop() }
        #expect(try Self.composeReceiverArguments(of: run) == [AgentForwarding.receiverArgument])
        try run.waitForSeries(Self.forwarded, seconds: 120)
    }

    @Test("a receiver not enabled: the agent's writes fail and the check names the missing series")
    func receiverDisabled() throws {
        let (run, agent) = try Self.start(receiverArguments: [])
        defer { run.stop() }
        // The agent has tried and failed to send, so the series are missing for good, not late.
        _ = try waitFor("the agent's failed sends", seconds: 120) { () -> Poll<Void> in
            let (_, body) = try agent.get("/metrics")
            let failed = String(decoding: body, as: UTF8.self).split(separator: "\n").contains { line in
                line.hasPrefix("prometheus_remote_storage_samples_failed_total")
                    && (Double(line.split(separator: " ").last ?? "") ?? 0) > 0
            }
            return failed ? .done(()) : .waiting("no failed sample yet")
        }
        let error = #expect(throws: TimedOut.self) { try run.waitForSeries(Self.forwarded, seconds: 3) }
        #expect(
            error?.reason == "not in the store: \(Self.forwarded.joined(separator: ", "))",
            "\(String(describing: error))")
    }
}
