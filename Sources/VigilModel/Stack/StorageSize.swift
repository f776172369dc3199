/// An amount of disk space, such as Prometheus's retention size: a value, never a string.
public struct StorageSize: Hashable, Sendable, CustomStringConvertible {
    /// The size in megabytes (10^6 bytes, as Prometheus counts them).
    public let megabytes: Int

    /// `megabytes` MB.
    public static func megabytes(_ megabytes: Int) -> StorageSize { StorageSize(megabytes: megabytes) }

    /// `gigabytes` GB.
    public static func gigabytes(_ gigabytes: Int) -> StorageSize { StorageSize(megabytes: gigabytes * 1000) }

    /// The size as Prometheus flags write it: `10GB`, or `500MB` when not a whole number of gigabytes.
    public var description: String {
        megabytes % 1000 == 0 ? "\(megabytes / 1000)GB" : "\(megabytes)MB"
    }
}
