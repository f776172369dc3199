import VigilCompiler

/// A scrape target of a stack as the local profile runs it: served by the test exporter on a port of its own
/// on 127.0.0.1, and still labelled with the address it has in production.
public struct LocalTarget: Hashable, Sendable, CustomStringConvertible {
    /// The scrape job.
    public var job: String
    /// The production address, kept as the series' `instance` label.
    public var instance: String

    /// Creates a target.
    public init(job: String, instance: String) {
        self.job = job
        self.instance = instance
    }

    public var description: String { "\(job)/\(instance)" }
}
