import Testing
import VigilBackends
import VigilCompiler
import VigilDSL
import VigilModel

@Suite("The SLO dashboard derived from the model")
struct SLODashboardTests {
    typealias S = SLOFixtures

    @Test("a stack without SLOs gets no SLO dashboard")
    func none() {
        let stack = StackLowering.lower(Stack("bare") {})
        #expect(!stack.dashboards.contains { $0.title == "SLOs" })
    }

    @Test("a row per SLO: objective, SLI, budget left, burn rate by window, alerts")
    func panels() throws {
        let stack = S.lowered { S.availability }
        let slo = try #require(stack.slos.first)
        let dashboard = try #require(stack.dashboards.first { $0.title == "SLOs" })
        #expect(dashboard.tags == ["vigil"])
        #expect(dashboard.location == stack.location)
        #expect(
            DerivedDashboardTests.titles(dashboard) == [
                "availability: objective", "availability: SLI over 30d", "availability: error budget remaining",
                "availability: burn rate by window", "availability: alerts",
            ])
        let selector = #"{service="\#(slo.service)",slo="availability"}"#
        let objective = try #require(dashboard.panels.first { $0.panel.title == "availability: objective" })
        #expect(objective.targets.map(\.text) == ["slo:objective:ratio\(selector)"])
        #expect(objective.panel.field.unit == .percentUnit)
        let sli = try #require(dashboard.panels.first { $0.panel.title.contains("SLI") })
        #expect(sli.targets.map(\.text) == ["1 - slo:sli_error:ratio_rate30d\(selector)"])
        let burn = try #require(dashboard.panels.first { $0.panel.title.hasSuffix("burn rate by window") })
        #expect(burn.targets.count == slo.windows.count)
        #expect(burn.targets.first?.text == "slo:sli_error:ratio_rate\(slo.windows[0])\(selector) / 0.001")
        let alerts = try #require(dashboard.panels.first { $0.panel.title.hasSuffix("alerts") })
        #expect(alerts.targets.first?.text.contains(#"alertname="\#(slo.alertName)""#) == true)
        #expect(try S.diagnostics { S.availability }.filter { $0.severity == .error }.isEmpty)
    }

    @Test("absent or NaN series (no events over a window) read 'No data', never a value or a threshold's colour")
    func noData() throws {
        let stack = S.lowered { S.availability }
        let dashboard = try #require(stack.dashboards.first { $0.title == "SLOs" })
        let panels = dashboard.panels.map(\.panel)
        let values = panels.filter { panel in
            switch panel.kind {
            case .stat, .gauge, .timeSeries: true
            default: false
            }
        }
        #expect(values.count == 4)
        for panel in values {
            #expect(panel.field.noValue == "No data", "\(panel.title)")
        }
        for panel in values where panel.field.thresholds?.base == .red {
            let mapping = try #require(panel.field.mappings.first { $0.match == .special(.nullOrNaN) })
            #expect(mapping.text == "No data", "\(panel.title)")
            #expect(mapping.color != .red, "\(panel.title)")
        }
        // No query turns absence into a value (`... or vector(1)`, `absent(...)`): absent stays absent.
        let queries = dashboard.panels.flatMap(\.targets).map(\.text)
        #expect(!queries.isEmpty)
        #expect(queries.allSatisfy { !$0.contains(" or ") && !$0.contains("absent") && !$0.contains("vector(") })
    }

    @Test("the SLO dashboard passes Grafana's JSON schemas and semantic rules")
    func schema() throws {
        let stack = S.lowered { S.availability }
        let files = try DashboardSchemaTests.files(stack)
        let problems = try DashboardSchemaTests.problems(in: files, schemas: try GrafanaSchemas())
        #expect(problems.keys.contains { $0.contains("slos") })
        for (path, found) in problems {
            #expect(found.isEmpty, "\(path):\n\(found.joined(separator: "\n"))")
        }
    }
}
