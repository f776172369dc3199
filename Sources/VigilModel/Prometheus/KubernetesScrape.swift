/// How Prometheus finds a service when the stack runs on Kubernetes (``Scrape/kubernetes(_:)``). A scraped
/// service of a stack with the Kubernetes target must say it: a compose host name such as `backend:8000` seldom
/// resolves inside a cluster.
///
/// ```swift
/// .target("backend:8000").kubernetes(.service(["app.kubernetes.io/name": "backend"], port: "http-metrics"))
/// .target("worker:9100").kubernetes(.pods(["app.kubernetes.io/name": "worker"], port: "metrics"))
/// .target("db.example.com:9187").kubernetes(.staticTargets)   // reachable from the cluster as written
/// ```
public enum KubernetesScrape: Hashable, Sendable {
    /// The endpoints of the Services carrying these labels, in the stack's namespace, on the Service port of
    /// this name (a `ServiceMonitor`).
    case service([String: String], port: String)
    /// The pods carrying these labels, in the stack's namespace, on the container port of this name (a
    /// `PodMonitor`): for workloads that expose metrics without a Service.
    case pods([String: String], port: String)
    /// The scrape's own `host:port` addresses, which the cluster reaches as written (a `ScrapeConfig`).
    case staticTargets
}

extension KubernetesScrape {
    /// The labels and port name of a Service or pod selector; `nil` for static targets.
    public var selector: (labels: [String: String], port: String)? {
        switch self {
        case .service(let labels, let port), .pods(let labels, let port): (labels, port)
        case .staticTargets: nil
        }
    }
}
