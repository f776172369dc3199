import VigilDSL

/// The alerts of the Alertmanager rule pack (``AlertmanagerAlert``) on Alertmanager's own metrics
/// (``AlertmanagerMetrics``), which a stack with an Alertmanager brings to its scrape job: for each, its
/// condition, annotations, runbook and the series of its firing and quiet tests.
///
/// The facts (failures by integration, members and failed peers of a cluster) follow the public Alertmanager
/// mixin; the expressions and words are Vigil's.
struct AlertmanagerPackAlerts: RulePack {
    typealias Metrics = AlertmanagerMetrics
    typealias Subject = AlertmanagerPackSubject

    static let name = "alertmanager"

    /// The job's own Alertmanager serves real values, not the end-to-end exporter's.
    static let healthyValues: [String: Double] = [:]

    static func absence(of alert: AlertmanagerAlert, on subject: AlertmanagerPackSubject) -> String? {
        switch alert {
        case .clusterMembersMismatch, .clusterFailedPeers:
            subject.isClustered ? nil : "the Alertmanager runs as one peer, not a cluster"
        case .configReloadFailed, .notificationsFailing: nil
        }
    }

    /// Only Alertmanager exports these metrics, and on Kubernetes its job is the operator's: select by name alone.
    static let selectsJob = false

    let scope: PackScope

    func definition(of alert: AlertmanagerAlert, threshold: Double) -> PackAlertDefinition {
        switch alert {
        case .configReloadFailed:
            configReloadFailed(component: "Alertmanager", metric: Metrics.configReloadSuccessful)
        case .notificationsFailing: notificationsFailing(threshold: threshold)
        case .clusterMembersMismatch: clusterMembersMismatch()
        case .clusterFailedPeers: clusterFailedPeers()
        }
    }

    func notificationsFailing(threshold: Double) -> PackAlertDefinition {
        let ratio = PackFailureRatio(
            failed: Metrics.notificationsFailed.name, total: Metrics.notifications.name, matchers: jobMatchers,
            threshold: threshold, labels: ["integration": "slack"], summedBy: ["job", "instance", "integration"])
        return PackAlertDefinition(
            expression: ratio.expression,
            summary: "Alertmanager cannot deliver {{ $labels.integration }} notifications",
            description: "{{ $value | humanizePercentage }} of the {{ $labels.integration }} notifications fail.",
            meaning:
                "More than \(ThresholdUnit.percent.format(threshold)) of the notifications through the integration "
                + "fail: the alerts it should deliver reach no one.",
            firstSteps: [
                "Read Alertmanager's log for `Notify for alerts failed`: it names the receiver and the error.",
                "Check the receiver's URL and secret, and that the service accepts them (an expired token, a "
                    + "removed channel).",
            ],
            fault: ratio.fault(steps: steps) { series($0, $1) },
            healthy: ratio.healthy(steps: steps) { series($0, $1) },
            firingLabels: firing(ratio.labels), firingValue: ratio.high,
            faultStory: "when notifications fail above the threshold", healthyStory: "when they are delivered")
    }

    /// The other peer of the cluster tests.
    static let otherPeer = "alertmanager-other:9093"

    func clusterMembersMismatch() -> PackAlertDefinition {
        let metric = Metrics.clusterMembers.name
        let seen = PromQLExpression.call(.maxOverTime, metric, jobMatchers, over: .minutes(5))
        let other = #"\#(metric){instance="\#(Self.otherPeer)",job="\#(scope.job)"}"#
        return PackAlertDefinition(
            // Fewer members than the job's peers are scraped.
            expression:
                seen.applying(.less, seen.aggregated(.count, by: ["job"]), matching: .on(["job"], group: .left([]))),
            summary: "Alertmanager {{ $labels.instance }} sees too few cluster members",
            description: "The peer sees {{ $value }} members, fewer than the peers scraped.",
            meaning:
                "A peer sees fewer cluster members than Prometheus scrapes: the cluster is split, and its parts "
                + "each send the notifications the others send too.",
            firstSteps: [
                "Compare the peers' status pages (`/#/status`): each lists the members it sees.",
                "Check the cluster port (9094, TCP and UDP) between the peers and their `--cluster.peer` flags.",
            ],
            fault: [(series(metric), .constant(1, steps: steps)), (other, .constant(2, steps: steps))],
            healthy: [(series(metric), .constant(2, steps: steps)), (other, .constant(2, steps: steps))],
            firingLabels: firing(), firingValue: 1,
            faultStory: "when a peer sees one member of two", healthyStory: "when both see both")
    }

    func clusterFailedPeers() -> PackAlertDefinition {
        let metric = Metrics.clusterFailedPeers.name
        return PackAlertDefinition(
            expression: selected(metric).applying(.greater, .number(0)),
            summary: "Alertmanager {{ $labels.instance }} cannot reach {{ $value }} cluster peers",
            description: "The peer counts {{ $value }} members of its cluster as failed.",
            meaning:
                "A peer cannot reach members of its cluster: notifications may be sent twice, and silences made "
                + "on one peer may not reach the others.",
            firstSteps: [
                "See which peer is missing on the status pages (`/#/status`) and check it runs.",
                "Check the cluster port (9094, TCP and UDP) between the peers.",
            ],
            fault: [(series(metric), .constant(1, steps: steps))],
            healthy: [(series(metric), .constant(0, steps: steps))],
            firingLabels: firing(), firingValue: 1,
            faultStory: "when a peer is unreachable", healthyStory: "when all are reachable")
    }
}
