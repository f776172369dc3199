import Testing
import VigilDSL

@testable import VigilCompiler
@testable import VigilModel

/// The dashboards rule packs bring: derived from the alerts' own definitions, so the panels follow the
/// stack's overrides.
@Suite("Rule pack dashboards")
struct PackDashboardTests {
    static func lowered(node: [PackOverride<NodeAlert>] = []) -> ResolvedStack {
        StackLowering.lower(
            Stack("hosts") {
                NodeExporter(pack: node)
                CAdvisor()
                PostgresExporter(
                    address: "postgres:5432", database: "app", user: "exporter", password: .secret("exporter_password"))
                RedisExporter(address: "redis:6379")
                BlackboxExporter { Probe.http("https://shop.example.com/health") }
            })
    }

    static func dashboard(_ title: String, in stack: ResolvedStack) throws -> ResolvedDashboard {
        try #require(stack.dashboards.first { $0.title == title })
    }

    static func panel(_ title: String, of dashboard: ResolvedDashboard) throws -> ResolvedPanel {
        try #require(dashboard.panels.first { $0.panel.title == title })
    }

    @Test("each exporter's pack brings its dashboard in place of the metric overview, naming every alert")
    func everyPack() throws {
        let stack = Self.lowered()
        let packs: [(title: String, alerts: [String])] = [
            ("Hosts", NodeAlert.allCases.map(\.alertName)),
            ("Containers", ContainerAlert.allCases.map(\.alertName)),
            ("PostgreSQL", PostgresAlert.allCases.map(\.alertName)),
            ("Redis", RedisAlert.allCases.map(\.alertName)),
            ("Probes", BlackboxAlert.allCases.map(\.alertName)),
        ]
        for (title, alerts) in packs {
            let dashboard = try Self.dashboard(title, in: stack)
            let descriptions = dashboard.panels.compactMap(\.panel.description).joined(separator: "\n")
            for alert in alerts {
                #expect(descriptions.contains("\(alert) ("), "\(title) has no panel for \(alert)")
            }
        }
        #expect(!stack.dashboards.contains { $0.title.hasSuffix(" overview") && $0.title != "Alerts overview" })
    }

    @Test("every query is narrowed to the instances the variable chooses")
    func narrowed() throws {
        let dashboard = try Self.dashboard("Hosts", in: Self.lowered())
        #expect(dashboard.variables.map(\.variable.name) == ["instance"])
        let selectors = dashboard.panels.flatMap(\.targets).flatMap { target -> [PromQLVectorSelector] in
            guard case .promQL(let expression) = target.language else { return [] }
            return expression.tree?.selectors ?? []
        }
        #expect(selectors.count > 30)
        for selector in selectors {
            #expect(
                selector.matchers.contains(PromQLLabelMatcher("instance", .matchesRegex, "$instance")),
                "\(selector)")
        }
    }

    @Test("alerts on one signal share a panel, each range coloured by the most severe alert firing there")
    func sharedPanel() throws {
        let dashboard = try Self.dashboard("Hosts", in: Self.lowered())
        let space = try Self.panel("Free space", of: dashboard)
        #expect(space.panel.field.thresholds == Thresholds(.red, .at(0.03, .orange), .at(0.05, .green)))
        #expect(space.panel.description?.contains("NodeFilesystemAlmostOutOfSpace (warning, threshold 5%)") == true)
        #expect(space.panel.description?.contains("NodeFilesystemOutOfSpace (critical, threshold 3%)") == true)
        guard case .timeSeries(let options) = space.panel.kind else {
            Issue.record("not a time series: \(space.panel.kind)")
            return
        }
        #expect(options.thresholdsStyle == .dashed)
    }

    @Test("a tuned threshold moves its line; a disabled alert loses its panel and is listed with its reason")
    func followsOverrides() throws {
        let stack = Self.lowered(node: [
            .tune(.memoryHighUtilization, threshold: 80),
            .disable(.oomKill, because: "The kernel's OOM killer is off on these hosts."),
        ])
        let dashboard = try Self.dashboard("Hosts", in: stack)
        let memory = try Self.panel("Memory available", of: dashboard)
        #expect(memory.panel.field.thresholds == Thresholds(.orange, .at(0.2, .green)))
        #expect(!dashboard.panels.contains { $0.panel.title == "OOM kills in 5 minutes" })
        let disabled = try Self.panel("Disabled alerts", of: dashboard)
        guard case .text(let text) = disabled.panel.kind else {
            Issue.record("not a text panel: \(disabled.panel.kind)")
            return
        }
        #expect(text.content == "- `NodeOOMKill`: The kernel's OOM killer is off on these hosts.")
        let firing = try Self.panel("Firing alerts", of: dashboard)
        #expect(firing.targets.first?.text.contains("NodeOOMKill") == false)
        #expect(firing.targets.first?.text.contains("NodeCPUHighUsage") == true)
    }

    @Test("thresholds: a band either way, levels one way, and no line at all")
    func thresholds() {
        func line(_ threshold: PackSignal.Threshold, _ severity: Severity) -> PackDashboard.Line {
            PackDashboard.Line(threshold: threshold, severity: severity)
        }
        #expect(
            PackDashboard.thresholds([line(.below(-0.05), .warning), line(.above(0.05), .warning)])
                == Thresholds(.orange, .at(-0.05, .green), .at(0.05, .orange)))
        #expect(
            PackDashboard.thresholds([line(.above(0.9), .critical), line(.above(0.8), .warning)])
                == Thresholds(.green, .at(0.8, .orange), .at(0.9, .red)))
        #expect(
            PackDashboard.thresholds([line(.below(200), .warning), line(.above(400), .info)])
                == Thresholds(.orange, .at(200, .green), .at(400, .blue)))
        #expect(PackDashboard.thresholds([]) == nil)
    }
}
