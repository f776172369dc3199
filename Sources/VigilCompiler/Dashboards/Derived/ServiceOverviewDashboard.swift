import VigilDSL

/// An overview of one scraped service from the metrics it declares: whether its targets are up; the rate of
/// each counter, with the share of server errors for request counters with a status label; the quantiles and the heatmap
/// of each histogram; the quantiles of each summary; the value of each gauge (its saturation). A kind with
/// many metrics gets a collapsed row, which Grafana queries only when opened.
enum ServiceOverviewDashboard {
    /// The labels that carry an HTTP status (code or class) by convention.
    static let statusLabels = ["status", "code", "status_code"]
    /// Rows with more panels than this start collapsed.
    static let panelsPerOpenRow = 6

    static func dashboard(for service: ResolvedService) -> Dashboard? {
        // A metric with an invalid name is reported by the metric rules; its panels would only add noise.
        let metrics = service.metrics.filter {
            PrometheusNames.isValidMetricName($0.name) && $0.labelNames.allSatisfy(PrometheusNames.isValidLabelName)
        }
        guard !metrics.isEmpty else { return nil }
        let job = PromQLLabelMatcher("job", .equal, service.name).description
        let counters = metrics.filter { $0.kind == .counter }
        let histograms = metrics.filter { $0.kind == .histogram }
        let summaries = metrics.filter { $0.kind == .summary }
        let gauges = metrics.filter { $0.kind == .gauge }
        return Dashboard(
            "\(service.name) overview", tags: [DerivedDashboards.tag, service.name],
            description: "Derived from the metrics '\(service.name)' declares."
        ) {
            Row("Targets") {
                StateTimeline("Targets up", legend: .hidden) { PromQL("up{\(job)}") }
                    .legendFormat("{{instance}}")
                    .mappings(.value("1", text: "up", color: .green), .value("0", text: "down", color: .red))
            }
            if !counters.isEmpty {
                Row("Rates", collapsed: counters.count > panelsPerOpenRow) {
                    for counter in counters {
                        rate(of: counter, job: job)
                        if let status = counter.labelNames.first(where: statusLabels.contains),
                            isRequestCounter(counter)
                        {
                            serverErrors(of: counter, status: status, job: job)
                        }
                    }
                }
            }
            if !histograms.isEmpty {
                Row("Distributions", collapsed: histograms.count * 2 > panelsPerOpenRow) {
                    for histogram in histograms {
                        quantiles(of: histogram, job: job)
                        Heatmap(
                            histogram.name,
                            Histogram<NoLabels>(histogram.name, help: histogram.help, buckets: histogram.buckets).job(
                                service.name),
                            unit: unit(of: histogram))
                    }
                }
            }
            if !summaries.isEmpty {
                Row("Summaries", collapsed: summaries.count > panelsPerOpenRow) {
                    for summary in summaries {
                        TimeSeries(summary.name, unit: unit(of: summary)) { PromQL("\(summary.name){\(job)}") }
                            .legendFormat("{{instance}} q{{quantile}}")
                    }
                }
            }
            if !gauges.isEmpty {
                Row("Values", collapsed: gauges.count > panelsPerOpenRow) {
                    for gauge in gauges {
                        TimeSeries(gauge.name, unit: unit(of: gauge)) { PromQL("\(gauge.name){\(job)}") }
                            .legendFormat(legend(gauge.labelNames))
                            .description(gauge.help)
                    }
                }
            }
        }
    }

    /// The per-second rate of a counter, by its first label.
    static func rate(of counter: MetricDeclaration, job: String) -> TimeSeries {
        let by = counter.labelNames.first
        let sum = by.map { "sum by (\($0)) " } ?? "sum"
        return TimeSeries(counter.name, unit: rateUnit(of: counter)) {
            PromQL("\(sum)(rate(\(counter.name){\(job)}[5m]))")
        }
        .legendFormat(by.map { "{{\($0)}}" } ?? "rate")
        .description(counter.help)
    }

    /// Whether a counter counts requests, whose status label is then an HTTP status (by name, as
    /// instrumentation libraries call them: `http_requests_total`, `grpc_server_handled_total`, ...).
    static func isRequestCounter(_ counter: MetricDeclaration) -> Bool {
        ["request", "http", "handled"].contains { counter.name.contains($0) }
    }

    /// The share of a counter's events whose status is a server error (5xx).
    static func serverErrors(of counter: MetricDeclaration, status: String, job: String) -> TimeSeries {
        TimeSeries("\(counter.name): server errors", unit: .percentUnit) {
            PromQL(
                #"sum(rate(\#(counter.name){\#(job), \#(status)=~"5.."}[5m])) / sum(rate(\#(counter.name){\#(job)}[5m]))"#
            )
        }
        .legendFormat("5xx")
        .min(0)
        .thresholds(Thresholds(.green, .at(0.01, .orange), .at(0.05, .red)))
    }

    /// The median, 90th and 99th percentiles of a histogram's observations.
    static func quantiles(of histogram: MetricDeclaration, job: String) -> TimeSeries {
        TimeSeries("\(histogram.name): p50, p90, p99", unit: unit(of: histogram)) {
            for (quantile, percentile) in [("0.5", "p50"), ("0.9", "p90"), ("0.99", "p99")] {
                Query(
                    PromQL("histogram_quantile(\(quantile), sum by (le) (rate(\(histogram.name)_bucket{\(job)}[5m])))"),
                    legendFormat: percentile)
            }
        }
        .description(histogram.help)
    }

    /// The legend of a gauge's series: its instance and its own labels.
    static func legend(_ labels: [String]) -> String {
        (["instance"] + labels).map { "{{\($0)}}" }.joined(separator: " ")
    }

    /// The Grafana unit of a metric's values.
    static func unit(of metric: MetricDeclaration) -> Unit? {
        switch metric.unit {
        case .seconds: .seconds
        case .milliseconds: .milliseconds
        case .bytes: .bytes
        case .ratio: .percentUnit
        case .percent: .percent
        case .celsius: .celsius
        case .volts: .volt
        case .amperes: .ampere
        case .joules: .joule
        case .grams: .gram
        case .meters: .meter
        case .count: .short
        case .other, nil: nil
        }
    }

    /// The Grafana unit of a counter's rate: bytes per second, seconds per second (busy time), events per
    /// second.
    static func rateUnit(of counter: MetricDeclaration) -> Unit {
        switch counter.unit {
        case .bytes: .bytesPerSecondSI
        case .seconds: .percentUnit
        default: .opsPerSecond
        }
    }
}
