import Vigil

extension Aurum {
    /// The tag of every Aurum dashboard, which their header links list.
    static let dashboardTag = "aurum"

    /// Links every dashboard of the stack to the others.
    static let dashboardLinks: [HeaderLink] = [.dashboards("Aurum", tagged: [dashboardTag])]

    /// The document's "SLO Overview": each objective's status at a glance. Reads the series the SLOs record
    /// (`slo:*`, labelled by `slo`); the derived "SLOs" dashboard has the detail, burn rates included.
    static let sloOverview = Dashboard(
        "SLO Overview", tags: [dashboardTag], description: "The six service level objectives at a glance.",
        time: .last(.days(7)), links: dashboardLinks
    ) {
        Row("Objectives") {
            BarGauge("SLI over 30 days", unit: .percentUnit) {
                PromQL(#"1 - slo:sli_error:ratio_rate30d{service="aurum-api"}"#)
            }
            .legendFormat("{{slo}}")
            .min(0.8)
            .max(1)
            BarGauge("Error budget remaining", unit: .percentUnit) {
                PromQL(#"slo:error_budget_remaining:ratio{service="aurum-api"}"#)
            }
            .legendFormat("{{slo}}")
            .max(1)
            .thresholds(Thresholds(.red, .at(0.25, .orange), .at(0.5, .green)))
        }
        Row("Burn") {
            TimeSeries("Burn rate (1 hour)") {
                PromQL(#"slo:sli_error:ratio_rate1h{service="aurum-api"} / on (service, slo) slo:error_budget:ratio"#)
            }
            .legendFormat("{{slo}}")
            .thresholds(Thresholds(.green, .at(1, .orange), .at(14.4, .red)))
        }
    }

    /// The requests of the tenants chosen in the `tenant` variable.
    static let chosenRequests = requests.where(.tenantID, matches: "$tenant")

    /// The document's "API Performance": request latency and error rates, by endpoint and by tenant.
    static let apiPerformance = Dashboard(
        "API Performance", tags: [dashboardTag], description: "Request rate, latency and errors of the Aurum API.",
        links: dashboardLinks
    ) {
        Variable("tenant", .labelValues(.tenantID, of: requests), label: "Tenant", multi: true, includeAll: true)
        Row("Traffic") {
            TimeSeries("Request rate by path", unit: .requestsPerSecond) {
                sum(rate(chosenRequests, over: .minutes(5)), by: [.path])
            }
            .legendFormat("{{path}}")
            TimeSeries("Rate-limited requests by tenant", unit: .requestsPerSecond) {
                sum(rate(rateLimited.where(.tenantID, matches: "$tenant"), over: .minutes(5)), by: [.tenantID])
            }
            .legendFormat("{{tenant_id}}")
        }
        Row("Latency") {
            TimeSeries("Request latency (P50, P95, P99)", unit: .seconds) {
                for quantile in [0.5, 0.95, 0.99] {
                    Query(
                        histogramQuantile(quantile, requestLatency, over: .minutes(5)),
                        legendFormat: "P\(Int(quantile * 100))")
                }
            }
            .thresholds(Thresholds(.green, .at(0.5, .red)))
            Heatmap("Latency distribution", requestLatency, unit: .seconds)
        }
        Row("Errors") {
            TimeSeries("Error rate by path", unit: .percentUnit) {
                sum(rate(chosenRequests.where(.status, matches: "5.."), over: .minutes(5)), by: [.path])
                    / sum(rate(chosenRequests, over: .minutes(5)), by: [.path])
            }
            .legendFormat("{{path}}")
            .min(0)
            TimeSeries("Error rate by tenant", unit: .percentUnit) {
                sum(rate(chosenRequests.where(.status, matches: "5.."), over: .minutes(5)), by: [.tenantID])
                    / sum(rate(chosenRequests, over: .minutes(5)), by: [.tenantID])
            }
            .legendFormat("{{tenant_id}}")
            .min(0)
        }
    }

    /// The document's "Business Metrics": scenario operations and their success rates.
    static let businessMetrics = Dashboard(
        "Business Metrics", tags: [dashboardTag], description: "Scenario creations and runs.", time: .last(.days(1)),
        links: dashboardLinks
    ) {
        Row("Scenario operations") {
            TimeSeries("Transactions by type and status", unit: .opsPerSecond, stacking: .normal) {
                sum(rate(businessTransactions, over: .minutes(5)), by: [.transactionType, .status])
            }
            .legendFormat("{{transaction_type}} {{status}}")
            Stat("Scenario creation success rate", unit: .percentUnit) {
                sum(rate(scenarioCreations.where(.status, equals: "success"), over: .hours(1)))
                    / sum(rate(scenarioCreations, over: .hours(1)))
            }
            .description("Successful scenario creations of the last hour; the objective is 99.5%.")
            .thresholds(Thresholds(.red, .at(0.99, .orange), .at(0.995, .green)))
            Stat("Scenario run success rate", unit: .percentUnit) {
                sum(rate(scenarioRuns.where(.status, equals: "success"), over: .hours(1)))
                    / sum(rate(scenarioRuns, over: .hours(1)))
            }
            .description("Successful scenario runs of the last hour; the objective is 95%.")
            .thresholds(Thresholds(.red, .at(0.9, .orange), .at(0.95, .green)))
        }
        Row("Data") {
            TimeSeries("Data age", unit: .seconds) { age(dataLastUpdated) }
                .legendFormat("{{dataset}}")
                .thresholds(Thresholds(.green, .at(3600, .red)))
        }
    }

    /// The document's "Infrastructure": database, cache and system metrics.
    static let infrastructure = Dashboard(
        "Infrastructure", tags: [dashboardTag], description: "Database pool and queries, caches, the API process.",
        links: dashboardLinks
    ) {
        Row("Database") {
            TimeSeries("Connection pool") {
                Query(sum(poolConnectionsInUse), legendFormat: "in use")
                Query(sum(poolSize), legendFormat: "pool size")
            }
            .min(0)
            TimeSeries("Query latency (P95)", unit: .seconds) {
                topk(10, histogramQuantile(0.95, queryDuration, over: .minutes(5), by: [.operation, .table]))
            }
            .legendFormat("{{operation}} {{table}}")
            .thresholds(Thresholds(.green, .at(1, .red)))
        }
        Row("Cache") {
            TimeSeries("Cache hit rate", unit: .percentUnit) {
                sum(rate(cacheLookups.where(.result, equals: "hit"), over: .minutes(5)), by: [.cacheType])
                    / sum(rate(cacheLookups, over: .minutes(5)), by: [.cacheType])
            }
            .legendFormat("{{cache_type}}")
            .min(0)
            .max(1)
            .thresholds(Thresholds(.red, .at(0.9, .green)))
        }
        Row("System") {
            TimeSeries("CPU", unit: .percentUnit) { rate(ProcessMetrics.cpuSeconds.job(api.name), over: .minutes(5)) }
                .legendFormat("{{instance}}")
            TimeSeries("Memory", unit: .bytes) { ProcessMetrics.residentMemoryBytes.job(api.name) }
                .legendFormat("{{instance}}")
        }
        Row("Logs") {
            // The enhanced logger writes JSON with `level`, `component` and `duration_ms`.
            Logs("API errors", query: #"{service="api"} | json | level="ERROR""#)
                .size(width: 24)
        }
    }

    /// The document's "Alert Status": active alerts and their trends, from Prometheus's `ALERTS` series.
    static let alertStatus = Dashboard(
        "Alert Status", tags: [dashboardTag], description: "Aurum's firing alerts and their history.",
        time: .last(.days(1)), links: dashboardLinks
    ) {
        Row("Active") {
            Stat("Firing alerts") { PromQL(#"count(ALERTS{alertstate="firing", service="aurum-api"}) or vector(0)"#) }
                .thresholds(Thresholds(.green, .at(1, .red)))
            Table("Active alerts") { PromQL(#"ALERTS{alertstate="firing", service="aurum-api"}"#) }
        }
        Row("Trends") {
            TimeSeries("Firing alerts by severity", style: .bars, stacking: .normal) {
                PromQL(#"count by (severity) (ALERTS{alertstate="firing", service="aurum-api"})"#)
            }
            .legendFormat("{{severity}}")
            StateTimeline("Alert history") {
                PromQL(#"max by (alertname) (ALERTS{alertstate="firing", service="aurum-api"})"#)
            }
            .legendFormat("{{alertname}}")
        }
    }
}
