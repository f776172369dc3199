import VigilDSL

/// The labels of a synthetic service's HTTP requests.
enum RequestLabel: String, LabelKey { case route, method, status }

/// The labels of a synthetic service's background jobs.
enum JobLabel: String, LabelKey { case queue, outcome }

/// The label of a synthetic service's downstream dependencies.
enum DependencyLabel: String, LabelKey { case dependency }

/// The ten metrics every synthetic service declares, named after the service so that no two services share one.
struct SyntheticMetrics: Sendable {
    let requests: Counter<RequestLabel>
    let latency: Histogram<RequestLabel>
    let responseBytes: Counter<RequestLabel>
    let inFlight: Gauge<RequestLabel>
    let jobs: Counter<JobLabel>
    let jobDuration: Histogram<JobLabel>
    let queueDepth: Gauge<JobLabel>
    let dependencyErrors: Counter<DependencyLabel>
    let dependencyUp: Gauge<DependencyLabel>
    let cacheBytes: Gauge<NoLabels>

    /// The metrics of the service whose metric names start with `prefix`.
    init(prefix: String) {
        requests = Counter("\(prefix)_http_requests_total", help: "HTTP requests handled.")
        latency = Histogram(
            "\(prefix)_http_request_duration_seconds", help: "HTTP request latency.", unit: .seconds,
            buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5])
        responseBytes = Counter(
            "\(prefix)_http_response_size_bytes_total", help: "Bytes sent in HTTP responses.", unit: .bytes)
        inFlight = Gauge("\(prefix)_http_requests_in_flight", help: "HTTP requests being handled.")
        jobs = Counter("\(prefix)_jobs_processed_total", help: "Background jobs processed.")
        jobDuration = Histogram(
            "\(prefix)_job_duration_seconds", help: "Background job run time.", unit: .seconds,
            buckets: [0.1, 1, 10, 60])
        queueDepth = Gauge("\(prefix)_queue_depth", help: "Jobs waiting in each queue.")
        dependencyErrors = Counter("\(prefix)_dependency_errors_total", help: "Failed calls to dependencies.")
        dependencyUp = Gauge("\(prefix)_dependency_up", help: "Whether each dependency answers health checks.")
        cacheBytes = Gauge("\(prefix)_cache_size_bytes", help: "Memory held by the in-process cache.", unit: .bytes)
    }

    /// The declarations, for a service body.
    var all: [MetricDeclaration] {
        [
            requests.declaration, latency.declaration, responseBytes.declaration, inFlight.declaration,
            jobs.declaration, jobDuration.declaration, queueDepth.declaration, dependencyErrors.declaration,
            dependencyUp.declaration, cacheBytes.declaration,
        ]
    }
}
