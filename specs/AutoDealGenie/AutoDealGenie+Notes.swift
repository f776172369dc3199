import Vigil

extension AutoDealGenie {
    /// How the stack reads the monitoring guide, item by item, for the README.
    static let notes = [
        Note(
            """
            **Alerts**: the guide's five, under its names, severities, `for` durations and summaries (four with \
            corrected queries, listed above). Vigil groups rules by service: `HighErrorRate`, `HighLatency`, \
            `ServiceDown` and `HighMemoryUsage` are the `autodealgenie-backend` group, evaluated every 30 seconds as \
            the guide's `autodealgenie` group is; `DatabaseConnectionPoolFull` belongs to the `postgres` exporter's \
            group. The runbook links are the stack's, as the guide's "create runbooks" asks.
            """),
        Note(
            """
            **Alertmanager**: the guide's tree (critical to PagerDuty, warning to Slack `#warnings`, the rest to \
            `#alerts`, grouped by alert name and severity, 10s/10s/12h). The Slack webhook and the PagerDuty key are \
            secret files, not values in the configuration; PagerDuty takes an Events API v2 routing key, where the \
            guide's `service_key` is the retired v1 integration. Messages use Vigil's templates, which show the \
            guide's summary and description and add the runbook.
            """),
        Note(
            """
            **Stack**: the guide's compose services, pinned instead of `latest`: Prometheus keeping 33 days (the \
            guide's 30, and 3 more: a 30-day SLO window needs 30 days of samples, and its slowest alert looks back 3 \
            days more), Grafana \
            on port 3001 with its admin password in a secret file (not `admin`), Loki with Grafana Alloy in place of \
            Promtail (end of life in March 2026) reading `/var/log/autodealgenie/*.log` as job \
            `autodealgenie-backend`, and Jaeger v2. Jaeger v2 takes spans over OTLP only: the guide's \
            `JaegerExporter` (Thrift over UDP 6831) is deprecated; the backend's OpenTelemetry SDK exports OTLP to \
            `jaeger:4317`.
            """),
        Note(
            """
            **Key metrics**: request rate, response time percentiles and error rate come from the instrumentator's \
            `http_requests_total` and `http_request_duration_seconds`; system metrics from node_exporter; database \
            and Redis metrics from their exporters. Request and response sizes are not declared. The business \
            figures the backend does not export (active users, signups, authentication success, revenue) are panels \
            that name the metric to add.
            """),
        Note(
            """
            **Health checks**: the blackbox exporter probes `/health` and `/health/detailed` (503 when PostgreSQL, \
            Redis or MongoDB is unhealthy); the Kubernetes liveness and readiness probes are the cluster's.
            """),
    ]
}
