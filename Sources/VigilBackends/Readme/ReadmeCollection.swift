import VigilModel

/// The README's catalogue of what Prometheus collects: the scrape jobs, then the metrics each service
/// exposes. Metrics from an exporter's catalogue are folded away, so that the application's own stand out.
enum ReadmeCollection {
    static func scrapeJobs(_ stack: ResolvedStack) -> [String] {
        guard !stack.scrapeJobs.isEmpty else { return [] }
        let rows = stack.scrapeJobs.map { job in
            [
                Markdown.code(job.name), targets(job), Markdown.code(job.metricsPath), job.scheme,
                "\(job.interval ?? stack.prometheus.scrapeInterval)",
                "\(job.timeout ?? stack.prometheus.scrapeTimeout)",
                job.labels.map { Markdown.code("\($0.name)=\($0.value)") }.joined(separator: ", "),
            ]
        }
        return [
            "## Scrape jobs",
            "",
            "Each job's name is the `job` label of its series; the stack's own Prometheus and Alertmanager come first.",
            "",
        ] + Markdown.table(["job", "targets", "path", "scheme", "interval", "timeout", "labels"], rows)
    }

    /// A job's targets as the configuration lists them (a probe's are the URLs it probes), and the service
    /// discovery that finds more.
    static func targets(_ job: ResolvedScrapeJob) -> String {
        let targets = job.targets.map(Markdown.code)
        let discovered = job.discovery.map { discovery -> String in
            switch discovery {
            case .files(let files, _): "targets listed in " + files.map(Markdown.code).joined(separator: ", ")
            case .dns(let names, let type, _, _):
                "\(type.rawValue) records of " + names.map(Markdown.code).joined(separator: ", ")
            }
        }
        return (targets + discovered).joined(separator: "<br>")
    }

    static func metrics(_ stack: ResolvedStack) -> [String] {
        let services = stack.services.filter { !$0.metrics.isEmpty }
        guard !services.isEmpty else { return [] }
        var lines = [
            "## Metrics",
            "",
            "The metrics each service exposes, as the specs declare them; every query in the stack is checked",
            "against these names, kinds and labels. Each series also carries the target labels `job` and `instance`.",
        ]
        for service in services {
            let own = service.metrics.filter { !$0.isCatalogued }
            let catalogued = service.metrics.filter(\.isCatalogued)
            lines += ["", "### \(Markdown.text(service.name))"]
            if !own.isEmpty {
                lines += [""] + table(own)
            }
            if !catalogued.isEmpty {
                let summary =
                    "\(catalogued.count) metric\(catalogued.count == 1 ? "" : "s") from Vigil's exporter catalogue"
                lines += ["", "<details><summary>\(summary)</summary>", ""] + table(catalogued) + ["", "</details>"]
            }
        }
        return lines
    }

    static func table(_ metrics: [MetricDeclaration]) -> [String] {
        Markdown.table(
            ["metric", "kind", "labels", "unit", "help"],
            metrics.map { metric in
                [
                    Markdown.code(metric.name), metric.kind.rawValue,
                    metric.labelNames.map(Markdown.code).joined(separator: ", "),
                    metric.unit.map { Markdown.text($0.suffix ?? "count") } ?? "", Markdown.text(metric.help),
                ]
            })
    }
}
