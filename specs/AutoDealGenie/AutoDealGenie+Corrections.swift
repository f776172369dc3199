import Vigil

extension AutoDealGenie {
    /// Where the monitoring guide's PromQL does not do what it says; the stack's README lists these.
    static let corrections = [
        Correction(
            "HighLatency alert",
            original: "histogram_quantile(0.95, http_request_duration_seconds_bucket) > 2",
            corrected: histogramQuantile(0.95, latency, over: .minutes(5), plus: [.job]) > 2,
            reason:
                "`histogram_quantile` reads the per-second rate of each bucket, kept apart by `le`; over the raw"
                + " cumulative bucket counters it returns the quantile of everything since the process started."),
        Correction(
            "HighErrorRate alert", original: #"rate(http_requests_total{status=~"5.."}[5m]) > 0.05"#,
            corrected: highErrorRate,
            reason:
                "The document compares the rate of each series (one per handler, method and status class) with 0.05"
                + " errors a second: the backend can fail 0.2 requests a second spread over handlers without any"
                + " series crossing it. The corrected query sums the backend's failed requests, keeping the"
                + " document's threshold in requests a second, as its description says."),
        Correction(
            "DatabaseConnectionPoolFull alert",
            original: "pg_stat_database_numbackends / pg_settings_max_connections > 0.8",
            corrected: connectionPoolNearlyFull,
            reason:
                "`pg_stat_database_numbackends` has a series per database (`datname`) and"
                + " `pg_settings_max_connections` has none, so `/` matches no pair of series and the alert can never"
                + " fire. The corrected query sums the backends of a server's databases and divides by its limit; the"
                + " description prints the ratio as a percentage (`humanizePercentage`), where the document's"
                + " `{{ $value }}%` would print 0.9%."),
        Correction(
            "HighMemoryUsage alert", original: "process_resident_memory_bytes / node_memory_MemTotal_bytes > 0.8",
            corrected: highMemoryUsage,
            reason:
                "The two metrics come from different jobs (the backend and node_exporter), so their labels never match"
                + " and `/` returns nothing. The corrected query divides the backend's resident memory by the host's"
                + " total with `on() group_left`, and prints it with `humanizePercentage`, where the document's"
                + " `{{ $value }}%` would print 0.9%."),
        Correction(
            "Error rate query (the guide's Grafana example)",
            original: #"rate(http_requests_total{status=~"5.."}[5m]) / rate(http_requests_total[5m])"#,
            corrected: errorRate,
            reason:
                "`/` matches series with the same labels, so each 5xx series is divided by itself and the panel shows"
                + " 1 wherever there are errors. The System Overview's Error rate panel sums both sides first, over the"
                + " handlers the dashboard's `$handler` variable chooses."),
    ]
}
