import Testing
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
}
