import VigilDSL

/// One exporter scrape job: the exporters of one job name, those the stack runs first, then those of its remote
/// hosts in the order declared. The first declaration gives the job its catalogue, rule pack and interval; the
/// job scrapes every declaration's address but those of hosts whose agent forwards their samples (the job may
/// then have no target: its pack and dashboards read the forwarded series), and carries every declaration's body.
struct ExporterJob {
    /// The declaration that gives the job its kind, pack and interval.
    var first: Exporter
    /// The scrape address of every declaration on a host that is scraped: `node-exporter:9100`, `10.0.0.12:9100`.
    var targets: [String]
    /// The alerts, rules and dashboards of every declaration, in order.
    var body: [ServiceElement]

    /// The jobs of the stack's `exporters` and of those on its `remoteHosts`, in the order their first
    /// declarations come.
    static func jobs(_ exporters: [Exporter], remoteHosts: [RemoteHost]) -> [ExporterJob] {
        let declared =
            exporters.map { (exporter: $0, address: Optional(ResolvedExporter($0).address)) }
            + remoteHosts.flatMap { host in
                host.exporters.map {
                    (exporter: $0, address: host.forwarding == nil ? ResolvedExporter($0, on: host).address : nil)
                }
            }
        var jobs: [ExporterJob] = []
        for (exporter, address) in declared {
            if let index = jobs.firstIndex(where: { $0.first.job == exporter.job }) {
                jobs[index].targets += [address].compactMap(\.self)
                jobs[index].body += exporter.body
            } else {
                jobs.append(ExporterJob(first: exporter, targets: [address].compactMap(\.self), body: exporter.body))
            }
        }
        return jobs
    }
}
