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

    /// The service with `elements` after its own.
    func adding(_ elements: [ServiceElement]) -> Service {
        Service(
            name, scrape: scrape, ruleInterval: ruleInterval, ruleQueryOffset: ruleQueryOffset, ruleLabels: ruleLabels,
            pack: pack, fileID: location.fileID, filePath: location.filePath, line: location.line,
            column: location.column
        ) {
            metrics
            alerts.map(ServiceElement.alert)
            records.map(ServiceElement.record)
            alertTests.map(ServiceElement.alertTest)
            slos.map(ServiceElement.slo)
            dashboards.map(ServiceElement.dashboard)
            elements
        }
    }
}
