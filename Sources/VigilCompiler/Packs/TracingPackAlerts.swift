import VigilDSL

/// The alerts of the tracing rule pack (``TracingAlert``) on the backend's own metrics (``JaegerMetrics`` or
/// ``TempoMetrics``), which a stack with a tracing backend brings to its scrape job: for each, its condition,
/// annotations, runbook and the series of its firing and quiet tests, derived from the settled threshold. The
/// alerts of the backend the stack does not run are absent.
///
/// The facts (refused spans and failed exports from the OpenTelemetry Collector's guidance, which Jaeger v2
/// follows; discarded spans, failed flushes and compactions over an hour from the public Tempo mixin) are
/// public knowledge; the expressions and words are Vigil's.
struct TracingPackAlerts: RulePack {
    typealias Alert = TracingAlert
    typealias Subject = TracingPackSubject

    static let name = "tracing"
    static let title = "Tracing"

    /// Every alert reads counters, which the end-to-end exporter keeps steady.
    static let healthyValues: [String: Double] = [:]

    static func absence(of alert: TracingAlert, on subject: TracingPackSubject) -> String? {
        alert.backend == subject.tracing.backend ? nil : "the stack's tracing backend is \(subject.tracing.backend)"
    }

    let scope: PackScope

    func definition(of alert: TracingAlert, threshold: Double) -> PackAlertDefinition {
        switch alert {
        case .jaegerSpansRefused:
            spansRefused(
                "Jaeger", refused: JaegerMetrics.receiverRefusedSpans.name,
                accepted: JaegerMetrics.receiverAcceptedSpans.name, threshold: threshold)
        case .jaegerStorageWritesFailing: jaegerStorageWritesFailing(threshold: threshold)
        case .tempoSpansRefused:
            spansRefused(
                "Tempo", refused: TempoMetrics.receiverRefusedSpans.name,
                accepted: TempoMetrics.receiverAcceptedSpans.name, threshold: threshold)
        case .tempoSpansDiscarded: tempoSpansDiscarded()
        case .tempoFlushesFailing: tempoFlushesFailing(threshold: threshold)
        case .tempoCompactionsFailing: tempoCompactionsFailing(threshold: threshold)
        }
    }

    func spansRefused(_ backend: String, refused: String, accepted: String, threshold: Double)
        -> PackAlertDefinition
    {
        let ratio = PackFailureRatio(
            failed: refused, total: accepted, matchers: jobMatchers, threshold: threshold,
            labels: ["receiver": "otlp", "transport": "grpc"], totalExcludesFailed: true)
        return PackAlertDefinition(
            expression: ratio.expression,
            summary: "\(backend) refuses spans on {{ $labels.receiver }} ({{ $labels.transport }})",
            description: "\(backend) refuses {{ $value | humanizePercentage }} of the spans sent to it.",
            meaning:
                "More than \(ThresholdUnit.percent.format(threshold)) of the spans the applications send are "
                + "refused at the door: \(backend) is overloaded or its pipeline is blocked, and those traces are "
                + "incomplete.",
            firstSteps: [
                "Read \(backend)'s log for the refused requests and their error.",
                "Check its container's memory and CPU against its limits; a burst of spans may need a higher limit.",
            ],
            fault: ratio.fault(steps: steps) { series($0, $1) },
            healthy: ratio.healthy(steps: steps) { series($0, $1) },
            firingLabels: firing(ratio.labels), firingValue: ratio.high,
            faultStory: "when spans are refused above the threshold", healthyStory: "when all are accepted",
            signal: ratio.signal(area: "Ingestion", title: "Spans refused", legend: "{{receiver}} {{transport}}"))
    }

    func jaegerStorageWritesFailing(threshold: Double) -> PackAlertDefinition {
        let ratio = PackFailureRatio(
            failed: JaegerMetrics.exporterSendFailedSpans.name, total: JaegerMetrics.exporterSentSpans.name,
            matchers: jobMatchers, threshold: threshold, labels: ["exporter": "jaeger_storage_exporter"],
            totalExcludesFailed: true)
        return PackAlertDefinition(
            expression: ratio.expression,
            summary: "Jaeger fails to store spans",
            description: "{{ $value | humanizePercentage }} of the spans Jaeger writes to its storage fail.",
            meaning:
                "More than \(ThresholdUnit.percent.format(threshold)) of the spans Jaeger accepted fail to reach "
                + "its storage: those traces are lost.",
            firstSteps: [
                "Read Jaeger's log for the storage error (Badger: a full volume, a corrupt value log).",
                "Check the `jaeger-data` volume has room.",
            ],
            fault: ratio.fault(steps: steps) { series($0, $1) },
            healthy: ratio.healthy(steps: steps) { series($0, $1) },
            firingLabels: firing(ratio.labels), firingValue: ratio.high,
            faultStory: "when writes fail above the threshold", healthyStory: "when they succeed",
            signal: ratio.signal(area: "Storage", title: "Span writes failing", legend: "{{exporter}}"))
    }

    func tempoSpansDiscarded() -> PackAlertDefinition {
        increase(
            TempoMetrics.discardedSpans.name, labels: ["reason": "rate_limited", "tenant": "single-tenant"],
            above: 0,
            panel: PackSignal.Placement(area: "Ingestion", title: "Spans discarded", legend: "{{reason}}"),
            summary: "Tempo discards spans ({{ $labels.reason }})",
            description: "Tempo discarded {{ $value | humanize }} spans in the last 5 minutes: {{ $labels.reason }}.",
            meaning:
                "Tempo drops spans it received, for the reason in the `reason` label: over its rate or trace size "
                + "limits, or too many live traces. Those traces are incomplete.",
            firstSteps: [
                "Read the reason: `rate_limited` calls for higher ingestion limits in `overrides`, "
                    + "`trace_too_large` for a look at the application that sends huge traces.",
                "Compare with the spans received (`tempo_distributor_spans_received_total`).",
            ],
            faultStory: "when spans keep being discarded")
    }

    func tempoFlushesFailing(threshold: Double) -> PackAlertDefinition {
        increase(
            TempoMetrics.ingesterFailedFlushes.name, over: 60, above: threshold,
            panel: PackSignal.Placement(area: "Storage", title: "Flushes failed in the last hour"),
            summary: "Tempo fails to flush traces to storage",
            description: "{{ $value | humanize }} flushes failed in the last hour.",
            meaning:
                "Tempo cannot write the traces it holds in memory to its blocks: it keeps them in its write-ahead "
                + "log until it can, and loses them if it restarts meanwhile.",
            firstSteps: [
                "Read Tempo's log for the flush error.",
                "Check the `tempo-data` volume has room and is writable by Tempo's user.",
            ],
            faultStory: "when flushes keep failing")
    }

    func tempoCompactionsFailing(threshold: Double) -> PackAlertDefinition {
        increase(
            TempoMetrics.compactionErrors.name, over: 60, above: threshold,
            panel: PackSignal.Placement(area: "Storage", title: "Compactions failed in the last hour"),
            summary: "Tempo fails to compact its blocks",
            description: "{{ $value | humanize }} compactions failed in the last hour.",
            meaning:
                "Tempo's compactor cannot merge its blocks: searches slow down as blocks pile up, and retention "
                + "(which the compactor applies) deletes nothing, so the volume fills.",
            firstSteps: [
                "Read Tempo's log for `compactor` errors.",
                "Check the `tempo-data` volume has room.",
            ],
            faultStory: "when compactions keep failing")
    }
}
