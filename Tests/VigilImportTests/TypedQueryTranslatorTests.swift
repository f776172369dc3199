import Testing
import VigilCore
import VigilModel

@testable import VigilImport

@Suite("import: queries written with the typed builder")
struct TypedQueryTranslatorTests {
    /// The metrics the queries read, as the importer infers them.
    static let translator = TypedQueryTranslator(
        vocabulary: QueryMetric.vocabulary(of: [
            metric("http_requests_total", .counter, labels: ["status", "handler"]),
            metric("http_request_duration_seconds", .histogram, labels: ["route"]),
            metric("queue_depth", .gauge, labels: ["queue_name"]),
        ]))

    static func metric(_ name: String, _ kind: MetricKind, labels: [String]) -> InferredMetric {
        InferredMetric(
            name: name, kind: kind, kindReason: "", isUncertain: false,
            labels: Dictionary(uniqueKeysWithValues: labels.map { ($0, "") }), firstUse: InputLocation(file: "t.yml"))
    }

    /// Each construct the builder has: the input and the Swift it is written as.
    static let typed: [(promQL: String, swift: String)] = [
        (
            #"rate(http_requests_total{job="api",status=~"5.."}[5m]) > 0.05"#,
            #"rate(httpRequestsTotal.job("api").where(.status, matches: "5.."), over: .minutes(5)) > 0.05"#
        ),
        (
            #"sum by (status, job) (increase(http_requests_total{handler!="/health"}[1h])) >= 10"#,
            #"sum(increase(httpRequestsTotal.where(.handler, notEquals: "/health"), over: .hours(1)), by: [.status], plus: [.job]) >= 10"#
        ),
        (
            "histogram_quantile(0.95, sum by (le, route) (rate(http_request_duration_seconds_bucket[5m]))) > 2",
            "histogramQuantile(0.95, httpRequestDurationSeconds, over: .minutes(5), by: [.route]) > 2"
        ),
        (
            "rate(http_request_duration_seconds_sum[5m]) / rate(http_request_duration_seconds_count[5m]) > 1",
            "rate(httpRequestDurationSeconds.sum, over: .minutes(5)) / rate(httpRequestDurationSeconds.count, over: .minutes(5)) > 1"
        ),
        ("up == 0", "PrometheusServerMetrics.up.equals(0)"),
        (
            "1 - avg_over_time(queue_depth[10m]) / 100 < 0.5",
            "1 - overTime(.avg, queueDepth, over: .minutes(10)) / 100 < 0.5"
        ),
        (
            "queue_depth > 100 and on (instance) deriv(queue_depth[15m]) > 0",
            "(queueDepth > 100).and(deriv(queueDepth, over: .minutes(15)) > 0).on([], plus: [.instance])"
        ),
        (
            "(sum(increase(http_requests_total[30m])) or vector(0)) == 0",
            "sum(increase(httpRequestsTotal, over: .minutes(30))).or(vector(0)).equals(0)"
        ),
        ("absent(up{job=\"api\"})", "absent(PrometheusServerMetrics.up.job(\"api\"))"),
        (
            "queue_depth / ignoring (instance, queue_name) group_left (zone) queue_depth > 2",
            #"(queueDepth / queueDepth).ignoring(names: ["instance", "queue_name"]).groupLeft(including: ["zone"]) > 2"#
        ),
        (
            "rate(http_requests_total[5m]) * on (status, job) group_left sum by (status, job) (rate(http_requests_total[1h])) > 1",
            "(rate(httpRequestsTotal, over: .minutes(5)) * sum(rate(httpRequestsTotal, over: .hours(1)), by: [.status], plus: [.job])).on([.status], plus: [.job]).groupLeft() > 1"
        ),
    ]

    @Test(
        "each construct the builder has is written typed, and the builder builds the input's tree",
        arguments: typed.indices)
    func typedConstructs(index: Int) throws {
        let (promQL, swift) = Self.typed[index]
        let tree = try PromQLExpression(parsing: promQL)
        let query = try #require(Self.translator.alert(tree), "\(promQL)")
        #expect(query.swift == swift)
        #expect(query.expression == tree)
        #expect(query.fragments == 0)
    }

    /// Recording rules' queries, any vector: the input and the Swift it is written as.
    static let records: [(promQL: String, swift: String)] = [
        ("queue_depth > bool 10", "(queueDepth > 10).asBool"),
        (
            "sum without (handler) (rate(http_requests_total[5m]))",
            "aggregate(.sum, rate(httpRequestsTotal, over: .minutes(5)), without: [.handler])"
        ),
        ("count by (queue_name) (queue_depth)", "count(queueDepth, by: [.queueName])"),
        ("topk(3, queue_depth)", "topk(3, queueDepth)"),
        ("vector(0.5)", "vector(0.5)"),
        ("time() - queue_depth offset 1h", "time() - queueDepth.offset(.hours(1))"),
    ]

    @Test("recording rules take any vector: a bool comparison, sum without, count, topk, vector()")
    func recordQueries() throws {
        for (promQL, swift) in Self.records {
            let tree = try PromQLExpression(parsing: promQL)
            let query = try #require(Self.translator.record(tree), "\(promQL)")
            #expect(query.swift == swift)
            #expect(query.expression == tree)
        }
    }

    @Test("a part the builder cannot express is embedded as a PromQL fragment around typed metrics")
    func fragments() throws {
        let tree = try PromQLExpression(parsing: "rate(http_requests_total[5m]) / job:http_requests:rate5m > 2")
        let query = try #require(Self.translator.alert(tree))
        #expect(query.swift == #"rate(httpRequestsTotal, over: .minutes(5)) / PromQL("job:http_requests:rate5m") > 2"#)
        #expect(query.fragments == 1)
        #expect(query.expression == tree)
    }

    /// Queries that stay raw: a metric read against its kind, labels the metric's enum lacks or a `by` order the
    /// builder does not write, operators it has not, and queries that would be nothing but fragments.
    static let raw = [
        "rate(queue_depth[5m]) > 1",
        "deriv(http_requests_total[5m]) > 1",
        #"queue_depth{instance="a:9100"} > 1"#,
        "sum by (job, status) (rate(http_requests_total[5m])) > 1",
        "queue_depth % 2 == 1",
        "job:http_requests:rate5m > 2",
        "queue_depth",
        "0 < queue_depth",
        #"count_values("depth", queue_depth) > 1"#,
        "-queue_depth < 1",
    ]

    @Test("queries the builder cannot express exactly stay raw", arguments: raw)
    func staysRaw(promQL: String) throws {
        #expect(Self.translator.alert(try PromQLExpression(parsing: promQL)) == nil)
    }

    @Test(
        "the Swift written for each construct (alerts and records) compiles against the builder, on the metrics as the import declares them"
    )
    func compiles() throws {
        let metrics = MetricsSource(
            stack: "Shop",
            metrics: [
                Self.metric("http_requests_total", .counter, labels: ["status", "handler"]),
                Self.metric("http_request_duration_seconds", .histogram, labels: ["route"]),
                Self.metric("queue_depth", .gauge, labels: ["queue_name"]),
            ])
        var rules = [
            "import Vigil", "", "extension Shop {", "    @ServiceBuilder static var rules: [ServiceElement] {",
        ]
        for (index, (_, swift)) in Self.typed.enumerated() {
            rules.append("        Alert(\"A\(index)\", severity: .warning) { \(swift) }")
        }
        for (index, (_, swift)) in Self.records.enumerated() {
            rules.append("        Record(\"r\(index)\") { \(swift) }")
        }
        rules += ["    }", "}", ""]
        let files = [
            (name: "Shop.swift", text: "import Vigil\n\nenum Shop {}\n"),
            (name: "Shop+Metrics.swift", text: metrics.text),
            (name: "Shop+Alerts.swift", text: rules.joined(separator: "\n")),
        ]
        guard let result = try SwiftTypeCheck.check(files) else { return }
        #expect(result.passed, "\(result.output)")
    }

    @Test("the import counts the rules written typed and raw")
    func styles() throws {
        let plan = try Importer(stackName: "Shop").plan(ruleFiles: [try Fixtures.ruleFile, try Fixtures.prometheusRule])
        let styles = plan.queryStyles
        #expect(styles.typed + styles.raw == 6)
        #expect(styles.typed >= 4, "\(styles)")
        #expect(styles.description.hasSuffix("\(styles.raw) as raw PromQL"))
    }
}
