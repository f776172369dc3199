import VigilDSL

/// The alerts of the postgres rule pack (``PostgresAlert``) on postgres-exporter's metrics
/// (``PostgresExporterMetrics``): for each, its condition, annotations, runbook and the series of its firing and
/// quiet tests, derived from the settled threshold.
///
/// The facts (which signals, 80% of `max_connections`, deadlock counts, lag on replicas only) follow common
/// public practice for postgres-exporter; the expressions and words are Vigil's.
struct PostgresPackAlerts: RulePack {
    typealias Metrics = PostgresExporterMetrics

    static let name = "postgres"
    static let title = "PostgreSQL"

    /// A healthy primary: 100 connections allowed, no open transaction, no lag, queries succeeding.
    static let healthyValues: [String: Double] = [
        Metrics.settingsMaxConnections.name: 100,
        Metrics.statActivityMaxTxDuration.name: 0,
        Metrics.replicationIsReplica.name: 0,
        Metrics.replicationLagSeconds.name: 0,
        Metrics.exporterLastScrapeError.name: 0,
    ]

    let scope: PackScope

    /// The labels of the tests' sessions.
    static let sessions = ["datname": "app", "state": "active"]

    func definition(of alert: PostgresAlert, threshold: Double) -> PackAlertDefinition {
        switch alert {
        case .down: down()
        case .tooManyConnections: tooManyConnections(threshold: threshold)
        case .deadlocks: deadlocks(threshold: threshold)
        case .longRunningTransaction: longRunningTransaction(threshold: threshold)
        case .replicationLag: replicationLag(threshold: threshold)
        case .exporterScrapeError: exporterScrapeError()
        }
    }

    func down() -> PackAlertDefinition {
        let metric = Metrics.up.name
        return PackAlertDefinition(
            expression: selected(metric).applying(.equal, .number(0)),
            summary: "PostgreSQL behind {{ $labels.instance }} is down",
            description: "postgres-exporter {{ $labels.instance }} cannot connect to its PostgreSQL server.",
            meaning:
                "postgres-exporter runs but cannot reach or log in to the server: the database is down, "
                + "unreachable, or refuses the exporter's credentials. Every client of the database likely fails too.",
            firstSteps: [
                "Check the server: its container or service, `pg_isready -h <host>`, and its log.",
                "If the server is up, read the exporter's log: a changed password or `pg_hba.conf` rule.",
            ],
            fault: [(series(metric), .constant(0, steps: steps))],
            healthy: [(series(metric), .constant(1, steps: steps))],
            firingLabels: firing(), firingValue: nil,
            faultStory: "when the server is unreachable", healthyStory: "when it answers",
            signal: PackSignal(
                area: "Availability", title: "Server reachable", query: selected(metric), unit: .short,
                legend: "{{instance}}", thresholds: [.below(1)]))
    }

    func tooManyConnections(threshold: Double) -> PackAlertDefinition {
        let count = Metrics.statActivityCount.name
        let maximum = Metrics.settingsMaxConnections.name
        let high = (100 + threshold) / 2
        let server = ["job", "instance"]
        let used = selected(count).aggregated(.sum, by: server).applying(
            .divide, selected(maximum).aggregated(.max, by: server), matching: .on(server))
        return PackAlertDefinition(
            expression: used.applying(.greater, .number(threshold / 100)),
            summary: "PostgreSQL behind {{ $labels.instance }} is running out of connections",
            description: "{{ $value | humanizePercentage }} of max_connections are in use.",
            meaning:
                "More than \(ThresholdUnit.percent.format(threshold)) of `max_connections` are taken. At the limit, "
                + "new connections fail with `too many clients already`.",
            firstSteps: [
                "See who holds them: `SELECT usename, application_name, state, count(*) FROM pg_stat_activity GROUP BY 1, 2, 3 ORDER BY 4 DESC;`.",
                "Idle connections point to oversized pools: shrink them or put PgBouncer in front.",
            ],
            fault: [
                (series(count, Self.sessions), .constant(high, steps: steps)),
                (series(maximum), .constant(100, steps: steps)),
            ],
            healthy: [
                (series(count, Self.sessions), .constant(threshold / 2, steps: steps)),
                (series(maximum), .constant(100, steps: steps)),
            ],
            firingLabels: firing(), firingValue: high / 100,
            faultStory: "when connections are halfway between the threshold and the maximum",
            healthyStory: "at half the threshold",
            signal: PackSignal(
                area: "Connections", title: "Connections of max_connections",
                query: used, unit: .percentUnit, legend: "{{instance}}", thresholds: [.above(threshold / 100)]))
    }

    func deadlocks(threshold: Double) -> PackAlertDefinition {
        increase(
            Metrics.statDatabaseDeadlocks.name, labels: ["datid": "16384", "datname": "app"], above: threshold,
            panel: PackSignal.Placement(
                area: "Transactions", title: "Deadlocks in 5 minutes", legend: "{{instance}} {{datname}}"),
            summary: "Deadlocks in database {{ $labels.datname }} behind {{ $labels.instance }}",
            description: "{{ $value | humanize }} deadlocks in {{ $labels.datname }} in the last 5 minutes.",
            meaning:
                "More than \(Self.number(threshold)) transactions were aborted in 5 minutes because they waited on "
                + "each other. Each one is an error a client saw.",
            firstSteps: [
                "Find the statements in the server log (`deadlock detected`, with `log_lock_waits = on`).",
                "Make the transactions involved take their locks in the same order, or shorten them.",
            ],
            faultStory: "when deadlocks keep happening", healthyStory: "when none happens")
    }

    func longRunningTransaction(threshold: Double) -> PackAlertDefinition {
        let metric = Metrics.statActivityMaxTxDuration.name
        return PackAlertDefinition(
            expression: selected(metric).applying(.greater, .number(threshold)),
            summary: "A transaction in {{ $labels.datname }} behind {{ $labels.instance }} runs long",
            description:
                "A transaction in {{ $labels.datname }} ({{ $labels.state }}) has been open for "
                + "{{ $value | humanizeDuration }}.",
            meaning:
                "A transaction has been open longer than \(ThresholdUnit.seconds.format(threshold)). It holds its "
                + "locks and keeps vacuum from removing dead rows, so tables bloat and other sessions wait.",
            firstSteps: [
                "Find it: `SELECT pid, usename, state, now() - xact_start AS age, query FROM pg_stat_activity ORDER BY xact_start LIMIT 5;`.",
                "Ask its owner, or end it with `SELECT pg_terminate_backend(<pid>);`; set `idle_in_transaction_session_timeout`.",
            ],
            fault: [(series(metric, Self.sessions), .constant(2 * threshold, steps: steps))],
            healthy: [(series(metric, Self.sessions), .constant(threshold / 2, steps: steps))],
            firingLabels: firing(Self.sessions), firingValue: 2 * threshold,
            faultStory: "when a transaction is open twice the threshold", healthyStory: "at half the threshold",
            signal: PackSignal(
                area: "Transactions", title: "Longest open transaction", query: selected(metric),
                unit: .seconds, legend: "{{instance}} {{datname}} {{state}}", thresholds: [.above(threshold)]))
    }

    func replicationLag(threshold: Double) -> PackAlertDefinition {
        let lag = Metrics.replicationLagSeconds.name
        let replica = Metrics.replicationIsReplica.name
        let onReplica = selected(replica).applying(.equal, .number(1))
        return PackAlertDefinition(
            expression: selected(lag).applying(.greater, .number(threshold)).applying(.and, onReplica),
            summary: "The replica behind {{ $labels.instance }} lags",
            description: "The replica is {{ $value | humanizeDuration }} behind its primary.",
            meaning:
                "The replica replays the primary's changes more than \(ThresholdUnit.seconds.format(threshold)) "
                + "late: reads from it are stale, and a failover would lose or wait for that much.",
            firstSteps: [
                "On the primary, `SELECT client_addr, state, replay_lag FROM pg_stat_replication;`.",
                "Check the replica's I/O and CPU, the network between them, and long queries on the replica that block replay.",
            ],
            fault: [
                (series(lag), .constant(2 * threshold, steps: steps)),
                (series(replica), .constant(1, steps: steps)),
            ],
            healthy: [
                (series(lag), .constant(2 * threshold, steps: steps)),
                (series(replica), .constant(0, steps: steps)),
            ],
            firingLabels: firing(), firingValue: 2 * threshold,
            faultStory: "when a replica lags twice the threshold",
            healthyStory: "on a primary, whatever its lag reads",
            signal: PackSignal(
                area: "Replication", title: "Replication lag",
                query: selected(lag).applying(.and, onReplica), unit: .seconds,
                legend: "{{instance}}", thresholds: [.above(threshold)]))
    }

    func exporterScrapeError() -> PackAlertDefinition {
        let metric = Metrics.exporterLastScrapeError.name
        return PackAlertDefinition(
            expression: selected(metric).applying(.equal, .number(1)),
            summary: "postgres-exporter {{ $labels.instance }} fails its queries",
            description: "The last scrape of postgres-exporter {{ $labels.instance }} had an error.",
            meaning:
                "The exporter reaches the server but some of its queries fail, so the metrics they feed (and the "
                + "alerts on them) are missing: usually missing privileges (`pg_monitor`) or an unsupported version.",
            firstSteps: [
                "Read the exporter's log for the failing query.",
                "Grant the exporter's user `pg_monitor`: `GRANT pg_monitor TO <user>;`.",
            ],
            fault: [(series(metric), .constant(1, steps: steps))],
            healthy: [(series(metric), .constant(0, steps: steps))],
            firingLabels: firing(), firingValue: nil,
            faultStory: "when queries fail", healthyStory: "when they succeed",
            signal: PackSignal(
                area: "Availability", title: "Exporter query errors", query: selected(metric), unit: .short,
                legend: "{{instance}}"))
    }
}
