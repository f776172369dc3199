import VigilDSL

/// A component the stack deploys (Grafana, Loki, Alloy) as the subject of its rule pack: its scrape job, its
/// one address on the stack's network, and the overrides written on its declaration.
struct ComponentPackSubject: PackSubject {
    /// The component's compose service, and its scrape job.
    var job: String
    /// The address its metrics are scraped at, e.g. `loki:3100`.
    var instance: String
    /// The overrides written on its declaration.
    var overrides: [any AnyPackOverride]
    /// Its declaration: the pack's alerts and tests are attributed to it.
    var location: SourceLocation
}
