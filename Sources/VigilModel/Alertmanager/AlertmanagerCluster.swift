import VigilCore

/// Alertmanager run as a cluster of peers that gossip their silences and notification log, so that the peers
/// together send each notification once and the loss of one peer loses no notification. Prometheus sends every
/// alert to every peer; there is no load balancer in between.
public struct AlertmanagerCluster: Sendable {
    /// The port the peers gossip on, inside the stack's network only.
    public static let port = 9094

    /// How many peers run; at least two (three tolerate the loss of one with a majority left).
    public var peers: Int
    /// How long each peer waits per position before it notifies (`--cluster.peer-timeout`), so that the peer
    /// before it has notified and gossiped it: the last peer waits `(peers - 1) × peerTimeout`, which must be
    /// shorter than every route's group interval or it notifies again.
    public var peerTimeout: Duration
    /// Where the cluster was declared.
    public var location: SourceLocation

    /// A cluster of `peers` peers.
    public init(peers: Int, peerTimeout: Duration = .seconds(15), location: SourceLocation) {
        self.peers = peers
        self.peerTimeout = peerTimeout
        self.location = location
    }

    /// How long the last peer waits before it notifies.
    public var longestWait: Duration {
        Duration(milliseconds: peerTimeout.milliseconds * Int64(Swift.max(peers - 1, 0)))
    }
}
