import VigilDSL

/// What a rule pack is settled on: the declaration that brings it (an exporter, the stack's Prometheus or
/// Alertmanager) with the scrape job its alerts watch, the `instance` of its tests' series and the overrides
/// written on it.
protocol PackSubject {
    /// The scrape job the pack's alerts watch.
    var job: String { get }
    /// The `instance` label of the tests' series: the job's first target.
    var instance: String { get }
    /// The overrides written on the declaration, typed by the pack's alerts (``PackOverride``).
    var overrides: [any AnyPackOverride] { get }
    /// Where the declaration was written: the pack's alerts and tests are attributed to it.
    var location: SourceLocation { get }
}

extension Exporter: PackSubject {
    var instance: String { ResolvedExporter(self).address }
    var overrides: [any AnyPackOverride] { pack }
}
