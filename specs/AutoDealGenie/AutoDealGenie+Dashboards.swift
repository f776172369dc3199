import Vigil

extension AutoDealGenie {
    typealias Postgres = PostgresExporterMetrics

    /// The tag of every AutoDealGenie dashboard, which their header links list.
    static let dashboardTag = "autodealgenie"

    /// Links every dashboard of the stack to the others.
    static let dashboardLinks: [HeaderLink] = [.dashboards("AutoDealGenie", tagged: [dashboardTag])]

    /// The handlers chosen in a dashboard's `handler` variable.
    static let chosenRequests = requests.where(.handler, matches: "$handler")

    /// The share of the chosen handlers' requests that fail.
    static let errorRate =
        sum(rate(chosenRequests.where(.status, matches: "5.."), over: .minutes(5)))
        / sum(rate(chosenRequests, over: .minutes(5)))

    /// The `handler` variable: every handler the backend served, all by default.
    static let handlerVariable = Variable(
        "handler", .labelValues(.handler, of: requests), label: "Handler", multi: true, includeAll: true)

    /// A panel for a figure the monitoring guide asks for but the backend does not export yet: it says which
    /// metric to add, rather than showing an empty graph.
    static func missingMetric(_ title: String, export metric: String, kind: String) -> Text {
        Text(
            title,
            """
            The backend does not export this yet. Add a \(kind) `\(metric)` to it (prometheus_client), declare it \
            in `specs/AutoDealGenie/AutoDealGenie+Metrics.swift`, and replace this note with its panel.
            """)
    }

    /// The guide's "System Overview": request rate, error rate, response time percentiles, active users,
    /// database connections, memory and CPU.
    static let systemOverview = Dashboard(
        "System Overview", tags: [dashboardTag], description: "Traffic, errors, latency and resources of the backend.",
        links: dashboardLinks
    ) {
        handlerVariable
        Row("Traffic") {
            TimeSeries("Request rate", unit: .requestsPerSecond) {
                sum(rate(chosenRequests, over: .minutes(5)), by: [.method])
            }
            .legendFormat("{{method}}")
            TimeSeries("Error rate", unit: .percentUnit) { errorRate }
                .legendFormat("5xx")
                .min(0)
                .thresholds(Thresholds(.green, .at(0.01, .orange), .at(0.05, .red)))
        }
        Row("Latency") {
            TimeSeries("Response time (p50, p90, p95, p99)", unit: .seconds) {
                for quantile in [0.5, 0.9, 0.95, 0.99] {
                    Query(
                        histogramQuantile(quantile, latency.where(.handler, matches: "$handler"), over: .minutes(5)),
                        legendFormat: "p\(Int(quantile * 100))")
                }
            }
            Heatmap("Response time distribution", latency.where(.handler, matches: "$handler"), unit: .seconds)
        }
        Row("Users and resources") {
            missingMetric("Active users", export: "autodealgenie_active_users", kind: "Gauge").size(width: 6)
            TimeSeries("Database connections") {
                sum(Postgres.statDatabaseNumbackends, by: [.datname])
            }
            .legendFormat("{{datname}}")
            TimeSeries("Memory usage", unit: .bytes) { ProcessMetrics.residentMemoryBytes.job(backend.name) }
                .legendFormat("{{instance}}")
            TimeSeries("CPU usage", unit: .percentUnit) {
                rate(ProcessMetrics.cpuSeconds.job(backend.name), over: .minutes(5))
            }
            .legendFormat("{{instance}}")
        }
    }

    /// The guide's "Business Metrics": deals created per hour, signups, authentication success rate, top
    /// endpoints by usage, revenue.
    static let businessMetrics = Dashboard(
        "Business Metrics", tags: [dashboardTag], description: "What AutoDealGenie's users do.", time: .last(.days(7)),
        refresh: .minutes(5), links: dashboardLinks
    ) {
        Row("Deals and usage") {
            TimeSeries("Deals created per hour", style: .bars, stacking: .normal, fillOpacity: 80) {
                sum(increase(dealsCreated, over: .hours(1)), by: [.status])
            }
            .legendFormat("{{status}}")
            TimeSeries("Deal processing time (p95)", unit: .seconds) {
                histogramQuantile(0.95, dealProcessing, over: .minutes(5))
            }
            .legendFormat("p95")
            BarGauge("Top endpoints by usage", unit: .requestsPerSecond) {
                topk(10, sum(rate(requests, over: .hours(1)), by: [.handler]))
            }
            .legendFormat("{{handler}}")
        }
        Row("Not exported yet") {
            missingMetric("User signups", export: "autodealgenie_user_signups_total", kind: "Counter")
                .size(width: 8, height: 4)
            missingMetric("Authentication success rate", export: "autodealgenie_logins_total{outcome}", kind: "Counter")
                .size(width: 8, height: 4)
            missingMetric("Revenue metrics", export: "autodealgenie_revenue_total", kind: "Counter")
                .size(width: 8, height: 4)
        }
    }

    /// The guide's "Database": query execution time, connection pool utilization, slow queries, table
    /// sizes, index hit ratio — from postgres_exporter's default collectors.
    static let database = Dashboard(
        "Database", tags: [dashboardTag], description: "PostgreSQL, through postgres_exporter.", links: dashboardLinks
    ) {
        Variable("database", .labelValues(.datname, of: Postgres.statDatabaseNumbackends), label: "Database")
        Row("Connections") {
            GaugePanel("Connection pool utilization", unit: .percentUnit) {
                sum(Postgres.statDatabaseNumbackends) / sum(Postgres.settingsMaxConnections)
            }
            .min(0)
            .max(1)
            .thresholds(Thresholds(.green, .at(0.7, .orange), .at(0.8, .red)))
            TimeSeries("Connections by state") {
                sum(Postgres.statActivityCount.where(.datname, equals: "$database"), by: [.state])
            }
            .legendFormat("{{state}}")
        }
        Row("Queries") {
            // postgres_exporter's default collectors time transactions, not single statements.
            TimeSeries("Query execution time (longest transaction)", unit: .seconds) {
                max(Postgres.statActivityMaxTxDuration.where(.datname, equals: "$database"), by: [.state])
            }
            .legendFormat("{{state}}")
            Stat("Slow queries (> 1s)", unit: .number, sparkline: false) {
                count(
                    Postgres.statActivityMaxTxDuration.where(.datname, equals: "$database").where(
                        .state, equals: "active") > 1)
            }
            .noValue("0")
            .thresholds(Thresholds(.green, .at(1, .orange), .at(5, .red)))
        }
        Row("Storage") {
            BarGauge("Table sizes (live rows)", unit: .short) {
                topk(10, Postgres.statUserTablesNLiveTup.where(.datname, equals: "$database"))
            }
            .legendFormat("{{schemaname}}.{{relname}}")
            TimeSeries("Index hit ratio", unit: .percentUnit) {
                sum(rate(Postgres.statUserTablesIdxScan.where(.datname, equals: "$database"), over: .minutes(5)))
                    / (sum(rate(Postgres.statUserTablesIdxScan.where(.datname, equals: "$database"), over: .minutes(5)))
                        + sum(
                            rate(Postgres.statUserTablesSeqScan.where(.datname, equals: "$database"), over: .minutes(5))
                        ))
            }
            .legendFormat("index scans")
            .min(0)
            .max(1)
            TimeSeries("Cache hit ratio", unit: .percentUnit) {
                sum(rate(Postgres.statDatabaseBlksHit.where(.datname, equals: "$database"), over: .minutes(5)))
                    / (sum(rate(Postgres.statDatabaseBlksHit.where(.datname, equals: "$database"), over: .minutes(5)))
                        + sum(
                            rate(Postgres.statDatabaseBlksRead.where(.datname, equals: "$database"), over: .minutes(5))))
            }
            .legendFormat("buffer cache")
            .min(0)
            .max(1)
        }
    }
}
