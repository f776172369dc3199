import Testing
import VigilDSL

@Suite("The typed PromQL builder")
struct QueryBuilderTests {
    enum HTTP: String, LabelKey { case method, endpoint, status }
    static let requests = Counter<HTTP>("http_requests_total", help: "Requests.")
    static let latency = Histogram<HTTP>("http_request_duration_seconds", help: "Latency.", buckets: [0.1, 0.5, 1])
    static let inFlight = Gauge<NoLabels>("http_requests_in_flight", help: "In flight.")
    static let lastSuccess = Gauge<NoLabels>("backup_last_success_timestamp_seconds", help: "Last backup.")

    @Test("counters: rate, irate, increase, resets with selections")
    func counters() {
        let errors = Self.requests.where(.status, matches: "5..").where(.method, notEquals: "OPTIONS")
        #expect(
            rate(errors, over: .minutes(5)).expression.description
                == #"rate(http_requests_total{status=~"5..",method!="OPTIONS"}[5m])"#)
        #expect(irate(Self.requests, over: .minutes(1)).expression.description == "irate(http_requests_total[1m])")
        #expect(
            increase(Self.requests.job("api"), over: .hours(1)).expression.description
                == #"increase(http_requests_total{job="api"}[1h])"#)
        #expect(
            resets(Self.requests, over: .minutes(90)).expression.description == "resets(http_requests_total[1h30m])")
    }

    @Test("gauges: delta, deriv, predict_linear, *_over_time and subqueries")
    func gauges() {
        #expect(
            deriv(Self.inFlight, over: .minutes(10)).expression.description == "deriv(http_requests_in_flight[10m])")
        #expect(
            predictLinear(Self.inFlight, over: .hours(1), ahead: .hours(4)).expression.description
                == "predict_linear(http_requests_in_flight[1h], 14400)")
        #expect(
            overTime(.max, Self.inFlight, over: .minutes(5)).expression.description
                == "max_over_time(http_requests_in_flight[5m])")
        #expect(
            overTime(.max, rate(Self.requests, over: .minutes(5)), over: .hours(1), step: .minutes(1)).expression
                .description
                == "max_over_time(rate(http_requests_total[5m])[1h:1m])")
        #expect(
            quantileOverTime(0.9, Self.inFlight, over: .hours(1)).expression.description
                == "quantile_over_time(0.9, http_requests_in_flight[1h])")
    }

    @Test("histograms: the _bucket series and the le grouping are generated")
    func histograms() {
        #expect(
            histogramQuantile(0.95, Self.latency, over: .minutes(5), by: [.endpoint]).expression.description
                == "histogram_quantile(0.95, sum by (le, endpoint) (rate(http_request_duration_seconds_bucket[5m])))")
        #expect(
            histogramFraction(0, 0.5, Self.latency.where(.method, equals: "GET"), over: .minutes(5)).expression
                .description
                == #"histogram_fraction(0, 0.5, sum by (le) (rate(http_request_duration_seconds_bucket{method="GET"}[5m])))"#
        )
        #expect(
            rate(Self.latency.count, over: .minutes(5)).expression.description
                == "rate(http_request_duration_seconds_count[5m])")
    }

    @Test("aggregations keep only the grouping labels")
    func aggregations() {
        let perSecond = rate(Self.requests, over: .minutes(5))
        #expect(sum(perSecond).expression.description == "sum(rate(http_requests_total[5m]))")
        #expect(
            sum(perSecond, by: [.method], plus: [.job]).expression.description
                == "sum by (method, job) (rate(http_requests_total[5m]))")
        #expect(
            aggregate(.avg, perSecond, without: [.status]).expression.description
                == "avg without (status) (rate(http_requests_total[5m]))")
        #expect(
            topk(3, perSecond, by: [.endpoint]).expression.description
                == "topk by (endpoint) (3, rate(http_requests_total[5m]))")
        #expect(quantile(0.5, perSecond).expression.description == "quantile(0.5, rate(http_requests_total[5m]))")
        #expect(
            countValues("code", Self.requests).expression.description == #"count_values("code", http_requests_total)"#)
        #expect(max(Self.inFlight).expression.description == "max(http_requests_in_flight)")
    }

    @Test("arithmetic, comparisons and vector matching")
    func operators() {
        let errors = sum(rate(Self.requests.where(.status, matches: "5.."), over: .minutes(5)), by: [.endpoint])
        let total = sum(rate(Self.requests, over: .minutes(5)), by: [.endpoint])
        let ratio = errors / total
        #expect(
            (ratio > 0.05).expression.description
                == #"sum by (endpoint) (rate(http_requests_total{status=~"5.."}[5m])) / sum by (endpoint) (rate(http_requests_total[5m])) > 0.05"#
        )
        #expect((1 - ratio).expression.description.hasPrefix("1 - sum by (endpoint)"))
        #expect((ratio * 100 >= 5).expression.description.hasSuffix("* 100 >= 5"))
        #expect((errors / total).on([.endpoint]).expression.description.contains("/ on (endpoint) sum"))
        #expect(
            (errors / total).ignoring([.status]).groupLeft().expression.description.contains(
                "/ ignoring (status) group_left sum"))
        #expect((Self.inFlight > 100).asBool.expression.description == "http_requests_in_flight > bool 100")
        #expect(Self.inFlight.equals(0).expression.description == "http_requests_in_flight == 0")
        #expect(
            (Self.inFlight > 1).and(Self.inFlight < 10).expression.description
                == "http_requests_in_flight > 1 and http_requests_in_flight < 10")
    }

    @Test("absent, offset, freshness and clamping")
    func other() {
        #expect(absent(Self.requests.job("api")).expression.description == #"absent(http_requests_total{job="api"})"#)
        #expect(
            absentOverTime(Self.inFlight, over: .minutes(10)).expression.description
                == "absent_over_time(http_requests_in_flight[10m])")
        #expect(
            rate(Self.requests.offset(.days(1)), over: .minutes(5)).expression.description
                == "rate(http_requests_total[5m] offset 1d)")
        #expect(
            (age(Self.lastSuccess) > 3600).expression.description
                == "time() - backup_last_success_timestamp_seconds > 3600")
        #expect(clamp(Self.inFlight, 0...1).expression.description == "clamp(http_requests_in_flight, 0, 1)")
        #expect(vector(1).expression.description == "vector(1)")
    }

    @Test("every built expression parses back to the same tree")
    func roundTrip() throws {
        let built: [PromQLExpression] = [
            histogramQuantile(0.99, Self.latency, over: .minutes(5), by: [.method]).expression,
            (sum(rate(Self.requests.where(.status, matches: "5.."), over: .minutes(5)))
                / sum(rate(Self.requests, over: .minutes(5))) > 0.01).expression,
            (1 - sum(rate(Self.requests, over: .minutes(5)), by: [.endpoint])).expression,
            overTime(.avg, Self.inFlight, over: .minutes(30)).expression,
        ]
        for expression in built {
            #expect(try PromQLExpression(parsing: expression.description) == expression)
        }
    }

    @Test("raw PromQL keeps its text and its parse")
    func raw() {
        let valid = PromQL("sum(rate(http_requests_total[5m]))")
        #expect((try? valid.parsed.get()) != nil)
        let invalid = PromQL("sum(rate(http_requests_total[5m])")
        #expect((try? invalid.parsed.get()) == nil)
        #expect(invalid.text == "sum(rate(http_requests_total[5m])")
    }

    @Test("an invalid fragment stands in a built query as a literal whose problem can be read back")
    func invalidFragment() throws {
        guard case .string(let literal) = PromQL("rate(x[5m]").expression else {
            Issue.record("an unparsable fragment is not a string literal")
            return
        }
        #expect(PromQL.fragmentProblem(inLiteral: literal)?.hasPrefix(#"PromQL("rate(x[5m]") does not parse"#) == true)
        #expect(PromQL.fragmentProblem(inLiteral: "5..") == nil)
    }

    @Test("a scalar is misplaced as an aggregation's or a vector function's operand, not as a scalar argument")
    func misplacedScalar() throws {
        let scalar = PromQL("25 / 100").expression
        #expect(PromQL.placesScalarWhereVectorBelongs(sum(PromQL("25 / 100")).expression))
        #expect(!PromQL.placesScalarWhereVectorBelongs(try PromQLExpression(parsing: "histogram_quantile(0.9, x)")))
        #expect(!PromQL.placesScalarWhereVectorBelongs(try PromQLExpression(parsing: "sum(x) > 0.5")))
        #expect(!PromQL.placesScalarWhereVectorBelongs(scalar))
    }

    @Test("asked of an aggregation's, a call's or a subquery's payload, the question has the node's answer")
    func misplacedScalarInPayload() throws {
        let nodes: [PromQLExpression] = [
            sum(PromQL("25 / 100")).expression, try PromQLExpression(parsing: "sum(x)"),
            .call(PromQLCall(.abs, [.number(1)])), try PromQLExpression(parsing: "histogram_quantile(0.9, x)"),
            try PromQLExpression(parsing: "rate(x[5m])[1h:1m]"),
        ]
        for node in nodes {
            let answer: Bool? =
                switch node {
                case .aggregation(let aggregation): PromQL.placesScalarWhereVectorBelongs(aggregation)
                case .call(let call): PromQL.placesScalarWhereVectorBelongs(call)
                case .subquery(let subquery): PromQL.placesScalarWhereVectorBelongs(subquery)
                default: nil
                }
            #expect(answer == PromQL.placesScalarWhereVectorBelongs(node), "\(node)")
        }
        #expect(PromQL.placesScalarWhereVectorBelongs(PromQLCall(.abs, [.number(1)])))
    }
}

@Suite("The typed PromQL builder: set operators, vector comparisons and math")
struct QueryBuilderSetOperatorTests {
    enum Disk: String, LabelKey { case device, mountpoint }
    static let free = Gauge<Disk>("node_filesystem_avail_bytes", help: "Free bytes.")
    static let size = Gauge<Disk>("node_filesystem_size_bytes", help: "Size.")

    @Test("set operators with vector matching, on built vectors and conditions")
    func setOperators() {
        let low = (Self.free / Self.size < 0.1).and(predictLinear(Self.free, over: .hours(6), ahead: .hours(24)) < 0)
        #expect(
            low.on([.device, .mountpoint], plus: [.instance]).expression.description
                == "node_filesystem_avail_bytes / node_filesystem_size_bytes < 0.1 and on (device, mountpoint, instance) predict_linear(node_filesystem_avail_bytes[6h], 86400) < 0"
        )
        #expect(
            (Self.free / Self.size).or(Self.free).expression.description.hasSuffix(" or node_filesystem_avail_bytes"))
        #expect(
            (Self.free - Self.size).ignoring(names: ["state"]).expression.description.contains("- ignoring (state) "))
    }

    @Test("comparisons between vectors, and math functions")
    func comparisons() {
        #expect(
            (Self.free >= Self.size).expression.description
                == "node_filesystem_avail_bytes >= node_filesystem_size_bytes")
        #expect(
            (Self.free <= Self.size).expression.description
                == "node_filesystem_avail_bytes <= node_filesystem_size_bytes")
        #expect(
            Self.free.equals(Self.size).expression.description
                == "node_filesystem_avail_bytes == node_filesystem_size_bytes")
        #expect(
            math(.abs, deriv(Self.free, over: .minutes(5))).expression.description
                == "abs(deriv(node_filesystem_avail_bytes[5m]))")
    }
}
