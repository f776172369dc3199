import VigilDSL

/// One exporter scrape job: the exporters of one job name, those the stack runs first, then those of its remote
/// hosts in the order declared. The first declaration gives the job its catalogue, rule pack and interval; the
/// job scrapes every declaration's address and carries every declaration's body.
struct ExporterJob {
    /// The declaration that gives the job its kind, pack and interval.
    var first: Exporter
    /// Every declaration's scrape address: `node-exporter:9100`, `10.0.0.12:9100`.
    var targets: [String]
    /// The alerts, rules and dashboards of every declaration, in order.
    var body: [ServiceElement]

    /// The jobs of the stack's `exporters` and of those on its `remoteHosts`, in the order their first
    /// declarations come.
    static func jobs(_ exporters: [Exporter], remoteHosts: [RemoteHost]) -> [ExporterJob] {
        let declared =
            exporters.map { (exporter: $0, address: ResolvedExporter($0).address) }
            + remoteHosts.flatMap { host in
                host.exporters.map { (exporter: $0, address: ResolvedExporter($0, on: host).address) }
            }
        var jobs: [ExporterJob] = []
        for (exporter, address) in declared {
            if let index = jobs.firstIndex(where: { $0.first.job == exporter.job }) {
                jobs[index].targets.append(address)
                jobs[index].body += exporter.body
            } else {
                jobs.append(ExporterJob(first: exporter, targets: [address], body: exporter.body))
            }
        }
        return jobs
    }
}
