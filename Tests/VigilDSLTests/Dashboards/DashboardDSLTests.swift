import Foundation
import Testing
import VigilDSL

@Suite("Dashboard declarations")
struct DashboardDSLTests {
    enum HTTP: String, LabelKey { case method, status }
    static let requests = Counter<HTTP>("http_requests_total", help: "Requests.")
    static let latency = Histogram<HTTP>("http_request_duration_seconds", help: "Latency.", buckets: [0.5, 1])

    @Test("panels, rows and variables are statements; modifiers return changed copies")
    func statements() {
        let dashboard = Dashboard("D") {
            Variable("method", .labelValues(.method, of: Self.requests))
            Stat("Total") { sum(rate(Self.requests, over: .minutes(5))) }
            Row("R", collapsed: true) {
                TimeSeries("Rate", unit: .requestsPerSecond) { rate(Self.requests, over: .minutes(5)) }
                    .legendFormat("{{method}}")
                    .decimals(1)
                    .size(width: 8)
            }
        }
        #expect(dashboard.variables.map(\.name) == ["method"])
        #expect(dashboard.elements.count == 3)
        guard case .row(let row) = dashboard.elements[2] else {
            Issue.record("the third statement is not a row")
            return
        }
        #expect(row.collapsed)
        let panel = row.panels[0]
        #expect(panel.legendFormat == "{{method}}")
        #expect(panel.field.unit == .requestsPerSecond)
        #expect(panel.field.decimals == 1)
        #expect(panel.width == 8 && panel.height == nil)
    }

    /// A panel's fields share one box among its copies: changing a copy must copy them first.
    @Test("changing a copy of a panel leaves the panel it was copied from as it was")
    func copiesAreIndependent() {
        let original = TimeSeries("Rate", unit: .requestsPerSecond) { rate(Self.requests, over: .minutes(5)) }
            .decimals(1).panel
        var copy = original
        copy.title = "Changed"
        copy.field.decimals = 2
        copy.width = 6
        copy.queries.removeAll()
        #expect(original.title == "Rate")
        #expect(original.field.decimals == 1)
        #expect(original.width == nil)
        #expect(original.queries.count == 1)
        #expect(copy.title == "Changed" && copy.field.decimals == 2 && copy.width == 6 && copy.queries.isEmpty)
        #expect(copy.field.unit == .requestsPerSecond, "the fields not changed are the original's")
    }

    @Test("each query statement records where it was written")
    func queryLocations() {
        let line = #line + 2
        let panel = TimeSeries("Two") {
            rate(Self.requests, over: .minutes(5))
            rate(Self.requests, over: .minutes(1))
            PromQL("up")
        }.panel
        #expect(panel.queries.map(\.location.line) == [line, line + 1, line + 2])
        #expect(panel.queries[0].location.fileID == "VigilDSLTests/DashboardDSLTests.swift")
    }

    @Test("a heatmap queries the rate of each bucket, summed by le")
    func heatmap() {
        let panel = Heatmap("Latency", Self.latency.where(.method, equals: "GET"), over: .minutes(10)).panel
        guard case .built(let tree) = panel.queries.first?.expression else {
            Issue.record("the heatmap's query is not built")
            return
        }
        #expect(tree.description == #"sum by (le) (rate(http_request_duration_seconds_bucket{method="GET"}[10m]))"#)
        #expect(panel.queries.first?.legendFormat == "{{le}}")
    }

    @Test("a heatmap of a counter, a gauge or a summary does not compile")
    func heatmapNeedsAHistogram() throws {
        let text = try TypeCheck.failure(
            of: """
                import VigilDSL
                enum L: String, LabelKey { case a }
                let counter = Counter<L>("c_total", help: "c")
                let gauge = Gauge<L>("g", help: "g")
                let summary = Summary<L>("s", help: "s", quantiles: [0.5])
                let a = Heatmap("A", counter)
                let b = Heatmap("B", gauge)
                let c = Heatmap("C", summary)
                """)
        #expect(
            text.contains("a heatmap shows a histogram's buckets; for a counter plot rate() in a TimeSeries"), "\(text)"
        )
        #expect(text.contains("for a gauge use a TimeSeries or a HistogramPanel"), "\(text)")
        #expect(text.contains("a summary exports quantiles only"), "\(text)")
    }

    @Test("variable sources render as Grafana's queries expect")
    func variableSources() {
        guard case .labelValues(let label, let selector) = VariableSource.labelValues(.job, of: Self.requests) else {
            Issue.record("not a label_values source")
            return
        }
        #expect(label == "job")
        #expect(selector.name == "http_requests_total")
    }
}
