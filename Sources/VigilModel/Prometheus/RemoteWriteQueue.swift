/// How Prometheus batches and retries the samples of one remote write (`queue_config`), written out in full so
/// that the configuration says what runs.
public struct RemoteWriteQueue: Hashable, Sendable {
    /// Samples buffered per shard before reading from the write-ahead log blocks.
    public var capacity: Int
    /// The most shards, that is concurrent requests.
    public var maxShards: Int
    /// The most samples in one request.
    public var maxSamplesPerSend: Int
    /// How long a sample may wait for its batch to fill.
    public var batchSendDeadline: Duration

    /// A queue of these settings.
    public init(capacity: Int, maxShards: Int, maxSamplesPerSend: Int, batchSendDeadline: Duration) {
        self.capacity = capacity
        self.maxShards = maxShards
        self.maxSamplesPerSend = maxSamplesPerSend
        self.batchSendDeadline = batchSendDeadline
    }

    /// Prometheus 3's own defaults, which Mimir and Thanos Receive take as they are.
    public static let prometheusDefaults = RemoteWriteQueue(
        capacity: 10_000, maxShards: 50, maxSamplesPerSend: 2_000, batchSendDeadline: .seconds(5))

    /// Larger batches, which VictoriaMetrics's documentation recommends for busy servers and which cost a small
    /// one nothing: fewer, bigger requests.
    public static let victoriaMetrics = RemoteWriteQueue(
        capacity: 20_000, maxShards: 30, maxSamplesPerSend: 10_000, batchSendDeadline: .seconds(5))
}
