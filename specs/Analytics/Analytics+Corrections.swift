import Vigil

extension Analytics {
    /// Where the document's PromQL does not do what its alert or panel says. Each `corrected` query is the one
    /// the stack runs, checked like it; the stack's README lists them.
    static let corrections = [
        Correction(
            "HighErrorRate alert",
            original: #"rate(http_requests_total{status=~"5.."}[5m]) > 0.05"#, corrected: highErrorRate,
            reason:
                "The document's query is the per-second rate of each 5xx series (one per method, endpoint and"
                + " status), which its description prints as a percentage: it fires at 3 errors a minute on one"
                + " endpoint however busy the service is. The corrected query is the share of failed requests per"
                + " instance, which the description's `{{ $labels.instance }}` names."),
        Correction(
            "HighMemoryUsage alert",
            original: "container_memory_usage_bytes / container_spec_memory_limit_bytes > 0.9",
            corrected: highMemoryUsage,
            reason:
                "A container without a memory limit reports a limit of 0, so the ratio is +Inf and the alert fires"
                + " for it; the corrected query divides only by limits above 0. It reads the working set instead of"
                + " `container_memory_usage_bytes`, which includes page cache the kernel reclaims before the"
                + " out-of-memory killer acts, and keeps to the analytics containers, since cAdvisor reports every"
                + " container of the host."),
        Correction(
            "HighAPILatency alert",
            original: "histogram_quantile(0.95, http_request_duration_seconds_bucket) > 1", corrected: highAPILatency,
            reason:
                "`histogram_quantile` needs the per-second rate of each bucket, summed by `le`; over the raw"
                + " cumulative bucket counters it returns the 95th percentile of every request since the process"
                + " started, which a slow hour barely moves."),
        Correction(
            "CreditConsumptionSpike alert",
            original: "rate(analytics_credits_consumed_total[1h]) > 10000", corrected: creditConsumptionSpike,
            reason:
                "`rate` is per second, so the document's threshold is 10,000 credits a second (36 million an hour)"
                + " while its description reads the value as credits per hour, and it compares each agent's series"
                + " alone. The corrected query sums a workspace's agents and counts the credits of the last hour."),
        Correction(
            "P95 Latency panel",
            original: "histogram_quantile(0.95, rate(http_request_duration_seconds_bucket[5m]))", corrected: p95Latency,
            reason:
                "Without `sum by (le)`, `histogram_quantile` computes one percentile per method, endpoint and"
                + " instance, so the panel draws dozens of lines instead of the service's 95th percentile."),
    ]
}
