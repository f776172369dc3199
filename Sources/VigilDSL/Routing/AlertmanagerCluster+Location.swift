extension AlertmanagerCluster {
    /// A cluster of `peers` Alertmanagers, declared where it is written:
    /// `Alertmanager(defaultReceiver: slack, cluster: AlertmanagerCluster(peers: 3)) { ... }`. `peerTimeout` is
    /// how long each peer waits per position before it notifies (Alertmanager's default, 15 s, suits group
    /// intervals of a minute or more).
    public init(
        peers: Int, peerTimeout: Duration = .seconds(15),
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        self.init(
            peers: peers, peerTimeout: peerTimeout,
            location: SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column))
    }
}
