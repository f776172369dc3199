import VigilDSL

/// The alerts of the redis rule pack (``RedisAlert``) on redis-exporter's metrics (``RedisExporterMetrics``): for
/// each, its condition, annotations, runbook and the series of its firing and quiet tests, derived from the
/// settled threshold.
///
/// The facts (which signals, 90% of `maxmemory` and `maxclients`) follow common public practice for
/// redis-exporter; the expressions and words are Vigil's.
struct RedisPackAlerts: RulePack {
    typealias Metrics = RedisExporterMetrics

    static let name = "redis"
    static let title = "Redis"

    /// A healthy server: 1 GiB of `maxmemory` and 10 000 `maxclients`, far above what the exporter serves.
    static let healthyValues: [String: Double] = [
        Metrics.memoryMaxBytes.name: 1_073_741_824,
        Metrics.configMaxclients.name: 10_000,
    ]

    let scope: PackScope

    func definition(of alert: RedisAlert, threshold: Double) -> PackAlertDefinition {
        switch alert {
        case .down: down()
        case .memoryNearLimit: memoryNearLimit(threshold: threshold)
        case .tooManyConnections: tooManyConnections(threshold: threshold)
        case .rejectedConnections: rejectedConnections()
        case .evictingKeys: evictingKeys(threshold: threshold)
        case .replicaLost: replicaLost()
        case .masterLinkDown: masterLinkDown()
        case .backgroundSaveFailed: backgroundSaveFailed()
        }
    }

    func down() -> PackAlertDefinition {
        flag(
            Metrics.up.name, bad: 0, good: 1, panel: PackSignal.Placement(area: "Server", title: "Server reachable"),
            summary: "Redis behind {{ $labels.instance }} is down",
            description: "redis-exporter {{ $labels.instance }} cannot connect to its Redis server.",
            meaning:
                "redis-exporter runs but cannot reach or authenticate to Redis: the server is down, unreachable or "
                + "refuses the password. Its clients likely fail too.",
            firstSteps: [
                "Check the server: its container, `redis-cli -h <host> ping`, and its log.",
                "If it answers, check the exporter's password file against `requirepass` or the ACL.",
            ],
            stories: ("when the server is unreachable", "when it answers"))
    }

    func memoryNearLimit(threshold: Double) -> PackAlertDefinition {
        let limit = PackLimitRatio(
            used: Metrics.memoryUsedBytes.name, limit: Metrics.memoryMaxBytes.name, matchers: jobMatchers,
            threshold: threshold, size: 1_073_741_824)
        return PackAlertDefinition(
            expression: limit.expression,
            summary: "Redis behind {{ $labels.instance }} is near maxmemory",
            description: "Redis uses {{ $value | humanizePercentage }} of its maxmemory.",
            meaning:
                "Redis uses more than \(ThresholdUnit.percent.format(threshold)) of `maxmemory`. At the limit it "
                + "evicts keys or, with `noeviction`, refuses writes.",
            firstSteps: [
                "Find the big keys: `redis-cli --bigkeys` and `INFO memory`.",
                "Set TTLs on what can expire, or raise `maxmemory` if the host has room.",
            ],
            fault: limit.fault(steps: steps) { series($0) },
            healthy: limit.healthy(steps: steps) { series($0) },
            firingLabels: firing(), firingValue: limit.high / limit.size,
            faultStory: "when memory is halfway between the threshold and maxmemory",
            healthyStory: "at half the threshold",
            signal: limit.signal(area: "Memory", title: "Memory used of maxmemory", legend: "{{instance}}"))
    }

    func tooManyConnections(threshold: Double) -> PackAlertDefinition {
        let limit = PackLimitRatio(
            used: Metrics.connectedClients.name, limit: Metrics.configMaxclients.name, matchers: jobMatchers,
            threshold: threshold, size: 10_000)
        return PackAlertDefinition(
            expression: limit.expression,
            summary: "Redis behind {{ $labels.instance }} is running out of client slots",
            description: "{{ $value | humanizePercentage }} of maxclients are connected.",
            meaning:
                "More than \(ThresholdUnit.percent.format(threshold)) of `maxclients` are connected. At the limit, "
                + "Redis rejects new connections.",
            firstSteps: [
                "See who is connected: `redis-cli CLIENT LIST` grouped by `addr` and `name`.",
                "Fix clients that open a connection per request; size their pools.",
            ],
            fault: limit.fault(steps: steps) { series($0) },
            healthy: limit.healthy(steps: steps) { series($0) },
            firingLabels: firing(), firingValue: limit.high / limit.size,
            faultStory: "when clients are halfway between the threshold and maxclients",
            healthyStory: "at half the threshold",
            signal: limit.signal(area: "Clients", title: "Clients connected of maxclients", legend: "{{instance}}"))
    }

    func rejectedConnections() -> PackAlertDefinition {
        increase(
            Metrics.rejectedConnections.name, above: 0,
            panel: PackSignal.Placement(area: "Clients", title: "Connections rejected in 5 minutes"),
            summary: "Redis behind {{ $labels.instance }} rejects connections",
            description: "Redis rejected {{ $value | humanize }} connections in the last 5 minutes.",
            meaning: "Redis refused connections because `maxclients` was reached: those clients got errors.",
            firstSteps: [
                "Check the connected clients against `maxclients` (`INFO clients`).",
                "Fix the clients' pooling, or raise `maxclients` (and the file descriptor limit).",
            ],
            faultStory: "when connections are rejected")
    }

    func evictingKeys(threshold: Double) -> PackAlertDefinition {
        increase(
            Metrics.evictedKeys.name, above: threshold,
            panel: PackSignal.Placement(area: "Memory", title: "Keys evicted in 5 minutes"),
            summary: "Redis behind {{ $labels.instance }} evicts keys",
            description: "Redis evicted {{ $value | humanize }} keys in the last 5 minutes to stay under maxmemory.",
            meaning:
                "Redis evicted more than \(Self.number(threshold)) keys in 5 minutes because it reached `maxmemory`. "
                + "For a cache this may be intended (tune the threshold or disable the alert); for data it is loss.",
            firstSteps: [
                "Check memory against `maxmemory` and the `maxmemory-policy` (`INFO memory`).",
                "Raise `maxmemory` or shorten TTLs; never let a store of record evict.",
            ],
            faultStory: "when keys are evicted every minute")
    }

    func replicaLost() -> PackAlertDefinition {
        let metric = Metrics.connectedSlaves.name
        return PackAlertDefinition(
            expression:
                selected(metric).applying(.less, .call(.maxOverTime, metric, jobMatchers, over: .hours(1))),
            summary: "Redis behind {{ $labels.instance }} lost a replica",
            description: "Redis has {{ $value }} replicas connected, fewer than within the last hour.",
            meaning:
                "The primary has fewer replicas connected than it had within the last hour: a replica is down or "
                + "cut off, and the data has one copy less. A replica removed on purpose fires for an hour.",
            firstSteps: [
                "On the primary, `INFO replication` lists the replicas still connected.",
                "Check the missing replica's container, its log and the network to the primary.",
            ],
            fault: [(series(metric), .constant(2, steps: 2) + .constant(1, steps: steps - 2))],
            healthy: [(series(metric), .constant(2, steps: steps))],
            firingLabels: firing(), firingValue: 1,
            faultStory: "when one of two replicas goes", healthyStory: "when both stay",
            signal: PackSignal(
                area: "Replication", title: "Replicas connected", query: selected(metric), unit: .short,
                legend: "{{instance}}"))
    }

    func masterLinkDown() -> PackAlertDefinition {
        flag(
            Metrics.masterLinkUp.name, bad: 0, good: 1,
            panel: PackSignal.Placement(area: "Server", title: "Link to the primary"),
            summary: "The Redis replica behind {{ $labels.instance }} lost its primary",
            description: "The replica's link to its primary is down.",
            meaning:
                "The replica is not connected to its primary: it serves stale data and does not receive writes.",
            firstSteps: [
                "On the replica, `INFO replication` shows `master_link_status` and the time since the last I/O.",
                "Check the primary, the network between them, and `masterauth`.",
            ],
            stories: ("when the link is down", "when it is up"))
    }

    func backgroundSaveFailed() -> PackAlertDefinition {
        flag(
            Metrics.rdbLastBgsaveStatus.name, bad: 0, good: 1,
            panel: PackSignal.Placement(area: "Server", title: "Last snapshot succeeded"),
            summary: "Redis behind {{ $labels.instance }} cannot save its snapshot",
            description: "The last background save (RDB) of Redis failed.",
            meaning:
                "Redis could not write its RDB snapshot: after a restart it would lose the writes since the last "
                + "good one, and with `stop-writes-on-bgsave-error` it refuses writes now.",
            firstSteps: [
                "Read the Redis log for the `Background saving error` cause.",
                "Check free disk space and permissions of its `dir`, and memory for the fork (`vm.overcommit_memory`).",
            ],
            stories: ("when the last save failed", "when it succeeded"))
    }
}
