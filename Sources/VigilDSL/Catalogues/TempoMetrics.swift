/// The metrics Grafana Tempo serves about itself on `/metrics` (port 3200), by the names, kinds and labels
/// Tempo 2 exports them with: the spans its distributor receives, refuses and discards, and the flushes and
/// compactions that write its blocks.
///
/// A stack that declares `Tracing(.tempo)` scrapes it as the job `tempo` with this catalogue:
/// ```swift
/// Service("tempo", scrape: .target("tempo:3200")) { TempoMetrics.all }
/// ```
public enum TempoMetrics {
    /// The labels of receiver metrics.
    public enum ReceiverLabel: String, LabelKey {
        /// The receiver, e.g. `otlp/otlp_receiver`.
        case receiver
        /// The protocol, e.g. `grpc` or `http`.
        case transport
    }

    /// The labels of discarded spans.
    public enum DiscardLabel: String, LabelKey {
        /// Why they were discarded, e.g. `rate_limited`, `trace_too_large`, `live_traces_exceeded`.
        case reason
        /// The tenant, `single-tenant` when Tempo runs without multitenancy.
        case tenant
    }

    /// The label of per-tenant counters.
    public enum TenantLabel: String, LabelKey {
        /// The tenant, `single-tenant` when Tempo runs without multitenancy.
        case tenant
    }

    /// Spans the receivers pushed into the distributor. Tempo names its receiver counters without `_total`.
    public static let receiverAcceptedSpans = Counter<ReceiverLabel>(
        "tempo_receiver_accepted_spans", help: "Number of spans successfully pushed into the pipeline.")

    /// Spans the receivers could not push into the distributor.
    public static let receiverRefusedSpans = Counter<ReceiverLabel>(
        "tempo_receiver_refused_spans", help: "Number of spans that could not be pushed into the pipeline.")

    /// Spans the distributor received, by tenant.
    public static let distributorSpansReceived = Counter<TenantLabel>(
        "tempo_distributor_spans_received_total", help: "The total number of spans received per tenant.")

    /// Spans Tempo received and then dropped, by reason.
    public static let discardedSpans = Counter<DiscardLabel>(
        "tempo_discarded_spans_total", help: "The total number of samples that were discarded.")

    /// Flushes of the ingester's blocks to storage that failed.
    public static let ingesterFailedFlushes = Counter<NoLabels>(
        "tempo_ingester_failed_flushes_total", help: "The total number of failed traces flushes.")

    /// Compactions of stored blocks that failed.
    public static let compactionErrors = Counter<NoLabels>(
        "tempodb_compaction_errors_total", help: "Total number of errors occurring during compaction.")

    /// Every metric of this catalogue, for declaring it on a service.
    public static let all: [MetricDeclaration] = [
        receiverAcceptedSpans.declaration, receiverRefusedSpans.declaration, distributorSpansReceived.declaration,
        discardedSpans.declaration, ingesterFailedFlushes.declaration, compactionErrors.declaration,
    ]
}
