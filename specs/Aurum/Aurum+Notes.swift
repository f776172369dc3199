import Vigil

extension Aurum {
    /// How the stack reads the observability document, item by item, for the README. The document shows no
    /// PromQL, so there is nothing to correct; these say where each of its items went and what the stack chose
    /// where the document is silent.
    static let notes = [
        Note(
            """
            **Metrics** (`metrics.py`): the document names what is measured, not the series, so the names are the \
            stack's, with its `AURUM_METRICS_PREFIX` (`aurum_`). API request latency (P50, P95, P99), \
            `REQUEST_LATENCY` with `method` and `path`, is `aurum_api_request_duration_seconds`; error rates by \
            endpoint and tenant come from `aurum_api_requests_total` (`method`, `path`, `status`, `tenant_id`); cache \
            hit/miss rates from `aurum_cache_lookups_total` (`cache_type`, `result`); database query performance \
            from `aurum_db_query_duration_seconds`; connection pool monitoring from `aurum_db_pool_connections_in_use` \
            and `aurum_db_pool_size`; rate limiting from `aurum_rate_limited_requests_total`; business transaction \
            success rates from `aurum_business_transactions_total` (the three arguments of \
            `increment_business_transactions`); data freshness from `aurum_data_last_updated_timestamp_seconds`.
            """),
        Note(
            """
            **SLOs** (`slo_dashboard.py`), each over 30 days: API Availability 99.9% is `api-availability`; API \
            Latency < 500 ms P95 is `api-latency`, 95% of requests within 500 ms; Scenario Creation 99.5% is \
            `scenario-creation`; Scenario Runs 95% is `scenario-runs`; Data Freshness < 1 hour is `data-freshness`, \
            data at most an hour old 99% of the time (the document gives no share); Cache Hit Rate > 90% is \
            `cache-hit-rate`, which opens tickets but never pages. Prometheus evaluates them continuously, which \
            replaces the application's `slo_check_interval` and `slo_alert_threshold`, and keeps 33 days of samples \
            (its default is 15): a 30-day window needs 30 days, and the slowest alert looks back 3 days more.
            """),
        Note(
            """
            **Alert rules**: API performance is `HighAPILatency` (95th percentile above 500 ms for 10 minutes) and \
            `HighAPIErrorRate` (more than 5% server errors on a path); business metrics are \
            `ScenarioCreationFailures` (> 5%) and `ScenarioRunFailures` (> 10%); infrastructure is \
            `DatabaseConnectionPoolExhausted` (90% of the pool in use) and `SlowDatabaseQueries` (95th percentile \
            above `slow_query_threshold_ms`, 1 s); cache performance is `LowCacheHitRate` (< 90%); SLO violations \
            are the `*ErrorBudgetBurn` alerts of the six SLOs. The document gives no thresholds but the SLOs' and \
            the settings'; the others are the stack's.
            """),
        Note(
            """
            **Dashboards**: SLO Overview, API Performance, Business Metrics, Infrastructure and Alert Status, with \
            the panels their descriptions name; the derived `SLOs` dashboard adds each objective's burn rates.
            """),
        Note(
            """
            **Logging, tracing and health checks**: the structured JSON logs, stored in "JSON/ELK" by the \
            document, go to Loki for 30 days (`log_retention_days`), and the Infrastructure dashboard shows the \
            API's errors; the document keeps traces in its own observability API, so the stack runs no tracing \
            backend; the blackbox exporter probes the health endpoint, `/v1/observability/health`, and \
            `ProbeFailed` fires when it fails.
            """),
        Note(
            """
            **Endpoints**: Prometheus scrapes `/v1/observability/metrics`. The JSON metrics, performance, trace, SLO, \
            dashboard and log-schema endpoints serve people and tools, not Prometheus. The document gives no alert \
            routing: critical alerts (SLO pages among them) go to PagerDuty, the rest to Slack.
            """),
    ]
}
