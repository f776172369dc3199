import Foundation
import Testing
import VigilDSL

@testable import VigilCompiler
@testable import VigilModel

/// Self-monitoring, the components' scrapes and the rule packs are built in the model's terms: no DSL value
/// stands between a pack's settled alerts and the `ResolvedAlert`s and `ResolvedAlertTest`s they become.
@Suite("Rule packs and self-monitoring build model values, without the DSL")
struct RulePackModelTests {
    /// The files that build self-monitoring, the component scrapes and the packs' alerts and tests.
    static let modelOnly = [
        "Sources/VigilCompiler/Stack/SelfMonitoring.swift", "Sources/VigilCompiler/Stack/ServiceRules.swift",
        "Sources/VigilCompiler/Stack/ResolvedRuleGroup+Alerts.swift", "Sources/VigilCompiler/Packs/PackRules.swift",
        "Sources/VigilCompiler/Packs/SettledPack+Rules.swift", "Sources/VigilCompiler/Packs/PackAlertDefinition.swift",
    ]

    @Test("the files that build them import the model, not the DSL", arguments: modelOnly)
    func importsNoDSL(path: String) throws {
        let source = try String(
            contentsOf: SwiftFiles.packageRoot.appendingPathComponent(path), encoding: .utf8)
        let imports = source.split(separator: "\n").filter { $0.split(separator: " ").contains("import") }
            .compactMap { $0.split(separator: " ").last.map(String.init) }
        #expect(imports.contains("VigilModel"))
        #expect(!imports.contains("VigilDSL") && !imports.contains("Vigil"), "\(path) imports \(imports)")
    }

    @Test("the Watchdog's condition is the tree vector(1), and Prometheus's job scrapes the stack")
    func watchdog() throws {
        let location = Stack("shop") {}.location
        let rules = SelfMonitoring.watchdog(
            in: ResolvedRuleGroup(name: SelfMonitoring.jobName, location: location), at: location)
        let alert = try #require(rules.alerts.first)
        #expect(rules.alerts.count == 1 && alert.name == "Watchdog")
        #expect(alert.expression?.tree == .call(PromQLCall(.vector, [.number(1)])))
        #expect(alert.expression?.rawText == nil && alert.expression?.location == location)
        #expect(alert.labels == [Label("service", "prometheus"), Label("severity", "none")])
        #expect(alert.annotations.map { $0.key } == ["description", "summary"])
        #expect(rules.tests.map { $0.name } == ["Watchdog always fires"])
        #expect(rules.tests.first?.expectations.first?.firing.count == 1)

        let stack = StackLowering.lower(Stack("shop") {})
        let job = try #require(stack.scrapeJobs.first)
        #expect(job.name == SelfMonitoring.jobName && job.scrapesStack && !job.scrapesComposeComponent)
        #expect(stack.services.first?.metrics.map(\.name) == PrometheusServerMetrics.all.map(\.name))
    }

    @Test("every condition of every pack is a tree built from its parts, never parsed text")
    func conditions() throws {
        let exporters = Stack("shop") {
            NodeExporter()
            Service("api", scrape: .target("api:8000")) { ProcessMetrics.all }
        }
        let stacks =
            [StackLowering.lower(exporters)] + SelfPack.allCases.map { StackLowering.lower($0.stack()) }
            + ComponentPack.allCases.map { StackLowering.lower($0.stack()) }
            + ExporterPack.allCases.map { StackLowering.lower($0.stack()) }
        let packAlerts = stacks.flatMap { stack in
            stack.alerts.filter { alert in stack.rulePacks.contains { $0.alerts.map(\.name).contains(alert.name) } }
        }
        let everyAlert =
            NodeAlert.allCases.map(\.alertName) + ProcessAlert.allCases.map(\.alertName)
            + SelfPack.allCases.flatMap(\.alertNames) + ComponentPack.allCases.flatMap(\.alertNames)
            + ExporterPack.allCases.flatMap(\.alertNames)
        #expect(Set(packAlerts.map(\.name)) == Set(everyAlert))
        for alert in packAlerts {
            let expression = try #require(alert.expression)
            let tree = try #require(expression.tree, "\(alert.name): \(expression.syntaxError?.message ?? "")")
            #expect(expression.rawText == nil, "\(alert.name)'s condition is text: \(expression.rawText ?? "")")
            #expect(expression.location == alert.location)
            #expect(try PromQLExpression(parsing: tree.description) == tree, "\(alert.name): \(tree)")
        }
    }

    @Test("a pack alert takes its labels as a spec alert does: the group's, then severity and service, then its own")
    func labelsMerged() throws {
        let stack = StackLowering.lower(
            Stack("shop") {
                Service(
                    "api", scrape: .target("api:8000"), ruleLabels: ["team": "shop", "tier": "1"],
                    pack: [.route(.restarting, severity: .critical, labels: ["team": "platform"])]
                ) {
                    ProcessMetrics.all
                    Alert("Busy", severity: .warning, labels: ["team": "api"]) { PromQL("vector(1)") }
                }
                NodeExporter {
                    Alert("HostsMissing", severity: .warning) { PromQL("vector(1)") }
                }
            })
        let api = stack.alerts.filter { $0.group == "api" }
        #expect(api.map(\.name) == ["Busy"] + ProcessAlert.allCases.map(\.alertName))
        let busy = try #require(api.first)
        let restarting = try #require(api.first { $0.name == ProcessAlert.restarting.alertName })
        #expect(
            busy.labels == [
                Label("service", "api"), Label("severity", "warning"), Label("team", "api"), Label("tier", "1"),
            ])
        #expect(
            restarting.labels == [
                Label("service", "api"), Label("severity", "critical"), Label("team", "platform"), Label("tier", "1"),
            ])
        let nodePack = try #require(stack.rulePacks.first { $0.name == "node" }).alerts.map(\.name)
        #expect(stack.alerts.filter { $0.group == "node" }.map(\.name) == nodePack + ["HostsMissing"])
    }
}
