import Testing
import VigilDSL

@Suite("Metric declarations")
struct MetricTests {
    enum HTTP: String, LabelKey { case method, endpoint, status }

    @Test("a declaration keeps its kind, labels, buckets and where it was written")
    func declaration() {
        let line = #line + 1
        let latency = Histogram<HTTP>(
            "http_request_duration_seconds", help: "Latency.", unit: .seconds, buckets: [0.1, 1])
        let declaration = latency.declaration
        #expect(declaration.kind == .histogram)
        #expect(declaration.labelNames == ["method", "endpoint", "status"])
        #expect(declaration.buckets == [0.1, 1])
        #expect(declaration.unit == .seconds)
        #expect(declaration.location.line == line)
    }

    @Test(
        "series names by kind",
        arguments: [
            (MetricKind.counter, ["x"]), (.gauge, ["x"]), (.histogram, ["x_bucket", "x_sum", "x_count"]),
            (.summary, ["x", "x_sum", "x_count"]),
        ])
    func seriesNames(kind: MetricKind, expected: [String]) {
        let declaration = MetricDeclaration(
            name: "x", kind: kind, help: "", unit: nil, labelNames: [], location: SourceLocation())
        #expect(declaration.seriesNames == expected)
    }

    @Test("NoLabels has no label names")
    func noLabels() {
        #expect(Gauge<NoLabels>("up_things", help: "x").declaration.labelNames.isEmpty)
    }

    @Test("a service body lists the metrics it exports")
    func serviceBody() {
        let requests = Counter<HTTP>("http_requests_total", help: "Requests.")
        let inFlight = Gauge<NoLabels>("http_requests_in_flight", help: "In flight.")
        let service = Service("api", scrape: .target("api:8080")) {
            requests
            inFlight
        }
        #expect(service.metrics.map(\.name) == ["http_requests_total", "http_requests_in_flight"])
        #expect(service.metrics.map(\.kind) == [.counter, .gauge])
    }
}
