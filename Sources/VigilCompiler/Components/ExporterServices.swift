import VigilDSL

/// The scrape job of each exporter, as a ``Service`` lowered like the application's: the exporter's metric
/// catalogue declared, the body's alerts and dashboards on it, and for blackbox-exporter the probe scrape. Its
/// rule pack (``RulePacks``) brings its alerts and tests in the model's terms, before the body's
/// (``MonitoredServices``). An exporter on a remote host is one more target of the job of its name
/// (``ExporterJob``), unless the host's agent forwards it.
enum ExporterServices {
    /// The service of `job`.
    static func service(for job: ExporterJob) -> Service {
        let exporter = job.first
        let location = exporter.location
        var scrape = Scrape(
            targets: job.targets, interval: exporter.scrapeInterval, fileID: location.fileID,
            filePath: location.filePath, line: location.line, column: location.column)
        if case .blackbox(let probes, _, _) = exporter.kind { scrape = probeScrape(of: exporter, probes: probes) }
        // A job whose every exporter is forwarded by a remote host's agent has nothing to scrape: its series arrive.
        return Service(
            exporter.job, scrape: job.targets.isEmpty ? nil : scrape, fileID: location.fileID,
            filePath: location.filePath, line: location.line,
            column: location.column
        ) {
            catalogue(of: exporter.kind)
            job.body
        }
    }

    /// The blackbox scrape: each probe's target passed as `target` to the exporter's `/probe`, kept as the
    /// series' `instance`, with the module chosen from the target's form (a URL: `http_2xx`; `host:port`:
    /// `tcp_connect`).
    static func probeScrape(of exporter: Exporter, probes: [Probe]) -> Scrape {
        let location = exporter.location
        func replace(_ target: String, from sources: [String], regex: String = "(.*)", replacement: String = "$1")
            -> Relabel
        {
            .replace(
                target, from: sources, regex: regex, replacement: replacement, fileID: location.fileID,
                filePath: location.filePath, line: location.line, column: location.column)
        }
        return Scrape(
            targets: probes.map(\.target), path: "/probe", interval: exporter.scrapeInterval,
            fileID: location.fileID, filePath: location.filePath, line: location.line, column: location.column
        )
        .relabeling([
            replace(
                "__param_module", from: ["__address__"], regex: "https?://.*", replacement: ProbeModule.http2xx.rawValue
            ),
            replace(
                "__param_module", from: ["__address__"], regex: "[^/]+:[0-9]+",
                replacement: ProbeModule.tcpConnect.rawValue),
            replace("__param_target", from: ["__address__"]),
            replace("instance", from: ["__param_target"]),
            replace("__address__", from: [], replacement: ResolvedExporter(exporter).address),
        ])
    }

    /// The metrics each exporter exports, declared on its scrape job.
    static func catalogue(of kind: ExporterKind) -> [MetricDeclaration] {
        switch kind {
        case .node: NodeExporterMetrics.all
        case .cadvisor: CAdvisorMetrics.all
        case .postgres: PostgresExporterMetrics.all
        case .redis: RedisExporterMetrics.all
        case .blackbox: BlackboxExporterMetrics.all
        }
    }
}
