import Vigil

extension Procur {
    /// The tag of every Procur dashboard, which their header links list.
    static let dashboardTag = "procur"

    /// Links every dashboard of the stack to the others.
    static let dashboardLinks: [HeaderLink] = [.dashboards("Procur", tagged: [dashboardTag])]

    /// The summary's Negotiation dashboard: success rate, active negotiations, average duration, total cost
    /// savings, negotiations by vendor, rounds distribution, cost savings by category, outcome breakdown. Totals
    /// cover the dashboard's time range (`$__range`), so they follow the time picker.
    static let negotiationDashboard = Dashboard(
        "Negotiations", tags: [dashboardTag], description: "What Procur's negotiations achieve.",
        time: .last(.days(7)), refresh: .minutes(5), links: dashboardLinks
    ) {
        Row("Now") {
            Stat("Success rate", unit: .percentUnit) {
                sum(increase(negotiationsCompleted.where(.outcome, equals: "success"), over: .days(1)))
                    / sum(increase(negotiationsCompleted, over: .days(1)))
            }
            .description("Successful among the negotiations completed in the last 24 hours.")
            .thresholds(Thresholds(.red, .at(0.6, .orange), .at(0.8, .green)))
            Stat("Active negotiations") { sum(activeNegotiations) }
            Stat("Average duration", unit: .seconds) {
                sum(rate(negotiationDuration.sum, over: .hours(1)))
                    / sum(rate(negotiationDuration.count, over: .hours(1)))
            }
            .description("Mean time from start to outcome of the negotiations completed in the last hour.")
            Stat("Total cost savings", unit: .dollars, sparkline: false) {
                PromQL("sum(increase(procur_cost_savings_dollars_sum[$__range]))")
            }
        }
        Row("Breakdown") {
            BarGauge("Negotiations by vendor") {
                PromQL("topk(10, sum by (vendor) (increase(procur_negotiation_started_total[$__range])))")
            }
            .legendFormat("{{vendor}}")
            Heatmap("Rounds distribution", negotiationRounds, over: .hours(1), unit: .short)
            PieChart("Cost savings by category", unit: .dollars) {
                PromQL("sum by (category) (increase(procur_cost_savings_dollars_sum[$__range]))")
            }
            .legendFormat("{{category}}")
            PieChart("Outcome breakdown") {
                PromQL("sum by (outcome) (increase(procur_negotiation_completed_total[$__range]))")
            }
            .legendFormat("{{outcome}}")
        }
    }

    /// The summary's System Health dashboard: HTTP request rate, request duration (p95), integration latency,
    /// integration errors, event processing rate, database connections.
    static let systemHealthDashboard = Dashboard(
        "System Health", tags: [dashboardTag], description: "Traffic, latency, integrations, events and the database.",
        links: dashboardLinks
    ) {
        Row("API") {
            TimeSeries("HTTP request rate", unit: .requestsPerSecond) {
                sum(rate(requests, over: .minutes(5)), by: [.status])
            }
            .legendFormat("{{status}}")
            TimeSeries("Request duration (p95)", unit: .seconds) {
                Query(histogramQuantile(0.95, requestDuration, over: .minutes(5)), legendFormat: "all endpoints")
                Query(
                    topk(5, histogramQuantile(0.95, requestDuration, over: .minutes(5), by: [.endpoint])),
                    legendFormat: "{{endpoint}}")
            }
            .thresholds(Thresholds(.green, .at(2, .red)))
        }
        Row("Integrations") {
            TimeSeries("Integration latency (p95)", unit: .seconds) {
                histogramQuantile(0.95, integrationLatency, over: .minutes(5), by: [.integration])
            }
            .legendFormat("{{integration}}")
            TimeSeries("Integration errors", unit: .opsPerSecond) {
                sum(rate(integrationErrors, over: .minutes(5)), by: [.integration, .errorType])
            }
            .legendFormat("{{integration}}: {{error_type}}")
        }
        Row("Events and database") {
            TimeSeries("Event processing rate", unit: .opsPerSecond) {
                Query(sum(rate(eventsPublished, over: .minutes(5))), legendFormat: "published")
                Query(
                    sum(rate(eventsProcessed, over: .minutes(5)), by: [.status]), legendFormat: "processed: {{status}}")
            }
            TimeSeries("Database connections") {
                Query(sum(databaseConnections), legendFormat: "in use")
                Query(vector(databasePoolSize), legendFormat: "pool size")
            }
            .min(0)
        }
        Row("Logs") {
            // `logging.py` writes one JSON object a line, so LogQL's `json` parser reads its `level` field.
            Logs("API errors", query: #"{service="procur-api"} | json | level=~"ERROR|CRITICAL""#)
                .size(width: 24)
        }
    }

    /// Calls to `integration`'s `method` that succeeded during the dashboard's time range.
    static func succeededCalls(_ integration: ExternalSystem) -> PromQL {
        PromQL(
            #"sum(increase(procur_integration_calls_total{integration="\#(integration.label)", method="\#(integration.method)", status="success"}[$__range]))"#
        )
    }

    /// The summary's Integration dashboard: integration success rate, Slack notifications sent, DocuSign
    /// envelopes created, calls by service, latency by service.
    static let integrationDashboard = Dashboard(
        "Integrations", tags: [dashboardTag], description: "Procur's calls to Slack, DocuSign and the ERP.",
        links: dashboardLinks
    ) {
        Row("Status") {
            BarGauge("Integration success rate", unit: .percentUnit) {
                sum(rate(integrationCalls.where(.status, equals: "success"), over: .minutes(15)), by: [.integration])
                    / sum(rate(integrationCalls, over: .minutes(15)), by: [.integration])
            }
            .legendFormat("{{integration}}")
            .min(0)
            .max(1)
            .thresholds(Thresholds(.red, .at(0.9, .orange), .at(0.99, .green)))
            Stat("Slack notifications sent", sparkline: false) { succeededCalls(slack) }
            Stat("DocuSign envelopes created", sparkline: false) { succeededCalls(docuSign) }
        }
        Row("Traffic and latency") {
            TimeSeries("Calls by service", unit: .opsPerSecond, stacking: .normal) {
                sum(rate(integrationCalls, over: .minutes(5)), by: [.integration])
            }
            .legendFormat("{{integration}}")
            TimeSeries("Latency by service (p95)", unit: .seconds) {
                histogramQuantile(0.95, integrationLatency, over: .minutes(5), by: [.integration])
            }
            .legendFormat("{{integration}}")
            .thresholds(Thresholds(.green, .at(5, .red)))
        }
    }
}
