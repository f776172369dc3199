import Vigil

extension Procur {
    /// How the stack reads the observability summary, item by item, for the README. The summary shows no PromQL,
    /// so there is nothing to correct; these say where each of its items went and what the stack chose where the
    /// summary is silent.
    static let notes = [
        Note(
            """
            **Metrics** (`metrics.py`): all seventeen, under their own names and kinds, exported by the `procur-api` \
            job. The summary gives labels for three (`procur_negotiation_completed_total` by outcome, \
            `procur_integration_calls_total` by integration, method and status, `procur_events_processed_total` by \
            status); the others carry the arguments of the `track_*` helpers (`vendor`, `category`, `integration`, \
            `method`, `event_type`, `endpoint`), and `procur_cost_savings_dollars`, a prometheus_client summary, \
            exports `_sum` and `_count` only.
            """),
        Note(
            """
            **Negotiation alerts**: high failure rate (> 20%) is `HighNegotiationFailureRate` (failed among completed \
            negotiations over 15 minutes); negotiations stalled is `NegotiationsStalled` (negotiations open and none \
            completed for an hour); low cost savings is `LowCostSavings` (average saving per negotiation below $1,000 \
            over 6 hours, `info`). The summary gives no threshold for the last two; these are the stack's.
            """),
        Note(
            """
            **Integration alerts**: high error rate (> 10%) is `HighIntegrationErrorRate`, high latency (> 5 s) is \
            `HighIntegrationLatency` (95th percentile), each per integration; Slack/DocuSign/ERP integration down are \
            `SlackIntegrationDown`, `DocuSignIntegrationDown` and `ERPIntegrationDown`: calls are being made and none \
            has succeeded for 5 minutes. They are critical, so a Slack outage pages instead of posting to Slack.
            """),
        Note(
            """
            **System alerts**: high API latency (> 2 s) is `HighAPILatency` (95th percentile), high API error rate \
            (> 5%) is `HighAPIErrorRate` (5xx among all requests); event processing backlog is \
            `EventProcessingBacklog` (500 more events published than processed within 15 minutes); high event failure \
            rate is `HighEventFailureRate` (> 10%); database connection pool exhausted is \
            `DatabaseConnectionPoolExhausted` (all 15 connections of SQLAlchemy's default pool in use for 2 minutes).
            """),
        Note(
            """
            **Security alerts**: Procur exports no security metric, so all three read the status codes of \
            `procur_http_requests_total`: unauthorized access attempts is `UnauthorizedAccessAttempts` (more than 50 \
            401s in 5 minutes outside the login), suspicious activity is `SuspiciousActivity` (more than 20 403s in \
            5 minutes: authenticated callers refused again and again), multiple failed logins is \
            `MultipleFailedLogins` (more than 10 401s from `/api/v1/auth/login` in 5 minutes).
            """),
        Note(
            """
            **Dashboards** (`dashboards.py`): Negotiation is `Negotiations`, System Health is `System Health`, \
            Integration is `Integrations`, each with the panels the summary lists. The negotiation success rate is \
            computed from `procur_negotiation_completed_total`: the per-vendor `procur_negotiation_success_rate` \
            gauge cannot be averaged into an overall rate (it is on the derived `procur-api` overview).
            """),
        Note(
            """
            **Alert routing**: critical to PagerDuty, warning to Slack, info to email, as the summary says; the \
            Watchdog goes to a dead man's switch, which the summary does not mention.
            """),
        Note(
            """
            **Logging, tracing and the monitoring stack**: the JSON logs of `logging.py` go to Loki (Alloy reads the \
            containers' output; the System Health dashboard shows the API's errors); the OpenTelemetry spans of \
            `tracing.py` go to Jaeger over OTLP (`jaeger:4317`), whose UI is on port 16686; \
            `scripts/start_monitoring.sh`'s containers (Jaeger, Prometheus, Grafana) are this stack's compose file, \
            and `monitoring/prometheus.yml` is `prometheus/prometheus.yml`: the `procur-api` job besides Prometheus's \
            and Alertmanager's own, and the alert rules of `prometheus/rules/`.
            """),
        Note(
            """
            **Not in this stack**: Sentry error tracking (`errors.py`) and the APM monitor (`apm.py`) live in the \
            application and report to Sentry and to the metrics above; Datadog is named as an alternative to \
            Prometheus and not deployed; `setup_observability()`, `examples/` and `OBSERVABILITY_README.md` are \
            application code and documentation.
            """),
    ]
}
