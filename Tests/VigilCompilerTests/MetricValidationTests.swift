import Testing
import VigilBackends
import VigilCompiler
import VigilDSL
import VigilModel

@Suite("Validation: metric declarations")
struct MetricValidationTests {
    enum HTTP: String, LabelKey { case method, status }
    enum Bucketed: String, LabelKey { case le }
    enum Quantiled: String, LabelKey { case quantile }
    enum Invalid: String, LabelKey {
        case bad = "9bad"
        case reserved = "__x"
        case job
    }

    static func stack(@ServiceBuilder _ metrics: () -> [ServiceElement]) -> Stack {
        Stack("shop") { Service("api", scrape: .target("api:8080"), content: metrics) }
    }

    @Test("well-named metrics have no diagnostics")
    func valid() throws {
        let stack = Self.stack {
            Counter<HTTP>("http_requests_total", help: "Requests.")
            Histogram<HTTP>("http_request_duration_seconds", help: "Latency.", unit: .seconds, buckets: [0.1, 0.5, 1])
            Summary<NoLabels>("rpc_duration_seconds", help: "RPC latency.", quantiles: [0.5, 0.99])
            Gauge<NoLabels>("queue_depth", help: "Jobs waiting.")
        }
        #expect(try Fixtures.diagnostics([stack]).isEmpty)
    }

    @Test("invalid-metric-name", arguments: ["http-requests_total", "9lives", "", "ünits"])
    func invalidName(name: String) throws {
        let stack = Self.stack { Gauge<NoLabels>(name, help: "x") }
        #expect(try Fixtures.ids([stack]) == ["invalid-metric-name"])
    }

    @Test("counter-name-suffix is a warning")
    func counterSuffix() throws {
        let diagnostics = try Fixtures.diagnostics([Self.stack { Counter<NoLabels>("http_requests", help: "x") }])
        #expect(diagnostics.map(\.id) == ["counter-name-suffix"])
        #expect(diagnostics[0].severity == .warning)
    }

    @Test(
        "non-base-unit is a warning",
        arguments: ["request_latency_ms", "payload_kb", "uptime_hours", "requests_ms_total"])
    func nonBaseUnit(name: String) throws {
        let diagnostics = try Fixtures.diagnostics([Self.stack { Gauge<NoLabels>(name, help: "x") }])
        #expect(diagnostics.map(\.id) == ["non-base-unit"])
        #expect(diagnostics[0].severity == .warning)
    }

    @Test("non-base-unit is not reported for a metric declared in the unit its name carries")
    func declaredNonBaseUnit() throws {
        let stack = Self.stack {
            Histogram<NoLabels>("request_latency_ms", help: "x", unit: .milliseconds, buckets: [50, 100])
            Histogram<NoLabels>("upload_latency_ms", help: "x", unit: .seconds, buckets: [1, 2])
        }
        let diagnostics = try Fixtures.diagnostics([stack])
        #expect(diagnostics.map(\.id) == ["non-base-unit"])
        #expect(diagnostics.first?.message.contains("upload_latency_ms") == true)
    }

    @Test("invalid-label-name and reserved-label on metric labels")
    func labels() throws {
        let diagnostics = try Fixtures.diagnostics([Self.stack { Gauge<Invalid>("things", help: "x") }])
        #expect(diagnostics.map(\.id).sorted() == ["invalid-label-name", "invalid-label-name", "reserved-label"])
    }

    @Test("reserved-label: le on a histogram, quantile on a summary")
    func reservedLabels() throws {
        let stack = Self.stack {
            Histogram<Bucketed>("a_seconds", help: "x", buckets: [1])
            Summary<Quantiled>("b_seconds", help: "x", quantiles: [0.5])
        }
        #expect(try Fixtures.ids([stack]) == ["reserved-label", "reserved-label"])
    }

    @Test("invalid-buckets", arguments: [[1.0, 0.5], [0.1, 0.1], [1, .infinity]])
    func invalidBuckets(buckets: [Double]) throws {
        let stack = Self.stack { Histogram<NoLabels>("a_seconds", help: "x", buckets: buckets) }
        #expect(try Fixtures.ids([stack]) == ["invalid-buckets"])
    }

    @Test("invalid-quantiles", arguments: [[0.5, 99], [0], [1]])
    func invalidQuantiles(quantiles: [Double]) throws {
        let stack = Self.stack { Summary<NoLabels>("a_seconds", help: "x", quantiles: quantiles) }
        #expect(try Fixtures.ids([stack]) == ["invalid-quantiles"])
    }

    @Test("conflicting-metric: one name, two kinds; or a histogram's series declared as a counter")
    func conflicting() throws {
        let gauge = Stack("shop") {
            Service("api") { Counter<NoLabels>("jobs_total", help: "x") }
            Service("worker") { Gauge<NoLabels>("jobs_total", help: "x") }
        }
        #expect(try Fixtures.ids([gauge]).contains("conflicting-metric"))
        let series = Self.stack {
            Histogram<NoLabels>("latency_seconds", help: "x", buckets: [1])
            Counter<NoLabels>("latency_seconds_count", help: "x")
        }
        #expect(try Fixtures.ids([series]).contains("conflicting-metric"))
    }

    @Test("one metric exported by two services is declared once")
    func shared() throws {
        let requests = Counter<HTTP>("http_requests_total", help: "Requests.")
        let stack = Stack("shop") {
            Service("api") { requests }
            Service("admin") { requests }
        }
        #expect(try Fixtures.diagnostics([stack]).isEmpty)
    }

    @Test("naming lints skip catalogued exporter metrics, which are named as the exporters export them")
    func catalogued() throws {
        #expect(NodeExporterMetrics.all.allSatisfy { $0.isCatalogued })
        #expect(!Counter<HTTP>("http_requests", help: "x").declaration.isCatalogued)
        let stack = Self.stack { NodeExporterMetrics.all }
        #expect(try Fixtures.diagnostics([stack]).isEmpty)
    }
}
