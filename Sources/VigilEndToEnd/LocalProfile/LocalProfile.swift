import VigilBackends
import VigilCompiler
import VigilModel

/// The test profile of a stack: the same rules, routing tree, inhibitions and templates, run on loopback with
/// short timings, so that an end-to-end run sees alerts fire, route and resolve within seconds.
///
/// A pure transformation of the lowered stack, whose output the standard emitters write (into a temporary
/// folder, never into `generated/`):
/// - every scrape job of a service scrapes the test exporter (one port per target; `instance` keeps the
///   production address), without discovery, credentials or TLS; the stack's own jobs scrape the local
///   Prometheus replicas and Alertmanager peers, which keep their names;
/// - every receiver, whatever it integrates with, becomes a webhook to the sink under its own name, so the
///   receiver the routing tree picked shows in the URL;
/// - scrapes and evaluations run every ``interval``, `for` becomes at most ``pendingTime``, `keep_firing_for`
///   and rule groups' `query_offset` are dropped, group waits and intervals become ``interval``, and time-based muting is dropped (whether it
///   applies depends on the wall clock); Alertmanager peers wait ``interval`` divided among them.
public struct LocalProfile: Sendable {
    /// The scrape, evaluation and Alertmanager grouping interval.
    public var interval: Duration = .seconds(1)
    /// The longest `for` an alert keeps.
    public var pendingTime: Duration = .seconds(2)

    /// Creates the profile.
    public init() {}

    /// The targets the test exporter serves for `stack`: every target of every job that does not scrape the
    /// stack's own Prometheus or Alertmanager. A job that only discovers its targets gets one, named after it.
    public static func targets(of stack: ResolvedStack) -> [LocalTarget] {
        stack.scrapeJobs.filter { !isOwnJob($0, of: stack) }.flatMap { job in
            (job.targets.isEmpty ? ["\(job.name)-discovered"] : job.targets).map {
                LocalTarget(job: job.name, instance: $0)
            }
        }
    }

    /// Whether a job scrapes the stack's own Prometheus or Alertmanager, which run for real.
    static func isOwnJob(_ job: ResolvedScrapeJob, of stack: ResolvedStack) -> Bool {
        job.name == SelfMonitoring.jobName
            || (stack.alertmanager != nil && job.name == ResolvedAlertmanager.serviceName)
    }

    /// `stack` as it runs on the loopback `addresses`.
    public func apply(to stack: ResolvedStack, addresses: LocalAddresses) -> ResolvedStack {
        var local = stack
        local.prometheus.scrapeInterval = interval
        local.prometheus.scrapeTimeout = interval
        local.prometheus.evaluationInterval = interval
        local.prometheus.port = addresses.prometheus[0]
        local.prometheus.replicas = Self.onLoopback(stack.prometheus.replicas, ports: addresses.prometheus)
        // No long-term store listens on loopback: the samples stay in the local Prometheus.
        local.prometheus.remoteWrite = []
        local.scrapeJobs = stack.scrapeJobs.map { localJob($0, of: stack, addresses: addresses) }
        local.ruleGroups = stack.ruleGroups.map { group in
            var group = group
            group.interval = nil
            group.queryOffset = nil
            return group
        }
        local.alerts = stack.alerts.map { alert in
            var alert = alert
            alert.duration = alert.duration.map { Swift.min($0, pendingTime) }
            alert.keepFiringFor = nil
            return alert
        }
        if var alertmanager = stack.alertmanager {
            alertmanager.port = addresses.alertmanager[0]
            alertmanager.peers = Self.onLoopback(alertmanager.peers, ports: addresses.alertmanager)
            // The peers share one group interval, so that the last one notifies within it.
            alertmanager.cluster?.peerTimeout = Duration(
                milliseconds: interval.milliseconds / Int64(Swift.max(alertmanager.peers.count, 1)))
            alertmanager.root = localRoute(alertmanager.root, isRoot: true)
            alertmanager.receivers = alertmanager.receivers.map { receiver in
                Receiver(
                    receiver.name, .webhook(url: addresses.sinkURL(receiver: receiver.name)),
                    fileID: receiver.location.fileID, filePath: receiver.location.filePath,
                    line: receiver.location.line, column: receiver.location.column)
            }
            alertmanager.schedules = []
            local.alertmanager = alertmanager
        }
        return local
    }

    func localJob(_ job: ResolvedScrapeJob, of stack: ResolvedStack, addresses: LocalAddresses) -> ResolvedScrapeJob {
        var local = job
        local.interval = nil
        local.timeout = nil
        local.scheme = "http"
        local.discovery = []
        local.authorization = nil
        local.tls = nil
        local.relabeling = []
        guard !Self.isOwnJob(job, of: stack) else {
            let ports = job.name == SelfMonitoring.jobName ? addresses.prometheus : addresses.alertmanager
            local.targets = ports.map(LocalAddresses.loopback)
            return local
        }
        let targets = Self.targets(of: stack).filter { $0.job == job.name }
        local.targets = targets.map { LocalAddresses.loopback(addresses.targets[$0] ?? 0) }
        // Each exporter port stands for one production address: relabeling restores it as `instance`.
        local.relabeling = targets.map { target in
            Relabel.replace(
                "instance", from: ["__address__"],
                regex: LocalAddresses.loopback(addresses.targets[target] ?? 0).split(separator: ".").joined(
                    separator: "\\."),
                replacement: target.instance, fileID: job.location.fileID, filePath: job.location.filePath,
                line: job.location.line, column: job.location.column)
        }
        return local
    }

    /// The replicas or peers `instances`, each on its loopback port (names kept: they are the replica label's
    /// values).
    static func onLoopback(_ instances: [ServerInstance], ports: [Int]) -> [ServerInstance] {
        zip(instances, ports).map { ServerInstance(name: $0.name, host: "127.0.0.1", port: $1) }
    }

    func localRoute(_ route: ResolvedRoute, isRoot: Bool) -> ResolvedRoute {
        var local = route
        if isRoot || route.groupWait != nil {
            local.groupWait = interval
        }
        if isRoot || route.groupInterval != nil {
            local.groupInterval = interval
        }
        local.mutedDuring = []
        local.activeDuring = []
        local.routes = route.routes.map { localRoute($0, isRoot: false) }
        return local
    }
}
