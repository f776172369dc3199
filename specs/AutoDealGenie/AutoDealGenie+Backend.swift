import Vigil

extension AutoDealGenie {
    /// The backend's instance as Prometheus labels it, for alert tests.
    static let backendTarget = ["job": "autodealgenie-backend", "instance": "backend:8000"]

    /// node_exporter's instance, for alert tests.
    static let nodeTarget = ["job": "node", "instance": "node-exporter:9100"]

    /// More than 0.05 failed requests a second across the backend.
    static let highErrorRate =
        sum(rate(requests.where(.status, matches: "5.."), over: .minutes(5)), plus: [.job]) > 0.05

    /// The backend's resident memory above 80% of the host's (a single host: node_exporter's one series).
    static let highMemoryUsage =
        (ProcessMetrics.residentMemoryBytes.job("autodealgenie-backend")
        / max(NodeExporterMetrics.memoryMemTotalBytes)).on(names: []).groupLeft() > 0.8

    /// The FastAPI backend: its metrics, its alerts and their tests. Its rules are evaluated every 30 seconds, the
    /// document's `interval: 30s`. On Kubernetes, its Service is labelled `app.kubernetes.io/name: backend` and
    /// names its port `http`.
    static let backend = Service(
        "autodealgenie-backend",
        scrape: .target("backend:8000", path: "/metrics")
            .kubernetes(.service(["app.kubernetes.io/name": "backend"], port: "http")),
        ruleInterval: .seconds(30)
    ) {
        requests
        latency
        dealsCreated
        dealProcessing
        ProcessMetrics.all

        availabilitySLO
        fastRequestsSLO
        boundedRequestsSLO

        Alert("HighErrorRate", severity: .critical, for: .minutes(5)) {
            highErrorRate
        } annotations: {
            AlertSummary("High error rate detected")
            AlertDescription("Error rate is {{ $value | humanize }} requests/second")
            Runbook("https://runbooks.example.com/autodealgenie/high-error-rate")
        }
        AlertTest("HighErrorRate fires after 5 minutes of 0.1 errors per second") {
            InputSeries(
                requests.where(.status, equals: "5xx").where(.handler, equals: "/deals").where(.method, equals: "POST"),
                labels: backendTarget, values: .increasing(from: 0, by: 6, steps: 20))
        } expect: {
            Quiet("HighErrorRate", at: .minutes(3))
            Fires("HighErrorRate", at: .minutes(15), labels: ["job": "autodealgenie-backend"], value: 0.1)
        }
        AlertTest("HighErrorRate stays quiet at one error a minute") {
            InputSeries(
                requests.where(.status, equals: "5xx").where(.handler, equals: "/deals").where(.method, equals: "POST"),
                labels: backendTarget, values: .increasing(from: 0, by: 1, steps: 20))
        } expect: {
            Quiet("HighErrorRate", at: .minutes(15))
        }

        // The document's histogram_quantile over raw buckets measured latency since process start; this
        // takes the buckets' rate over 5 minutes and keeps `le`.
        Alert("HighLatency", severity: .warning, for: .minutes(10)) {
            histogramQuantile(0.95, latency, over: .minutes(5), plus: [.job]) > 2
        } annotations: {
            AlertSummary("High API latency")
            AlertDescription("95th percentile latency is {{ $value | humanizeDuration }}")
            Runbook("https://runbooks.example.com/autodealgenie/high-latency")
        }
        AlertTest("HighLatency fires when every request takes between 2 and 5 seconds") {
            for (bound, growth) in [("2.0", 0.0), ("5.0", 60.0), ("+Inf", 60.0)] {
                InputSeries(
                    "http_request_duration_seconds_bucket{job=\"autodealgenie-backend\",instance=\"backend:8000\",handler=\"/deals\",method=\"POST\",le=\"\(bound)\"}",
                    values: .increasing(from: 0, by: growth, steps: 30))
            }
        } expect: {
            Quiet("HighLatency", at: .minutes(5))
            Fires("HighLatency", at: .minutes(20), labels: ["job": "autodealgenie-backend"], value: 4.85)
        }
        AlertTest("HighLatency stays quiet when 3% of requests take 3 seconds") {
            HistogramObservations(
                latency, labels: [.handler: "/deals", .method: "POST"], target: backendTarget,
                observing: [0.3: 97, 3: 3], steps: 30)
        } expect: {
            Quiet("HighLatency", at: .minutes(20))
        }

        Alert("ServiceDown", severity: .critical, for: .minutes(2)) {
            PrometheusServerMetrics.up.job("autodealgenie-backend").equals(0)
        } annotations: {
            AlertSummary("Service is down")
            AlertDescription("AutoDealGenie backend is unreachable")
            Runbook("https://runbooks.example.com/autodealgenie/service-down")
        }
        AlertTest("ServiceDown fires after 2 minutes without a successful scrape") {
            InputSeries(
                PrometheusServerMetrics.up, labels: backendTarget,
                values: .constant(1, steps: 3) + .constant(0, steps: 10))
        } expect: {
            Quiet("ServiceDown", at: .minutes(3))
            Fires("ServiceDown", at: .minutes(7), labels: backendTarget)
        }
        AlertTest("ServiceDown stays quiet after one failed scrape") {
            InputSeries(
                PrometheusServerMetrics.up, labels: backendTarget,
                values: .constant(1, steps: 3) + .samples([0]) + .constant(1, steps: 6))
        } expect: {
            Quiet("ServiceDown", at: .minutes(4))
            Quiet("ServiceDown", at: .minutes(7))
        }

        Alert("HighMemoryUsage", severity: .warning, for: .minutes(10)) {
            highMemoryUsage
        } annotations: {
            AlertSummary("High memory usage")
            AlertDescription("Memory usage is {{ $value | humanizePercentage }}")
            Runbook("https://runbooks.example.com/autodealgenie/high-memory-usage")
        }
        AlertTest("HighMemoryUsage fires after 10 minutes above 80% of the host's memory") {
            InputSeries(ProcessMetrics.residentMemoryBytes, labels: backendTarget, values: .constant(7e9, steps: 20))
            InputSeries(NodeExporterMetrics.memoryMemTotalBytes, labels: nodeTarget, values: .constant(8e9, steps: 20))
        } expect: {
            Quiet("HighMemoryUsage", at: .minutes(5))
            Fires("HighMemoryUsage", at: .minutes(15), labels: backendTarget, value: 0.875)
        }
        AlertTest("HighMemoryUsage stays quiet at a quarter of the host's memory") {
            InputSeries(ProcessMetrics.residentMemoryBytes, labels: backendTarget, values: .constant(2e9, steps: 20))
            InputSeries(NodeExporterMetrics.memoryMemTotalBytes, labels: nodeTarget, values: .constant(8e9, steps: 20))
        } expect: {
            Quiet("HighMemoryUsage", at: .minutes(15))
        }
    }
}
