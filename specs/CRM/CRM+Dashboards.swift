import Vigil

extension CRM {
    /// The tag of every CRM dashboard, which their header links list.
    static let dashboardTag = "crm"

    /// Links every dashboard of the stack to the others.
    static let dashboardLinks: [HeaderLink] = [.dashboards("CRM", tagged: [dashboardTag])]

    /// The document's "Request Dashboard": requests per second, p95 latency and error rate by endpoint, and the
    /// distribution of status codes.
    static let requestDashboard = Dashboard(
        "Request Dashboard", tags: [dashboardTag], description: "Traffic, latency and errors of the CRM API.",
        links: dashboardLinks
    ) {
        Row("By endpoint") {
            TimeSeries("Requests per second (by endpoint)", unit: .requestsPerSecond) {
                sum(rate(requests, over: .minutes(5)), by: [.path])
            }
            .legendFormat("{{path}}")
            TimeSeries("p95 latency (by endpoint)", unit: .milliseconds) {
                histogramQuantile(0.95, requestDuration, over: .minutes(5), by: [.path])
            }
            .legendFormat("{{path}}")
            .thresholds(Thresholds(.green, .at(1000, .red)))
            TimeSeries("Error rate (by endpoint)", unit: .percentUnit) {
                sum(rate(errors, over: .minutes(5)), by: [.path]) / sum(rate(requests, over: .minutes(5)), by: [.path])
            }
            .legendFormat("{{path}}")
            .min(0)
            .thresholds(Thresholds(.green, .at(0.01, .orange), .at(0.05, .red)))
        }
        Row("Responses") {
            PieChart("Status code distribution", unit: .short) {
                sum(increase(requests, over: .hours(1)), by: [.status])
            }
            .legendFormat("{{status}}")
        }
    }

    /// The document's "Workflow Dashboard": executions per hour, success against failure, average execution
    /// time, and the most common failures.
    static let workflowDashboard = Dashboard(
        "Workflow Dashboard", tags: [dashboardTag], description: "Workflow runs, outcomes and execution time.",
        time: .last(.days(1)), links: dashboardLinks
    ) {
        Row("Runs") {
            TimeSeries("Workflow executions per hour", style: .bars, stacking: .normal, fillOpacity: 80) {
                sum(increase(workflowRuns, over: .hours(1)), by: [.workflow])
            }
            .legendFormat("{{workflow}}")
            // Stacked to 100%: the share of runs that completed and that failed.
            TimeSeries("Success vs failure rate", unit: .percent, stacking: .percent, fillOpacity: 60) {
                sum(rate(workflowRuns, over: .minutes(10)), by: [.status])
            }
            .legendFormat("{{status}}")
        }
        Row("Execution") {
            TimeSeries("Average execution time", unit: .milliseconds) {
                sum(rate(workflowDuration.sum, over: .minutes(10)), by: [.workflow])
                    / sum(rate(workflowDuration.count, over: .minutes(10)), by: [.workflow])
            }
            .legendFormat("{{workflow}}")
            // The backend counts failures by the action that failed; the exception types are in the logs.
            BarGauge("Most common failure reasons", unit: .short) {
                topk(10, sum(increase(workflowActionFailures, over: .days(1)), by: [.actionType]))
            }
            .legendFormat("{{action_type}}")
        }
    }

    /// The document's "System Health Dashboard": database pool, cache hit rate, memory, CPU and disk I/O.
    static let systemHealthDashboard = Dashboard(
        "System Health Dashboard", tags: [dashboardTag], description: "Database, cache and host resources.",
        links: dashboardLinks
    ) {
        Row("Backend") {
            TimeSeries("Database connection pool usage") { databaseConnections }
                .legendFormat("in use")
                .min(0)
            TimeSeries("Cache hit rate", unit: .percentUnit) { cacheHitRate }
                .legendFormat("hit rate")
                .min(0)
                .max(1)
                .thresholds(Thresholds(.red, .at(0.8, .green)))
            TimeSeries("Memory usage", unit: .bytes) { memoryUsage }
                .legendFormat("{{instance}}")
        }
        Row("Host") {
            TimeSeries("CPU usage", unit: .percentUnit) {
                1
                    - avg(
                        rate(NodeExporterMetrics.cpuSeconds.where(.mode, equals: "idle"), over: .minutes(5)),
                        plus: [.instance])
            }
            .legendFormat("{{instance}}")
            .min(0)
            .max(1)
            TimeSeries("Disk I/O", unit: .bytesPerSecondSI) {
                Query(sum(rate(NodeExporterMetrics.diskReadBytes, over: .minutes(5))), legendFormat: "read")
                Query(sum(rate(NodeExporterMetrics.diskWrittenBytes, over: .minutes(5))), legendFormat: "written")
            }
        }
    }
}
