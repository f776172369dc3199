/// The metrics Grafana serves about itself on `/metrics` (port 3000), by the names, kinds and labels Grafana 12
/// exports them with: its HTTP API, the data source requests it proxies, and its alerting engine.
///
/// A stack that declares ``Grafana`` scrapes it as the job `grafana` with this catalogue; a service that
/// scrapes another Grafana declares it the same way:
/// ```swift
/// Service("grafana", scrape: .target("grafana:3000")) { GrafanaMetrics.all }
/// ```
public enum GrafanaMetrics {
    /// The labels of Grafana's HTTP request metrics.
    public enum RequestLabel: String, LabelKey {
        /// The route's pattern, e.g. `/api/dashboards/uid/:uid`.
        case handler
        /// The HTTP method.
        case method
        /// The response's status code, e.g. `200`.
        case statusCode = "status_code"
    }

    /// The labels of data source request metrics.
    public enum DatasourceLabel: String, LabelKey {
        /// The data source's name.
        case datasource
        /// The data source's plugin, e.g. `prometheus`.
        case datasourceType = "datasource_type"
        /// The response's status code, e.g. `200`.
        case code
        /// The HTTP method.
        case method
    }

    /// The label of alerting metrics: the organisation.
    public enum OrganisationLabel: String, LabelKey {
        /// The organisation's id, e.g. `1`.
        case org
    }

    /// The time Grafana took to answer HTTP requests, by route and status: its `_count` counts the requests.
    public static let httpRequestDuration = Histogram<RequestLabel>(
        "grafana_http_request_duration_seconds", help: "Histogram of latencies for HTTP requests.", unit: .seconds,
        buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10])

    /// HTTP requests being served.
    public static let httpRequestsInFlight = Gauge<NoLabels>(
        "grafana_http_request_in_flight", help: "A gauge of requests currently being served by Grafana.")

    /// Requests Grafana sent to its data sources, by data source and status code.
    public static let datasourceRequests = Counter<DatasourceLabel>(
        "grafana_datasource_request_total", help: "A counter for outgoing requests for a data source.")

    /// Evaluations of Grafana-managed alert rules.
    public static let alertingRuleEvaluations = Counter<OrganisationLabel>(
        "grafana_alerting_rule_evaluations_total", help: "The total number of rule evaluations.")

    /// Evaluations of Grafana-managed alert rules that failed.
    public static let alertingRuleEvaluationFailures = Counter<OrganisationLabel>(
        "grafana_alerting_rule_evaluation_failures_total", help: "The total number of rule evaluation failures.")

    /// Every metric of this catalogue, for declaring it on a service.
    public static let all: [MetricDeclaration] = [
        httpRequestDuration.declaration, httpRequestsInFlight.declaration, datasourceRequests.declaration,
        alertingRuleEvaluations.declaration, alertingRuleEvaluationFailures.declaration,
    ]
}
