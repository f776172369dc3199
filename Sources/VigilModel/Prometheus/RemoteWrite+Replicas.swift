extension RemoteWrite {
    /// The relabeling, after the series filter, that lets the engine deduplicate what the replicas of a highly
    /// available pair both send (each series twice, told apart by `replicaLabel`); none for one replica.
    /// - VictoriaMetrics: the replica label is dropped, so both replicas write the same series, and the
    ///   engine's `-dedup.minScrapeInterval` keeps one sample per interval.
    /// - Mimir: the label is renamed `__replica__` and `cluster` set (to `cluster`, unless an external label
    ///   gives it), which Mimir's HA tracker reads to accept one replica's samples and drop the other's.
    /// - Thanos Receive: the label is kept; Thanos Query removes the duplicates when it is started with
    ///   `--query.replica-label=<label>`.
    public func replicaRelabeling(replicaLabel: String?, cluster: String) -> [Relabel] {
        guard let replicaLabel else { return [] }
        let (fileID, filePath, line, column) = (location.fileID, location.filePath, location.line, location.column)
        let drop = Relabel.labelDrop(
            replicaLabel, fileID: fileID, filePath: filePath, line: line, column: column)
        switch storage {
        case .victoriaMetrics:
            return [drop]
        case .mimir:
            return [
                .replace(
                    "__replica__", from: [replicaLabel], fileID: fileID, filePath: filePath, line: line,
                    column: column),
                .replace(
                    "cluster", from: ["cluster"], regex: "", replacement: cluster, fileID: fileID, filePath: filePath,
                    line: line, column: column),
                drop,
            ]
        case .thanosReceive:
            return []
        }
    }
}
