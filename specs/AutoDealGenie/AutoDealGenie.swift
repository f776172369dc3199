import Vigil

/// AutoDealGenie: a FastAPI backend with PostgreSQL and Redis, each scraped through its exporter.
enum AutoDealGenie {
    /// PostgreSQL, through postgres-exporter.
    static let postgres = Service("postgres", scrape: .target("postgres-exporter:9187")) {
        PostgresExporterMetrics.all
    }

    /// Redis, through redis-exporter.
    static let redis = Service("redis", scrape: .target("redis-exporter:9121"))

    /// The stack: `generated/autodealgenie/`.
    static let stack = Stack(
        "autodealgenie",
        prometheus: Prometheus(scrapeInterval: .seconds(15), evaluationInterval: .seconds(15))
    ) {
        backend
        postgres
        redis
        routing
        systemOverview
        businessMetrics
        database
        corrections
    }
}
