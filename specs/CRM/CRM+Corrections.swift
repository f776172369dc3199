import Vigil

extension CRM {
    /// Where the document's PromQL does not do what its alert says. Each `corrected` query is the one the stack
    /// runs, checked like it; the stack's README lists them.
    static let corrections = [
        Correction(
            "HighErrorRate alert", original: "rate(http_errors_total[5m]) > 0.05", corrected: highErrorRate,
            reason:
                "The document's query is the per-second rate of each error series (one per method, path and status):"
                + " 3 errors a minute on one endpoint fire it however busy the service is. The document states error"
                + " rates as shares of requests (\"<1% error rate\" under sustained load), so the corrected query"
                + " divides the failed requests by all requests."),
        Correction(
            "DatabasePoolExhausted alert", original: "db_pool_exhausted_total > 0", corrected: databasePoolExhausted,
            reason:
                "`db_pool_exhausted_total` is a counter: after the first exhaustion it stays above 0 until the process"
                + " restarts, so the document's alert would fire for days after the pool recovered. The corrected"
                + " query fires while the counter grew in the last 5 minutes."),
        Correction(
            "HighLatency alert", original: "histogram_quantile(0.95, http_request_duration_ms) > 1000",
            corrected: highLatency,
            reason:
                "`histogram_quantile` reads the `_bucket` series of a histogram, as per-second rates summed by `le`;"
                + " the document's query names no bucket series and no rate, and would return nothing. The"
                + " corrected query is the 95th percentile of the last 5 minutes' requests, in milliseconds."),
        Correction(
            "HighWorkflowFailureRate alert", original: #"rate(workflow_runs_total{status="failed"}[10m]) > 0.1"#,
            corrected: highWorkflowFailureRate,
            reason:
                "The document's query is failed runs per second, which grows with traffic: a workflow run 600 times"
                + " a minute fires it at 1% failures, one run 5 times a minute never does. A failure rate is the"
                + " share of runs that fail, per workflow, as the Workflow Dashboard's \"success vs failure rate\""
                + " shows it."),
    ]
}
