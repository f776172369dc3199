import Testing
import VigilCore

@Suite("PromQL traversal")
struct PromQLTraversalTests {
    @Test("selector usages record the range and the function applied directly")
    func selectorUsages() throws {
        let expression = try PromQLExpression(
            parsing: """
                sum by (job) (rate(http_requests_total{status=~"5.."}[5m]))
                  / sum by (job) (rate(http_requests_total[5m:1m]))
                  > on (job) group_left (team) max by (job, team) (team_info)
                  + abs(deriv(temperature[10m])) * scalar(max_over_time(rate(x[1m])[1h:]))
                """)
        let usages = expression.selectorUsages
        #expect(
            usages.map(\.selector.metricName) == [
                "http_requests_total", "http_requests_total", "team_info", "temperature", "x",
            ])
        #expect(usages.map(\.function?.name) == ["rate", "rate", nil, "deriv", "rate"])
        #expect(usages.map(\.range) == [.minutes(5), .minutes(5), nil, .minutes(10), .minutes(1)])
        #expect(usages[0].selector.matchers == [PromQLLabelMatcher("status", .matchesRegex, "5..")])
        #expect(expression.selectors.count == 5)
    }

    @Test("label clauses list grouping and matching labels with the selectors they refer to")
    func labelClauses() throws {
        let expression = try PromQLExpression(
            parsing: "sum without (instance) (a) * on (job) group_left (team) b unless ignoring (x) c")
        let clauses = expression.labelClauses
        #expect(clauses.map(\.kind) == [.ignoring, .on, .groupLeft, .without])
        #expect(clauses.map(\.labels) == [["x"], ["job"], ["team"], ["instance"]])
        #expect(clauses.map { $0.selectors.map(\.metricName) } == [["a", "b", "c"], ["a", "b"], ["b"], ["a"]])
    }

    @Test("the metric name comes from the identifier or a single name matcher")
    func metricName() throws {
        let names = try ["x{a=\"b\"}", "{__name__=\"x\"}", "{\"x\", a=\"b\"}", "{__name__=~\"x|y\"}", "{a=\"b\"}"].map {
            try PromQLExpression(parsing: $0).selectors.first?.metricName
        }
        #expect(names == ["x", "x", "x", nil, nil])
    }

    @Test("visit calls parents before children in written order")
    func visitOrder() throws {
        var visited: [String] = []
        try PromQLExpression(parsing: "topk(3, a + -rate(b[1m]))").visit { visited.append($0.description) }
        #expect(
            visited == [
                "topk(3, a + -rate(b[1m]))", "3", "a + -rate(b[1m])", "a", "-rate(b[1m])", "rate(b[1m])", "b[1m]", "b",
            ])
    }
}
