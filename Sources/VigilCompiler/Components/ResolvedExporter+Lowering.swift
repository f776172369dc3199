import VigilDSL

extension ResolvedExporter {
    /// Lowers an exporter declaration; its body goes to the service of its job.
    init(_ exporter: Exporter) {
        self.init(
            kind: exporter.kind, job: exporter.job, version: exporter.version, scrapeInterval: exporter.scrapeInterval,
            location: exporter.location)
    }

    /// Lowers an exporter declared on a remote host: scraped at the host's address.
    init(_ exporter: Exporter, on host: RemoteHost) {
        self.init(exporter)
        remoteAddress = host.address
    }
}
