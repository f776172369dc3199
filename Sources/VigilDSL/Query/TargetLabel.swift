/// The labels Prometheus attaches to every scraped series, which aggregations may keep besides a metric's
/// own labels.
public enum TargetLabel: String, Sendable, CaseIterable {
    /// The scrape job: the service's name.
    case job
    /// The scraped `host:port`.
    case instance
}
