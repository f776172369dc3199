import VigilDSL

/// The alerts of the Prometheus rule pack (``PrometheusAlert``) on Prometheus's own metrics
/// (``PrometheusServerMetrics``), which every stack brings to its self-monitoring job: for each, its condition,
/// annotations, runbook and the series of its firing and quiet tests, derived from the settled threshold.
///
/// The facts (which signals matter for running Prometheus, the 3-hour TSDB windows, the 120-second remote-write
/// lag) follow the public Prometheus mixin; the expressions and words are Vigil's.
struct PrometheusPackAlerts: RulePack {
    typealias Metrics = PrometheusServerMetrics
    typealias Subject = PrometheusPackSubject

    static let name = "prometheus"

    /// The job's own Prometheus serves real values, not the end-to-end exporter's.
    static let healthyValues: [String: Double] = [:]

    /// The targets ``PrometheusAlert/targetDown``'s tests scrape, in order of preference.
    static let labelCandidates = [
        PrometheusAlert.TargetLabel.job.rawValue: ["api", "web", "worker"],
        PrometheusAlert.TargetLabel.instance.rawValue: ["api:8080", "web:8080", "worker:8080"],
    ]

    /// `TargetDown` tells routing which job is down: its `service` label is the job's, not `prometheus`.
    static func defaults(of alert: PrometheusAlert, on subject: PrometheusPackSubject) -> PackSettings {
        var settings = PackSettings(defaultsOf: alert)
        if alert == .targetDown { settings.labels = ["service": "{{ $labels.job }}"] }
        return settings
    }

    static func absence(of alert: PrometheusAlert, on subject: PrometheusPackSubject) -> String? {
        switch alert {
        case .notConnectedToAlertmanagers where !subject.hasAlertmanager: "the stack has no Alertmanager"
        case .remoteWriteFailing, .remoteWriteBehind:
            subject.prometheus.remoteWrite.isEmpty ? "the stack remote-writes nothing" : nil
        default: nil
        }
    }

    /// Only Prometheus exports these metrics, and on Kubernetes its job is the operator's: select by name alone.
    static let selectsJob = false

    let scope: PackScope

    func definition(of alert: PrometheusAlert, threshold: Double) -> PackAlertDefinition {
        switch alert {
        case .targetDown: targetDown()
        case .configReloadFailed: configReloadFailed(component: "Prometheus", metric: Metrics.configReloadSuccessful)
        case .ruleEvaluationFailures: ruleEvaluationFailures()
        case .missedRuleGroupIterations: missedRuleGroupIterations()
        case .notificationsFailing: notificationsFailing(threshold: threshold)
        case .notificationQueueNearFull: notificationQueueNearFull(threshold: threshold)
        case .notificationsDropped: notificationsDropped()
        case .notConnectedToAlertmanagers: notConnectedToAlertmanagers()
        case .tsdbCompactionsFailing: tsdbCompactionsFailing()
        case .tsdbReloadsFailing: tsdbReloadsFailing()
        case .walCorruptions: walCorruptions()
        case .scrapeSampleLimitHit: scrapeSampleLimitHit()
        case .remoteWriteFailing: remoteWriteFailing(threshold: threshold)
        case .remoteWriteBehind: remoteWriteBehind(threshold: threshold)
        }
    }

    func targetDown() -> PackAlertDefinition {
        let metric = Metrics.up.name
        let target = scope.testLabels
        let series = #"\#(metric){instance="\#(target["instance"] ?? "")",job="\#(target["job"] ?? "")"}"#
        return PackAlertDefinition(
            expression: .series(metric, scope.exclusions).applying(.equal, .number(0)),
            summary: "Target {{ $labels.job }}/{{ $labels.instance }} is down",
            description: "Prometheus has failed to scrape {{ $labels.instance }} of job {{ $labels.job }} for a while.",
            meaning:
                "Prometheus cannot scrape the target: it is down, unreachable, or answers its metrics path with an "
                + "error. Its alerts cannot fire while it is not scraped.",
            firstSteps: [
                "Open Prometheus's Targets page: the target's last error says whether it refused, timed out or failed.",
                "Check the service's container and log, then the address and port in the scrape job.",
            ],
            fault: [(series, .constant(0, steps: steps))], healthy: [(series, .constant(1, steps: steps))],
            firingLabels: target, firingValue: nil,
            faultStory: "when a target's scrapes keep failing", healthyStory: "when they succeed")
    }

    func ruleEvaluationFailures() -> PackAlertDefinition {
        increase(
            Metrics.ruleEvaluationFailures.name, labels: ["rule_group": "api"], above: 0,
            summary: "Rules of group {{ $labels.rule_group }} fail to evaluate",
            description:
                "{{ $value | humanize }} evaluations failed in the last 5 minutes: alerts of this group cannot fire.",
            meaning:
                "Rules of the group fail to evaluate: a query errors (many-to-many matching, a result too large, a "
                + "timeout). Alerts of the group neither fire nor resolve while it fails.",
            firstSteps: [
                "Open Prometheus's Rules page: the failing rule shows its last error.",
                "Run its query in the expression browser; fix the matching or the query, regenerate and reload.",
            ],
            faultStory: "when evaluations keep failing")
    }

    func missedRuleGroupIterations() -> PackAlertDefinition {
        increase(
            Metrics.ruleGroupIterationsMissed.name, labels: ["rule_group": "api"], above: 0,
            summary: "Prometheus skips evaluations of rule group {{ $labels.rule_group }}",
            description: "{{ $value | humanize }} evaluations of the group were skipped in the last 5 minutes.",
            meaning:
                "An evaluation of the group takes longer than its interval, so Prometheus skips the next: its "
                + "recording rules have gaps and its alerts react late.",
            firstSteps: [
                "On the Rules page, compare the group's evaluation time with its interval.",
                "Make the slow rules cheaper (record an aggregate first), split the group, or lengthen its interval.",
            ],
            faultStory: "when evaluations keep being skipped")
    }

    /// The URL of the Alertmanager in the notification tests' series.
    static let alertmanagerURL = "http://alertmanager:9093/api/v2/alerts"

    func notificationsFailing(threshold: Double) -> PackAlertDefinition {
        let ratio = PackFailureRatio(
            failed: Metrics.notificationErrors.name, total: Metrics.notificationsSent.name, matchers: jobMatchers,
            threshold: threshold, labels: ["alertmanager": Self.alertmanagerURL])
        return PackAlertDefinition(
            expression: ratio.expression,
            summary: "Prometheus cannot send alerts to {{ $labels.alertmanager }}",
            description: "{{ $value | humanizePercentage }} of the alerts sent to this Alertmanager fail.",
            meaning:
                "Prometheus fails to send more than \(ThresholdUnit.percent.format(threshold)) of its alerts to the "
                + "Alertmanager: firing alerts may reach no one.",
            firstSteps: [
                "Read Prometheus's log for `Error sending alert` and the Alertmanager's answer.",
                "Check the Alertmanager runs and is reachable from Prometheus at that URL.",
            ],
            fault: ratio.fault(steps: steps) { series($0, $1) },
            healthy: ratio.healthy(steps: steps) { series($0, $1) },
            firingLabels: firing(ratio.labels), firingValue: ratio.high,
            faultStory: "when sends fail above the threshold", healthyStory: "when they all succeed")
    }

    func notificationQueueNearFull(threshold: Double) -> PackAlertDefinition {
        let limit = PackLimitRatio(
            used: Metrics.notificationsQueueLength.name, limit: Metrics.notificationsQueueCapacity.name,
            matchers: jobMatchers, threshold: threshold, size: 10_000)
        return PackAlertDefinition(
            expression: limit.expression,
            summary: "The alert queue of Prometheus {{ $labels.instance }} is near full",
            description: "The queue of alerts to send is {{ $value | humanizePercentage }} full.",
            meaning:
                "Alerts wait to be sent faster than Alertmanager takes them, and the queue is more than "
                + "\(ThresholdUnit.percent.format(threshold)) full. When it is full, new alerts are dropped.",
            firstSteps: [
                "Check the Alertmanager's latency and errors (`prometheus_notifications_latency_seconds`).",
                "Look for a flood of alerts: a rule firing for many series at once.",
            ],
            fault: limit.fault(steps: steps) { series($0) },
            healthy: limit.healthy(steps: steps) { series($0) },
            firingLabels: firing(), firingValue: limit.high / limit.size,
            faultStory: "when the queue is halfway between the threshold and full",
            healthyStory: "at half the threshold")
    }

    func notificationsDropped() -> PackAlertDefinition {
        increase(
            Metrics.notificationsDropped.name, above: 0,
            summary: "Prometheus {{ $labels.instance }} drops alerts",
            description: "{{ $value | humanize }} alerts were dropped in the last 5 minutes instead of sent.",
            meaning:
                "Prometheus dropped alerts instead of sending them, after send errors or with its queue full: "
                + "Alertmanager never saw them.",
            firstSteps: [
                "Read Prometheus's log for the send errors, and check the notification queue.",
                "Check the Alertmanager is up and answers quickly.",
            ],
            faultStory: "when alerts keep being dropped")
    }

    func notConnectedToAlertmanagers() -> PackAlertDefinition {
        let metric = Metrics.alertmanagersDiscovered.name
        return PackAlertDefinition(
            expression: .call(.maxOverTime, metric, jobMatchers, over: .minutes(5)).applying(.less, .number(1)),
            summary: "Prometheus {{ $labels.instance }} knows no Alertmanager",
            description: "Prometheus has no Alertmanager to send alerts to: no alert reaches anyone.",
            meaning:
                "Prometheus has discovered no Alertmanager for 5 minutes: its `alerting` configuration is wrong or "
                + "empty, and every alert stays inside Prometheus.",
            firstSteps: [
                "Open Prometheus's Status > Runtime & Build Information: it lists the Alertmanagers in use.",
                "Check the `alerting` section of the generated `prometheus.yml` and the Alertmanager's address.",
            ],
            fault: [(series(metric), .constant(0, steps: steps))],
            healthy: [(series(metric), .constant(1, steps: steps))],
            firingLabels: firing(), firingValue: nil,
            faultStory: "when none is discovered", healthyStory: "with one")
    }

    func tsdbCompactionsFailing() -> PackAlertDefinition {
        increase(
            Metrics.tsdbCompactionsFailed.name, over: 180, above: 0,
            summary: "Prometheus {{ $labels.instance }} fails to compact its blocks",
            description: "{{ $value | humanize }} compactions failed in the last 3 hours.",
            meaning:
                "The TSDB cannot merge its blocks: disk use and query cost grow, and the head may not be cut to disk.",
            firstSteps: [
                "Read Prometheus's log for `compaction failed`.",
                "Check free disk space and permissions of the data directory; a corrupt block must be moved away.",
            ],
            faultStory: "when compactions keep failing")
    }

    func tsdbReloadsFailing() -> PackAlertDefinition {
        increase(
            Metrics.tsdbReloadFailures.name, over: 180, above: 0,
            summary: "Prometheus {{ $labels.instance }} fails to reload its blocks",
            description: "{{ $value | humanize }} reloads of the block data failed in the last 3 hours.",
            meaning:
                "The TSDB cannot load its blocks from disk: new blocks are not queryable and retention does not "
                + "delete old ones.",
            firstSteps: [
                "Read Prometheus's log for `reloadBlocks` errors; they name the block.",
                "Check the data directory's disk and permissions; move a corrupt block away and restart.",
            ],
            faultStory: "when reloads keep failing")
    }

    func walCorruptions() -> PackAlertDefinition {
        increase(
            Metrics.tsdbWALCorruptions.name, over: 180, above: 0,
            summary: "The write-ahead log of Prometheus {{ $labels.instance }} is corrupted",
            description: "{{ $value | humanize }} corruptions of the write-ahead log were found in the last 3 hours.",
            meaning:
                "Prometheus found its write-ahead log corrupted and repaired it by dropping what followed: the "
                + "samples since are lost.",
            firstSteps: [
                "Read Prometheus's log around the repair for the cause (a full disk, an unclean shutdown).",
                "Check the disk of the data directory; give it room and a clean shutdown from now on.",
            ],
            faultStory: "when corruptions are found")
    }

    func scrapeSampleLimitHit() -> PackAlertDefinition {
        increase(
            Metrics.scrapesExceededSampleLimit.name, above: 0,
            summary: "Prometheus {{ $labels.instance }} rejects scrapes over their sample limit",
            description: "{{ $value | humanize }} scrapes hit their sample limit in the last 5 minutes.",
            meaning:
                "A target returned more samples than its job's `sample_limit`: the whole scrape is dropped, and "
                + "its `up` reads 0 while the target runs.",
            firstSteps: [
                "Find the target on the Targets page (its error names the limit).",
                "Cut the target's cardinality (labels with user IDs, URLs), or raise the limit knowingly.",
            ],
            faultStory: "when scrapes keep hitting the limit")
    }

    /// The labels of the remote-write tests' queue.
    static let remoteQueue = ["remote_name": "store", "url": "http://store:8428/api/v1/write"]

    func remoteWriteFailing(threshold: Double) -> PackAlertDefinition {
        let ratio = PackFailureRatio(
            failed: Metrics.remoteSamplesFailed.name, total: Metrics.remoteSamples.name, matchers: jobMatchers,
            threshold: threshold, labels: Self.remoteQueue, totalExcludesFailed: true)
        return PackAlertDefinition(
            expression: ratio.expression,
            summary: "Remote write to {{ $labels.url }} fails",
            description: "{{ $value | humanizePercentage }} of the samples sent to {{ $labels.url }} fail.",
            meaning:
                "More than \(ThresholdUnit.percent.format(threshold)) of the samples remote write sends are "
                + "rejected for good: the long-term store misses them.",
            firstSteps: [
                "Read Prometheus's log for `non-recoverable error` and the store's answer.",
                "Check the store's own log: rejected labels, out-of-order samples, limits.",
            ],
            fault: ratio.fault(steps: steps) { series($0, $1) },
            healthy: ratio.healthy(steps: steps) { series($0, $1) },
            firingLabels: firing(ratio.labels), firingValue: ratio.high,
            faultStory: "when samples fail above the threshold", healthyStory: "when they all succeed")
    }

    func remoteWriteBehind(threshold: Double) -> PackAlertDefinition {
        let newest = Metrics.remoteHighestTimestamp.name
        let sent = Metrics.remoteHighestSentTimestamp.name
        let now = 1_800_000_000.0
        return PackAlertDefinition(
            // Each queue's newest sample sent, against the newest Prometheus has.
            expression:
                PromQLExpression.call(.maxOverTime, newest, jobMatchers, over: .minutes(5)).applying(
                    .subtract, .call(.maxOverTime, sent, jobMatchers, over: .minutes(5)),
                    matching: .ignoring(["remote_name", "url"], group: .right([]))
                ).applying(.greater, .number(threshold)),
            summary: "Remote write to {{ $labels.url }} falls behind",
            description: "Remote write to {{ $labels.url }} is {{ $value | humanizeDuration }} behind.",
            meaning:
                "The newest sample remote write sent is more than \(ThresholdUnit.seconds.format(threshold)) older "
                + "than the newest Prometheus has: the store lags, and if the gap reaches the WAL's two hours, "
                + "samples are lost.",
            firstSteps: [
                "Check the store's latency and errors, and the queue's shards "
                    + "(`prometheus_remote_storage_shards`, `..._shards_desired`).",
                "Raise `max_shards` in the remote write's queue configuration if the store keeps up.",
            ],
            fault: [
                (series(newest), .constant(now, steps: steps)),
                (series(sent, Self.remoteQueue), .constant(now - 2 * threshold, steps: steps)),
            ],
            healthy: [
                (series(newest), .constant(now, steps: steps)),
                (series(sent, Self.remoteQueue), .constant(now, steps: steps)),
            ],
            firingLabels: firing(Self.remoteQueue), firingValue: 2 * threshold,
            faultStory: "when the queue is twice the threshold behind", healthyStory: "when it is up to date")
    }
}
