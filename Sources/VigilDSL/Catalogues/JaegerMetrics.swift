/// The metrics Jaeger v2 serves about itself on `/metrics` (port 8888, its OpenTelemetry Collector
/// telemetry), by the names, kinds and labels Jaeger 2 exports them with: the spans its receivers accept or
/// refuse, and the spans its exporter writes to storage or fails to.
///
/// A stack that declares `Tracing(.jaeger)` scrapes it as the job `jaeger` with this catalogue:
/// ```swift
/// Service("jaeger", scrape: .target("jaeger:8888")) { JaegerMetrics.all }
/// ```
public enum JaegerMetrics {
    /// The labels of receiver metrics.
    public enum ReceiverLabel: String, LabelKey {
        /// The receiver, e.g. `otlp`.
        case receiver
        /// The protocol, e.g. `grpc` or `http`.
        case transport
    }

    /// The label of exporter metrics.
    public enum ExporterLabel: String, LabelKey {
        /// The exporter, e.g. `jaeger_storage_exporter`.
        case exporter
    }

    /// Spans the receivers pushed into the pipeline.
    public static let receiverAcceptedSpans = Counter<ReceiverLabel>(
        "otelcol_receiver_accepted_spans_total", help: "Number of spans successfully pushed into the pipeline.")

    /// Spans the receivers could not push into the pipeline.
    public static let receiverRefusedSpans = Counter<ReceiverLabel>(
        "otelcol_receiver_refused_spans_total", help: "Number of spans that could not be pushed into the pipeline.")

    /// Spans the exporter wrote to storage.
    public static let exporterSentSpans = Counter<ExporterLabel>(
        "otelcol_exporter_sent_spans_total", help: "Number of spans successfully sent to destination.")

    /// Spans the exporter failed to write to storage.
    public static let exporterSendFailedSpans = Counter<ExporterLabel>(
        "otelcol_exporter_send_failed_spans_total", help: "Number of spans in failed attempts to send to destination.")

    /// Every metric of this catalogue, for declaring it on a service.
    public static let all: [MetricDeclaration] = [
        receiverAcceptedSpans.declaration, receiverRefusedSpans.declaration, exporterSentSpans.declaration,
        exporterSendFailedSpans.declaration,
    ]
}
