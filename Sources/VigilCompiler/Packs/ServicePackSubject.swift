import VigilDSL

/// A service as the subject of the process rule pack, which it brings by declaring ``ProcessMetrics/all``: its
/// job, its first target and the overrides written on it (`pack:`).
extension Service: PackSubject {
    var job: String { name }
    var instance: String { scrape?.targets.first ?? "\(name):80" }
    var overrides: [any AnyPackOverride] { pack }

    /// Whether it declares every metric of ``ProcessMetrics``, and so brings the process pack.
    var declaresProcessMetrics: Bool {
        Set(ProcessMetrics.all.map(\.name)).isSubset(of: metrics.map(\.name))
    }
}
