import Testing
import VigilBackends
import VigilCompiler
import VigilDSL
import VigilEndToEnd

/// The highly available topology's guarantees, broken on purpose: the end-to-end run must notice. (That they
/// hold is shown by `specs e2e` on AutoDealGenie, which runs two replicas and a three-peer cluster.)
@Suite("End-to-end runner: high availability broken on purpose")
struct HighAvailabilityLiveTests {
    static func stack(externalLabels: [String: String] = [:]) -> ResolvedStack {
        StackLowering.lower(
            Stack("e2e-ha", prometheus: Prometheus(externalLabels: externalLabels, replicas: 2)) {
                Service("api", scrape: .target("api:8080")) {
                    Gauge<NoLabels>("jobs_queued", help: "Jobs waiting.")
                }
                Alertmanager(
                    defaultReceiver: EndToEndRunnerTests.chat, cluster: AlertmanagerCluster(peers: 3))
            }, templates: EndToEndRunnerTests.templates)
    }

    @Test("peers that do not gossip each send the notification: duplicates")
    func peersWithoutGossip() {
        var stack = Self.stack()
        stack.alertmanager?.cluster = nil
        #expect(stack.alertmanager?.peers.count == 3)
        let report = EndToEndRunner().run(stack)
        let failure = report.failures.first { $0.hasPrefix("each alert notified once") }
        #expect(failure?.contains("the peers did not deduplicate it") == true, "\(report.failures)")
    }

    @Test("a label that differs by replica and reaches Alertmanager: each alert twice")
    func replicaLabelKept() {
        // The scenarios' own checks fail too (the alerts arrive with a label Prometheus does not show): short
        // patience, so that they give up quickly.
        var runner = EndToEndRunner()
        runner.patience = 6
        let report = runner.run(Self.stack(externalLabels: ["copy": "${PROMETHEUS_REPLICA}"]))
        let failure = report.failures.first { $0.hasPrefix("each alert notified once") }
        #expect(failure?.contains("once from each replica (they differ in copy)") == true, "\(report.failures)")
    }

    @Test("every replica sends only to the peer that is then stopped: the peer loss step misses its notifications")
    func peerLossWithoutSurvivors() throws {
        let config = try #require(try PrometheusConfigEmitter().emit(Self.stack()).first).contents
        // Two peers fewer to send to (the `alertmanager` job still scrapes all three).
        let peers = { (text: String) in text.components(separatedBy: ":9093").count }
        #expect(peers(Self.onlyFirstAlertmanager(config)) == peers(config) - 2, "\(config)")
        // The earlier scenarios pass: the one peer sent to gossips with the others.
        Self.expectMissedNotifications(
            in: "peer loss", after: "each alert notified once", rewrite: Self.onlyFirstAlertmanager)
    }

    @Test("only the replica that is then stopped sends alerts: the replica loss step misses its notifications")
    func replicaLossWithoutSurvivor() throws {
        let config = try #require(try PrometheusConfigEmitter().emit(Self.stack()).first).contents
        #expect(Self.droppingAlerts(ofReplica: "prometheus-2", config).contains("regex: prometheus-2"), "\(config)")
        Self.expectMissedNotifications(in: "replica loss", after: "peer loss") {
            Self.droppingAlerts(ofReplica: "prometheus-2", $0)
        }
    }

    /// Runs the stack with its `prometheus.yml` rewritten by `rewrite`: the step named `passing` passes, and the
    /// step named `failing` waits in vain for its notifications (short patience for that wait).
    static func expectMissedNotifications(
        in failing: String, after passing: String, rewrite: @escaping @Sendable (String) -> String
    ) {
        var runner = EndToEndRunner()
        runner.patience = 10
        runner.rewrite = { path, text in path == PrometheusConfigEmitter.path ? rewrite(text) : text }
        let report = runner.run(stack())
        #expect(report.passed.contains { $0.hasPrefix(passing) }, "\(report.failures)")
        let failure = report.failures.first { $0.hasPrefix(failing) }
        #expect(
            failure?.contains("notifications as the routing tree and templates say: not within the time allowed")
                == true,
            "\(report.failures)")
        #expect(failure?.contains("not delivered to 'chat'") == true, "\(report.failures)")
    }

    /// `prometheus.yml` with its Alertmanager targets cut to the first peer's.
    static func onlyFirstAlertmanager(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let targets = lines.firstIndex(of: "    - targets:"), lines[targets - 2] == "  alertmanagers:" else {
            return text
        }
        let peers = lines[(targets + 1)...].prefix { $0.hasPrefix("      - ") }.count
        lines.removeSubrange((targets + 2)..<(targets + 1 + peers))
        return lines.joined(separator: "\n")
    }

    /// `prometheus.yml` with an alert relabeling, before the one that drops the replica label, that drops every
    /// alert of `replica`.
    static func droppingAlerts(ofReplica replica: String, _ text: String) -> String {
        text.replacingOccurrences(
            of: "  alert_relabel_configs:\n",
            with: "  alert_relabel_configs:\n  - source_labels: [replica]\n    regex: \(replica)\n    action: drop\n")
    }
}
