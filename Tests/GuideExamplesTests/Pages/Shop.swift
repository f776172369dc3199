import Vigil

/// The shop every example of the user guide (docs/guide/) monitors. Each page's examples are in an extension,
/// in the file named after the page, between `// guide:begin <name>` and `// guide:end`; the guide's Swift
/// blocks are exactly those regions (`GuideDocumentTests`), and each page's stacks compile without errors
/// (`GuideExampleTests`).
enum Shop {
    /// The API's instance as Prometheus labels its series, for alert tests.
    static let apiTarget = ["job": "shop-api", "instance": "api:8080"]

    /// The worker's instance, for alert tests.
    static let workerTarget = ["job": "shop-worker", "instance": "worker:9100"]
}
