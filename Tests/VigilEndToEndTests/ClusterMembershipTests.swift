import Testing

@testable import VigilEndToEnd

/// The membership changes read from an Alertmanager peer's debug log, which tell a split cluster (each side
/// notifying on its own) from a configuration that does not deduplicate.
@Suite("End-to-end runner: cluster membership changes in a peer's log")
struct ClusterMembershipTests {
    static let log = """
        time=2026-12-07T00:04:35.927Z level=DEBUG source=cluster.go:496 msg="peer rejoined" component=cluster peer=01M9
        time=2026-12-07T00:04:35.935Z level=DEBUG source=cluster.go:267 msg="joined cluster" component=cluster peers=3
        time=2026-12-07T00:04:40.927Z level=DEBUG source=delegate.go:244 msg=NotifyLeave component=cluster node=01M9
        time=2026-12-07T00:04:40.927Z level=DEBUG source=cluster.go:518 msg="peer left" component=cluster peer=01M9
        time=2026-12-07T00:04:41.100Z level=DEBUG source=dispatch.go:165 msg="Received alert" component=dispatcher
        time=2026-12-07T00:04:42.000Z level=DEBUG source=suspicion.go:1 msg="[INFO] memberlist: Suspect 01MA has failed, no acks received" component=cluster
        time=2026-12-07T00:04:46.000Z level=DEBUG source=state.go:1 msg="[INFO] memberlist: Marking 01MA as failed, suspect timeout reached (0 peer confirmations)" component=cluster
        """

    @Test("joins, leaves, suspicions and failures are membership changes; other lines are not")
    func changesInTheWholeLog() {
        let changes = LocalSession.membershipChanges(in: Self.log, after: 0)
        #expect(changes.count == 5)
        #expect(changes.allSatisfy { !$0.contains("joined cluster") && !$0.contains("Received alert") })
    }

    @Test("only what was logged after the mark counts")
    func changesAfterAMark() throws {
        let mark = try #require(Self.log.range(of: "time=2026-12-07T00:04:41.100Z")).lowerBound
        let changes = LocalSession.membershipChanges(
            in: Self.log, after: Self.log.utf8.distance(from: Self.log.startIndex, to: mark))
        #expect(changes.map { $0.contains("Suspect") } == [true, false])
        #expect(changes.last?.contains("Marking 01MA as failed") == true)
        #expect(LocalSession.membershipChanges(in: Self.log, after: Self.log.utf8.count).isEmpty)
    }
}
