import Vigil

extension AutoDealGenie {
    /// More than 80% of a PostgreSQL server's connections in use, its databases' backends summed.
    static let connectionPoolNearlyFull = PromQL(
        "sum by (instance) (pg_stat_database_numbackends) / max by (instance) (pg_settings_max_connections) > 0.8")

    /// The guide's connection pool alert: more than 80% of PostgreSQL's connections in use.
    static let databaseConnectionPoolFull = Alert(
        "DatabaseConnectionPoolFull", severity: .warning, for: .minutes(5)
    ) {
        connectionPoolNearlyFull
    } annotations: {
        AlertSummary("Database connection pool nearly full")
        AlertDescription("{{ $value | humanizePercentage }} of PostgreSQL's connections are in use.")
        Runbook("https://runbooks.example.com/autodealgenie/database-connection-pool-full")
    }

    /// The series of the postgres-exporter the test feeds.
    static let postgresTarget = ["job": "postgres", "instance": "postgres-exporter:9187"]

    /// 50 of 100 connections in use.
    static let databaseConnectionPoolHalfFullTest = AlertTest(
        "DatabaseConnectionPoolFull stays quiet at half of max_connections"
    ) {
        InputSeries(
            Postgres.statDatabaseNumbackends.where(.datname, equals: "autodealgenie"), labels: postgresTarget,
            values: .constant(50, steps: 15))
        InputSeries(Postgres.settingsMaxConnections, labels: postgresTarget, values: .constant(100, steps: 15))
    } expect: {
        Quiet("DatabaseConnectionPoolFull", at: .minutes(10))
    }

    /// 90 of 100 connections in use for ten minutes.
    static let databaseConnectionPoolFullTest = AlertTest(
        "DatabaseConnectionPoolFull fires after 5 minutes above 80% of max_connections"
    ) {
        InputSeries(
            Postgres.statDatabaseNumbackends.where(.datname, equals: "autodealgenie"), labels: postgresTarget,
            values: .constant(90, steps: 15))
        InputSeries(Postgres.settingsMaxConnections, labels: postgresTarget, values: .constant(100, steps: 15))
    } expect: {
        Quiet("DatabaseConnectionPoolFull", at: .minutes(3))
        Fires(
            "DatabaseConnectionPoolFull", at: .minutes(10), labels: ["instance": "postgres-exporter:9187"], value: 0.9)
    }
}
