import Vigil

extension CRM {
    /// How the stack reads the observability document, item by item, for the README.
    static let notes = [
        Note(
            """
            **Metrics**: all twenty-five the document lists, under their names, with the labels its examples show, \
            plus `memory_usage_bytes`, which its troubleshooting guide watches. The document writes the latency \
            metrics (`http_request_duration_ms`, `workflow_duration_ms`, `search_query_latency_ms`, \
            `lead_score_calculation_duration_ms`, `db_query_duration_ms`, `celery_task_duration_seconds`) with a \
            `quantile` label, as summaries export them, and calls them histograms: they are histograms here, \
            because summary quantiles cannot be aggregated across instances nor measured against a latency target. \
            Their buckets include every target of the performance table. Help texts are the stack's; the document \
            gives none.
            """),
        Note(
            """
            **Alerts**: the six the document names, under its names, severities and `for` durations (four with \
            corrected queries, listed above). Their summaries, descriptions and runbooks are the stack's.
            """),
        Note(
            """
            **Performance benchmarks**: each row of the table is three latency SLOs over 30 days, named \
            `<operation>-p50`, `-p95` and `-p99`: 50%, 95% and 99% of the operation's requests within its target. \
            GET and POST `/api/v1/leads/` read `http_request_duration_ms` of that method and path; workflow \
            execution, search query and lead score calculation read their own histograms. The p95 and p99 SLOs \
            page and open tickets at the standard burn rates; a median target cannot burn its half of the requests \
            14 times over, so the p50 SLOs only open tickets, when 80% of requests miss the target over an hour or \
            60% over six hours. The load-testing targets (1000 req/s for 10 minutes, spikes of 5000 req/s) describe \
            test runs, not production, and have no rule.
            """),
        Note(
            """
            **Dashboards**: the Request, Workflow and System Health dashboards with the panels the document lists. \
            "Most common failure reasons" ranks the failed workflow actions by `action_type`, the reason the \
            metrics carry. CPU and disk I/O come from node_exporter (job `node`), which the document's metrics do not \
            cover.
            """),
        Note(
            """
            **Storage and logs**: Prometheus keeps 90 days of metrics and Loki 30 days of logs, the document's \
            retentions. The backend's JSON logs go to stdout and to rotating files; Grafana Alloy reads every \
            container's output into Loki, where the `correlation_id`, `org_id` and `exception_type` fields are \
            searchable with LogQL's `json` parser (ELK, Datadog and Splunk are alternatives the document leaves open).
            """),
        Note(
            """
            **Tracing**: Jaeger receives the backend's spans over OTLP on `jaeger:4317`.
            """),
        Note(
            """
            **Network**: the stack joins the application's compose network, `crm_default`, and reaches the backend \
            as `crm-backend:8000`.
            """),
        Note(
            """
            **Routing**: the document sorts its alerts into critical and warning and routes neither; here critical \
            alerts page through PagerDuty and the rest go to Slack `#crm-alerts`, with a dead man's switch on the \
            Watchdog.
            """),
        Note(
            """
            **Not part of this stack**: trace sampling (10% of successful requests, all errors and requests over 2 s \
            in production) is the application's tracer configuration; Zipkin and Datadog APM are alternatives the \
            document mentions and does not choose. The log fields and levels, middleware and Django settings \
            describe the application.
            """),
    ]
}
