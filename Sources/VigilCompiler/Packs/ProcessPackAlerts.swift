import VigilDSL

/// The alerts of the process rule pack (``ProcessAlert``) on the client libraries' `process_*` metrics
/// (``ProcessMetrics``), which a service brings by declaring them: for each, its condition, annotations, runbook
/// and the series of its firing and quiet tests, derived from the settled threshold.
///
/// There is no alert on memory growth: the metrics carry no memory limit to compare with, and a process's
/// memory grows and shrinks for its own reasons; the containers pack alerts on memory near a container's limit.
struct ProcessPackAlerts: RulePack {
    typealias Metrics = ProcessMetrics
    typealias Subject = Service

    static let name = "process"

    /// A healthy process: far from its file descriptor limit (the end-to-end exporter's default, 1 open of 1,
    /// would be a process at its limit).
    static let healthyValues: [String: Double] = [Metrics.maxFileDescriptors.name: 1_048_576]

    static func absence(of alert: ProcessAlert, on subject: Service) -> String? {
        subject.declaresProcessMetrics ? nil : "the service does not declare `ProcessMetrics.all`"
    }

    /// The firing test of ``ProcessAlert/restarting`` restarts the process every minute, so it sees one restart
    /// fewer than the minutes it looks at, within the hour.
    static func maximumThreshold(of alert: ProcessAlert, lookingAt evaluationMinute: Int) -> Double? {
        alert == .restarting ? Double(restarts(lookingAt: evaluationMinute) - 1) : nil
    }

    /// The restarts `changes(...[1h])` counts in the firing test at `evaluationMinute`: one a minute since the
    /// start, or within the last hour.
    static func restarts(lookingAt evaluationMinute: Int) -> Int { min(evaluationMinute, 59) }

    let scope: PackScope

    func definition(of alert: ProcessAlert, threshold: Double) -> PackAlertDefinition {
        switch alert {
        case .fileDescriptorsNearLimit: fileDescriptorsNearLimit(threshold: threshold)
        case .restarting: restarting(threshold: threshold)
        }
    }

    func fileDescriptorsNearLimit(threshold: Double) -> PackAlertDefinition {
        let limit = PackLimitRatio(
            used: Metrics.openFileDescriptors.name, limit: Metrics.maxFileDescriptors.name, matchers: jobMatchers,
            threshold: threshold, size: 1024)
        return PackAlertDefinition(
            expression: limit.expression,
            summary: "{{ $labels.job }} {{ $labels.instance }} is running out of file descriptors",
            description: "The process uses {{ $value | humanizePercentage }} of its file descriptor limit.",
            meaning:
                "The process holds more than \(ThresholdUnit.percent.format(threshold)) of the file descriptors it "
                + "may open. At the limit it cannot accept connections or open files, and fails in odd ways.",
            firstSteps: [
                "List what it holds: `ls -l /proc/<pid>/fd` or `lsof -p <pid>`, grouped by target.",
                "Fix a leak (connections or files never closed), or raise the limit (`ulimit -n`, the container's "
                    + "`nofile`).",
            ],
            fault: limit.fault(steps: steps) { series($0) },
            healthy: limit.healthy(steps: steps) { series($0) },
            firingLabels: firing(), firingValue: limit.high / limit.size,
            faultStory: "when descriptors are halfway between the threshold and the limit",
            healthyStory: "at half the threshold")
    }

    func restarting(threshold: Double) -> PackAlertDefinition {
        let metric = Metrics.startTimeSeconds.name
        let started = 1_800_000_000.0
        return PackAlertDefinition(
            expression:
                .call(.changes, metric, jobMatchers, over: .hours(1)).applying(.greater, .number(threshold)),
            summary: "{{ $labels.job }} {{ $labels.instance }} keeps restarting",
            description: "The process started {{ $value }} times in the last hour.",
            meaning:
                "The process started more than \(Self.number(threshold)) times in an hour: it crashes, or something "
                + "kills it (the OOM killer, a failing health check), and each restart drops its work in flight.",
            firstSteps: [
                "Read the log of the runs before each restart, and the container's exit code and `OOMKilled`.",
                "Compare with deploys: a rollout restarts it too, once.",
            ],
            fault: [(series(metric), .increasing(from: started, by: 60, steps: steps))],
            healthy: [(series(metric), .constant(started, steps: steps))],
            firingLabels: firing(), firingValue: Double(Self.restarts(lookingAt: evaluationMinute)),
            faultStory: "when it restarts every minute", healthyStory: "when it keeps running")
    }
}
