import Vigil

extension Analytics {
    /// How the stack reads the monitoring document, item by item, for the README.
    static let notes = [
        Note(
            """
            **Metrics** (`backend/metrics/prometheus.py`): all seven, under their names, help texts and labels. \
            `http_request_duration_seconds` is declared without buckets in the document, so prometheus_client's \
            default buckets are declared here.
            """),
        Note(
            """
            **Alerts** (`monitoring/alerts.yml`): the five alerts of group `analytics_alerts`, under their names, \
            severities, `for` durations, summaries and descriptions (four with corrected queries, listed above). \
            Vigil names the rule group after its service, `analytics`, and keeps the document's 30-second \
            evaluation interval; the `service: analytics` label comes from the service's name. The runbook links \
            are the stack's. `HighMemoryUsage` reads cAdvisor, scraped as the job `cadvisor`.
            """),
        Note(
            """
            **Dashboard**: "Analytics Service Dashboard" with the document's five panels, in its order.
            """),
        Note(
            """
            **Routing**: the document routes nothing; here critical alerts page through PagerDuty, warnings go to \
            Slack `#analytics-alerts` and info alerts to `#analytics-info`, with a dead man's switch on the Watchdog.
            """),
        Note(
            """
            **Log aggregation**: the document forwards logs with Fluentd to Elasticsearch; here Grafana Alloy reads \
            every container's JSON output into Loki (14 days), labelled with its compose service, and Grafana \
            queries it beside the metrics. Fluentd's `record_transformer` fields (hostname, environment, service) \
            are the labels Alloy sets; its throttle of error logs per `workspace_id` has no counterpart: Loki limits \
            ingestion per stream, not per JSON field.
            """),
        Note(
            """
            **Tracing**: the backend's OpenTelemetry SDK exports spans over OTLP; Jaeger receives them on \
            `jaeger:4317`, the document's `OTEL_EXPORTER_OTLP_ENDPOINT` once set to it.
            """),
        Note(
            """
            **Health checks**: the blackbox exporter probes the backend's comprehensive health check, assumed at \
            `/health` (the document gives the checks, not the route); it answers 503 when the database, Redis or \
            the main app is unhealthy, and `ProbeFailed` (warning) fires after 2 minutes of failures. The document's \
            `MAIN_APP_URL` is the backend's own dependency, not probed here.
            """),
        Note(
            """
            **Network**: the stack joins the application's compose network, `analytics_default`, and reaches the \
            backend as `analytics-backend:8000`.
            """),
        Note(
            """
            **Not part of this stack**: Sentry is a hosted service the application reports errors to; the logging \
            and tracing setup and the middleware describe the application. The success metrics (log ingestion \
            above 10,000 lines a second, metric collection under 100 ms, alerts within a minute, dashboards within \
            2 seconds) are goals for operating the stack, not rules.
            """),
    ]
}
