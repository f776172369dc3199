import VigilDSL

/// The alerts of the Loki rule pack (``LokiAlert``) on Loki's own metrics (``LokiMetrics``), which a stack with
/// Loki brings to its scrape job: for each, its condition, annotations, runbook and the series of its firing and
/// quiet tests, derived from the settled threshold.
///
/// The facts (a 10% share of 5xx by route for 15 minutes, panics, discarded lines, compactions) follow the
/// public Loki mixin; the expressions and words are Vigil's.
struct LokiPackAlerts: RulePack {
    typealias Metrics = LokiMetrics
    typealias Subject = ComponentPackSubject

    static let name = "loki"
    static let title = "Loki"

    /// Every alert reads counters, which the end-to-end exporter keeps steady.
    static let healthyValues: [String: Double] = [:]

    let scope: PackScope

    func definition(of alert: LokiAlert, threshold: Double) -> PackAlertDefinition {
        switch alert {
        case .requestErrors: requestErrors(threshold: threshold)
        case .requestPanics: requestPanics()
        case .discardingSamples: discardingSamples(threshold: threshold)
        case .compactionFailing: compactionFailing()
        }
    }

    func requestErrors(threshold: Double) -> PackAlertDefinition {
        let share = PackErrorShare(
            counter: Metrics.requestDuration.name + "_count", statusLabel: "status_code", matchers: jobMatchers,
            threshold: threshold, grouping: ["route": "loki_api_v1_push"])
        return PackAlertDefinition(
            expression: share.expression,
            summary: "Loki fails requests on {{ $labels.route }}",
            description: "{{ $value | humanizePercentage }} of the requests on {{ $labels.route }} end in a 5xx.",
            meaning:
                "More than \(ThresholdUnit.percent.format(threshold)) of a route's requests fail: on the push "
                + "route logs are not stored (Alloy retries, then drops them); on the query routes Grafana shows "
                + "errors.",
            firstSteps: [
                "Read Loki's log for the route's errors.",
                "Check the `loki-data` volume has room and Loki is not short of memory (its container's limit).",
            ],
            fault: share.fault(steps: steps) { series($0, $1) },
            healthy: share.healthy(steps: steps) { series($0, $1) },
            firingLabels: firing(share.grouping), firingValue: share.high,
            faultStory: "when a route's requests fail above the threshold", healthyStory: "when they succeed",
            signal: share.signal(area: "Requests", title: "Requests failing by route", legend: "{{route}}"))
    }

    func requestPanics() -> PackAlertDefinition {
        increase(
            Metrics.panics.name, over: 10, above: 0,
            panel: PackSignal.Placement(area: "Requests", title: "Panics"),
            summary: "Loki {{ $labels.instance }} panics",
            description: "Loki recovered from {{ $value | humanize }} panics in the last 10 minutes.",
            meaning: "Loki hit a bug and recovered from a panic: the request that hit it failed.",
            firstSteps: [
                "Find the stack trace in Loki's log (`panic:`).",
                "Check the release notes of a newer Loki for the fix; report it if there is none.",
            ],
            faultStory: "when it keeps panicking")
    }

    func discardingSamples(threshold: Double) -> PackAlertDefinition {
        increase(
            Metrics.discardedSamples.name, labels: ["reason": "rate_limited", "tenant": "fake"], above: threshold,
            panel: PackSignal.Placement(area: "Ingestion", title: "Lines discarded", legend: "{{reason}}"),
            summary: "Loki discards log lines ({{ $labels.reason }})",
            description: "Loki discarded {{ $value | humanize }} lines in the last 5 minutes: {{ $labels.reason }}.",
            meaning:
                "Loki refuses lines it received, for the reason in the `reason` label: too fast for its rate "
                + "limits, too long, too old, or too many streams. They are not stored.",
            firstSteps: [
                "Read the reason: `rate_limited` and `stream_limit` call for higher limits in `limits_config`, "
                    + "`line_too_long` and `greater_than_max_sample_age` for a look at the sender.",
                "Find the noisy source in Alloy's targets, or in the lines Loki received by stream.",
            ],
            faultStory: "when lines keep being discarded")
    }

    func compactionFailing() -> PackAlertDefinition {
        increase(
            Metrics.compactTablesOperations.name, matching: ["status": "failure"], over: 180, above: 0,
            summary: "Loki's compactor fails",
            description: "{{ $value | humanize }} compactions failed in the last 3 hours.",
            meaning:
                "Loki's compactor fails to compact its index: queries slow down as the index grows, and retention "
                + "(which the compactor applies) deletes nothing, so the volume fills.",
            firstSteps: [
                "Read Loki's log for `compactor` errors.",
                "Check the `loki-data` volume has room and its `compactor` folder is writable by Loki's user.",
            ],
            faultStory: "when compactions keep failing")
    }
}
