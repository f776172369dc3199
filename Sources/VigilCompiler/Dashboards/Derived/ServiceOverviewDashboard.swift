import VigilModel

/// An overview of one scraped service from the metrics it declares: whether its targets are up; the rate of
/// each counter, with the share of server errors for request counters with a status label; the quantiles and the heatmap
/// of each histogram; the quantiles of each summary; the value of each gauge (its saturation). A kind with
/// many metrics gets a collapsed row, which Grafana queries only when opened.
enum ServiceOverviewDashboard {
    /// The labels that carry an HTTP status (code or class) by convention.
    static let statusLabels = ["status", "code", "status_code"]
    /// Rows with more panels than this start collapsed.
    static let panelsPerOpenRow = 6

    static func dashboard(for service: ResolvedService, at location: SourceLocation) -> DashboardOutline? {
        // A metric with an invalid name is reported by the metric rules; its panels would only add noise.
        let metrics = service.metrics.filter {
            PrometheusNames.isValidMetricName($0.name) && $0.labelNames.allSatisfy(PrometheusNames.isValidLabelName)
        }
        guard !metrics.isEmpty else { return nil }
        let panels = DerivedPanels(location: location)
        let job = PromQLLabelMatcher("job", .equal, service.name)
        let counters = metrics.filter { $0.kind == .counter }
        let histograms = metrics.filter { $0.kind == .histogram }
        let summaries = metrics.filter { $0.kind == .summary }
        let gauges = metrics.filter { $0.kind == .gauge }
        func row(_ title: String, opening count: Int, _ content: [Panel]) -> DashboardOutline.Item? {
            content.isEmpty
                ? nil
                : .row(PanelRow(title: title, collapsed: count > panelsPerOpenRow, panels: content, location: location))
        }
        let targets = panels.stateTimeline("Targets up", legend: "{{instance}}", [panels.query(.series("up", [job]))])
            .with { $0.field.mappings = DerivedPanels.upOrDown }
        let rates = counters.flatMap { counter -> [Panel] in
            let status = counter.labelNames.first(where: statusLabels.contains)
            let errors = status.flatMap { status in
                isRequestCounter(counter) ? serverErrors(of: counter, status: status, job: job, panels: panels) : nil
            }
            return [rate(of: counter, job: job, panels: panels)] + [errors].compactMap { $0 }
        }
        let distributions = histograms.flatMap { histogram in
            [
                quantiles(of: histogram, job: job, panels: panels),
                panels.heatmap(histogram.name, histogram: histogram.name, [job], unit: unit(of: histogram)),
            ]
        }
        let summaryPanels = summaries.map { summary in
            panels.timeSeries(summary.name, unit: unit(of: summary), [panels.query(.series(summary.name, [job]))])
                .with { $0.legendFormat = "{{instance}} q{{quantile}}" }
        }
        let values = gauges.map { gauge in
            panels.timeSeries(gauge.name, unit: unit(of: gauge), [panels.query(.series(gauge.name, [job]))]).with {
                $0.legendFormat = legend(gauge.labelNames)
                $0.description = gauge.help
            }
        }
        let items: [DashboardOutline.Item?] = [
            .row(PanelRow(title: "Targets", collapsed: false, panels: [targets], location: location)),
            row("Rates", opening: counters.count, rates),
            row("Distributions", opening: histograms.count * 2, distributions),
            row("Summaries", opening: summaries.count, summaryPanels),
            row("Values", opening: gauges.count, values),
        ]
        return DashboardOutline(
            title: "\(service.name) overview", tags: [DerivedDashboards.tag, service.name],
            description: "Derived from the metrics '\(service.name)' declares.", items: items.compactMap { $0 },
            location: location)
    }

    /// The per-second rate of a counter, by its first label.
    static func rate(of counter: MetricDeclaration, job: PromQLLabelMatcher, panels: DerivedPanels) -> Panel {
        let by = counter.labelNames.first
        let rate = PromQLExpression.call(.rate, counter.name, [job], over: .minutes(5))
        return panels.timeSeries(
            counter.name, unit: rateUnit(of: counter), [panels.query(rate.aggregated(.sum, by: by.map { [$0] }))]
        ).with {
            $0.legendFormat = by.map { "{{\($0)}}" } ?? "rate"
            $0.description = counter.help
        }
    }

    /// Whether a counter counts requests, whose status label is then an HTTP status (by name, as
    /// instrumentation libraries call them: `http_requests_total`, `grpc_server_handled_total`, ...).
    static func isRequestCounter(_ counter: MetricDeclaration) -> Bool {
        ["request", "http", "handled"].contains { counter.name.contains($0) }
    }

    /// The share of a counter's events whose status is a server error (5xx).
    static func serverErrors(
        of counter: MetricDeclaration, status: String, job: PromQLLabelMatcher, panels: DerivedPanels
    ) -> Panel {
        func rate(_ matchers: [PromQLLabelMatcher]) -> PromQLExpression {
            PromQLExpression.call(.rate, counter.name, matchers, over: .minutes(5)).aggregated(.sum)
        }
        let errors = rate([job, PromQLLabelMatcher(status, .matchesRegex, "5..")])
        return panels.timeSeries(
            "\(counter.name): server errors", unit: .percentUnit, [panels.query(errors.applying(.divide, rate([job])))]
        ).with {
            $0.legendFormat = "5xx"
            $0.field.min = 0
            $0.field.thresholds = Thresholds(.green, .at(0.01, .orange), .at(0.05, .red))
        }
    }

    /// The median, 90th and 99th percentiles of a histogram's observations.
    static func quantiles(of histogram: MetricDeclaration, job: PromQLLabelMatcher, panels: DerivedPanels) -> Panel {
        let buckets = PromQLExpression.call(.rate, histogram.name + "_bucket", [job], over: .minutes(5))
            .aggregated(.sum, by: ["le"])
        return panels.timeSeries(
            "\(histogram.name): p50, p90, p99", unit: unit(of: histogram),
            [(0.5, "p50"), (0.9, "p90"), (0.99, "p99")].map { quantile, percentile in
                panels.query(.call(.histogramQuantile, .number(quantile), buckets), legend: percentile)
            }
        ).with { $0.description = histogram.help }
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
