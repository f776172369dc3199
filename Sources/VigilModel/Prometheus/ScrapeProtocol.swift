/// An exposition format Prometheus can negotiate when it scrapes a target (`scrape_protocols`), or assume
/// when the target's Content-Type names none it knows (`fallback_scrape_protocol`).
public enum ScrapeProtocol: String, Hashable, Sendable, CaseIterable {
    /// The Prometheus protobuf format, the one that carries native histograms.
    case prometheusProto = "PrometheusProto"
    /// OpenMetrics 1.0.0 text.
    case openMetricsText100 = "OpenMetricsText1.0.0"
    /// OpenMetrics 0.0.1 text.
    case openMetricsText001 = "OpenMetricsText0.0.1"
    /// The Prometheus text format 1.0.0 (UTF-8 names).
    case prometheusText100 = "PrometheusText1.0.0"
    /// The classic Prometheus text format 0.0.4 (`text/plain; version=0.0.4`).
    case prometheusText004 = "PrometheusText0.0.4"
}
