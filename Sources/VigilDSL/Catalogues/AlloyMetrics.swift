/// The metrics Grafana Alloy serves about itself on `/metrics` (port 12345), by the names, kinds and labels
/// Alloy 1 exports them with: the health of its components, and what its `loki.write` component sends to Loki.
///
/// A stack that declares ``Loki`` runs Alloy to ship its logs, and scrapes it as the job `alloy` with this
/// catalogue:
/// ```swift
/// Service("alloy", scrape: .target("alloy:12345")) { AlloyMetrics.all }
/// ```
public enum AlloyMetrics {
    /// The label of the component controller's count.
    public enum HealthLabel: String, LabelKey {
        /// `healthy`, `unhealthy`, `unknown` or `exited`.
        case healthType = "health_type"
    }

    /// The labels of `loki.write`'s counters.
    public enum WriteLabel: String, LabelKey {
        /// The component, e.g. `loki.write.loki`.
        case componentID = "component_id"
        /// The Loki endpoint's host, e.g. `loki:3100`.
        case host
    }

    /// The labels of `loki.write`'s dropped entries.
    public enum DropLabel: String, LabelKey {
        /// The component, e.g. `loki.write.loki`.
        case componentID = "component_id"
        /// The Loki endpoint's host, e.g. `loki:3100`.
        case host
        /// Why they were dropped, e.g. `ingester_error`, `rate_limited`, `stream_limited`.
        case reason
    }

    /// The labels of `loki.write`'s requests.
    public enum RequestLabel: String, LabelKey {
        /// The component, e.g. `loki.write.loki`.
        case componentID = "component_id"
        /// The Loki endpoint's host, e.g. `loki:3100`.
        case host
        /// Loki's answer, e.g. `204`.
        case statusCode = "status_code"
    }

    /// The components Alloy runs, by health.
    public static let runningComponents = Gauge<HealthLabel>(
        "alloy_component_controller_running_components", help: "Total number of running components.")

    /// Log entries `loki.write` delivered to Loki.
    public static let lokiWriteSentEntries = Counter<WriteLabel>(
        "loki_write_sent_entries_total", help: "Number of log entries sent to the ingester.")

    /// Log entries `loki.write` gave up on, by reason.
    public static let lokiWriteDroppedEntries = Counter<DropLabel>(
        "loki_write_dropped_entries_total",
        help: "Number of log entries dropped because failed to be sent to the ingester after all retries.")

    /// The time Loki took to answer `loki.write`'s pushes, by status: its `_count` counts the pushes.
    public static let lokiWriteRequestDuration = Histogram<RequestLabel>(
        "loki_write_request_duration_seconds", help: "Duration of send requests.", unit: .seconds,
        buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10])

    /// Every metric of this catalogue, for declaring it on a service.
    public static let all: [MetricDeclaration] = [
        runningComponents.declaration, lokiWriteSentEntries.declaration, lokiWriteDroppedEntries.declaration,
        lokiWriteRequestDuration.declaration,
    ]
}
