import Testing
import VigilCore
import VigilModel

@testable import VigilImport

@Suite("import: inferring metrics")
struct MetricInferenceTests {
    /// The metrics inferred from alerts on `expressions`, the last one's annotation reading `template`.
    func infer(_ expressions: [String], template: String = "", recorded: Set<String> = []) throws -> MetricInference {
        var inference = MetricInference(recorded: recorded)
        for (index, expression) in expressions.enumerated() {
            inference.add(
                ImportedRule(
                    kind: .alert, name: "A\(index)", expression: expression,
                    tree: try PromQLExpression(parsing: expression), labels: [],
                    annotations: index == expressions.count - 1 ? [("summary", template)] : [],
                    location: InputLocation(file: "f", line: index + 1)))
        }
        return inference
    }

    func metric(_ name: String, in inference: MetricInference) -> InferredMetric? {
        inference.declarations.first { $0.name == name }
    }

    @Test("rate() and _total make counters, certain only with _total")
    func counters() throws {
        let inference = try infer(["rate(jobs_done[5m]) > 1", "errors_total > 3"])
        #expect(metric("jobs_done", in: inference)?.kind == .counter)
        #expect(metric("jobs_done", in: inference)?.isUncertain == true)
        #expect(metric("jobs_done", in: inference)?.kindReason == "read with rate() in A0")
        #expect(metric("errors_total", in: inference)?.kind == .counter)
        #expect(metric("errors_total", in: inference)?.isUncertain == false)
    }

    @Test("_bucket with histogram_quantile or le makes a histogram that takes in its _sum and _count")
    func histograms() throws {
        let inference = try infer([
            "histogram_quantile(0.9, sum by (le, route) (rate(latency_seconds_bucket[5m]))) > 1",
            #"rate(size_bytes_bucket{le="1024"}[5m]) > 0"#,
            "rate(latency_seconds_sum[5m]) / rate(latency_seconds_count[5m]) > 1",
        ])
        #expect(inference.declarations.map(\.name) == ["latency_seconds", "size_bytes"])
        #expect(metric("latency_seconds", in: inference)?.kind == .histogram)
        #expect(metric("latency_seconds", in: inference)?.labels.keys.sorted() == ["route"])
        #expect(metric("size_bytes", in: inference)?.kind == .histogram)
    }

    @Test("a value read as it is makes an uncertain gauge")
    func gauges() throws {
        let gauge = metric("queue_depth", in: try infer(["queue_depth > 10"]))
        #expect(gauge?.kind == .gauge)
        #expect(gauge?.isUncertain == true)
    }

    @Test("labels come from matchers, by/without/on/ignoring clauses and templates, never job or instance")
    func labels() throws {
        let inference = try infer(
            [
                #"sum by (region) (rate(requests_total{job="api", status=~"5.."}[5m])) > 1"#,
                "sum without (pod) (memory_bytes) > 1",
                "memory_bytes > on (node) group_left (zone) node_info",
                "memory_bytes > ignoring (container) limit_bytes",
            ], template: "{{ $labels.cluster }} on {{ $labels.instance }}")
        #expect(metric("requests_total", in: inference)?.labels.keys.sorted() == ["region", "status"])
        #expect(
            metric("memory_bytes", in: inference)?.labels.keys.sorted() == ["cluster", "container", "node", "pod"])
        #expect(metric("node_info", in: inference)?.labels.keys.sorted() == ["node", "zone"])
        #expect(metric("requests_total", in: inference)?.labels["status"] == "matched in A0")
        #expect(metric("memory_bytes", in: inference)?.labels["cluster"] == "template of A3")
    }

    @Test("catalogue metrics are referenced, recorded series and ALERTS are not metrics")
    func notDeclared() throws {
        let inference = try infer(
            [
                "node_load1 > 1", "rate(container_cpu_usage_seconds_total[5m]) > 1", "job:x:rate5m > 1", "ALERTS > 0",
                "up == 0",
            ],
            recorded: ["job:x:rate5m"])
        #expect(inference.declarations.isEmpty)
        #expect(
            inference.catalogues.keys.sorted() == ["CAdvisorMetrics", "NodeExporterMetrics", "PrometheusServerMetrics"])
    }
}
