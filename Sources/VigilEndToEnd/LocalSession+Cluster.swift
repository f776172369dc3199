import Foundation

/// The gossip of a local Alertmanager cluster: waiting until the running peers see each other, and reading from
/// their logs whether they lost sight of each other while a scenario ran.
extension LocalSession {
    /// The peers still running.
    var runningPeers: [Server] { alertmanagerPeers.filter { !stopped.contains($0.name) } }

    /// Waits until every running peer reports a ready cluster of exactly the running peers, so that each one
    /// knows its position (its wait before it notifies) and gossips with the others. A stack without a cluster
    /// returns at once.
    func awaitClusterMembership() throws {
        guard stack.alertmanager?.cluster != nil else { return }
        let expected = runningPeers.count
        for peer in runningPeers {
            try waitFor("\(peer.name) in a cluster of \(expected) peers", seconds: 30) { () -> Poll<Void> in
                let status = try peer.client.getJSON("/api/v2/status", as: ClusterStatus.self).cluster
                guard status.status == "ready", status.peers.count == expected else {
                    return .waiting("\(status.status), \(status.peers.count) peers")
                }
                return .done(())
            }
        }
    }

    /// How far each running peer's log reaches now, for ``membershipChanges(since:)``.
    func peerLogMarks() -> [String: Int] {
        Dictionary(uniqueKeysWithValues: runningPeers.map { ($0.name, $0.process.logText().utf8.count) })
    }

    /// The lines the running peers logged after `marks` that tell of a membership change: a peer suspected,
    /// marked failed, gone or back. Between healthy peers there is none; on a starved machine a missed probe
    /// acknowledgement can split the cluster, and each side then notifies on its own.
    func membershipChanges(since marks: [String: Int]) -> [String] {
        runningPeers.flatMap { peer in
            Self.membershipChanges(in: peer.process.logText(), after: marks[peer.name] ?? 0).map {
                "\(peer.name): \($0)"
            }
        }
    }

    /// The lines of a peer's log `text` after its first `offset` bytes that tell of a membership change (what
    /// memberlist and Alertmanager log at debug level when a peer is suspected, marked failed, gone or back).
    static func membershipChanges(in text: String, after offset: Int) -> [Substring] {
        let events = [
            "memberlist: Suspect", "as failed", "msg=NotifyLeave", "msg=NotifyJoin", "msg=\"peer left\"",
            "msg=\"peer rejoined\"",
        ]
        return Substring(text.utf8.dropFirst(offset)).split(separator: "\n").filter { line in
            events.contains { line.contains($0) }
        }
    }

    /// The part of `/api/v2/status` that describes the cluster.
    private struct ClusterStatus: Decodable {
        struct Cluster: Decodable {
            struct Peer: Decodable { var name: String }
            var status: String
            var peers: [Peer]
        }
        var cluster: Cluster
    }
}
