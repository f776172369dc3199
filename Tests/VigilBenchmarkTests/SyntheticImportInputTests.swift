import Testing
import VigilImport

@testable import vigil_bench

@Suite("import benchmark: its synthetic input")
struct SyntheticImportInputTests {
    @Test("the rule file has the rules asked for, whole groups of one job each, and imports to a service a job")
    func ruleFile() throws {
        let plan = try Importer(stackName: "Bench").plan(
            ruleFiles: [("rules.yml", SyntheticImportInput.ruleFile(rules: 1000))])
        #expect(plan.groups.count == 100)
        #expect(plan.groups.flatMap(\.rules).count == 1000)
        #expect(plan.services.count == 100)
    }

    @Test("a small workload of rules and dashboards imports and verifies, as the benchmark requires")
    func verifies() throws {
        let plan = try Importer(stackName: "Bench").plan(
            ruleFiles: [("rules.yml", SyntheticImportInput.ruleFile(rules: 20))],
            dashboardFiles: try SyntheticImportInput.dashboards(2))
        #expect(plan.dashboards.map(\.title) == ["Dashboard 0", "Dashboard 1"])
        let rules = try RuleFidelity(plan: plan)
        let dashboards = try DashboardFidelity(plan: plan)
        #expect(rules.comparedRules == 20)
        #expect(dashboards.comparedPanels == 24)
        #expect(
            rules.mismatches.isEmpty && dashboards.mismatches.isEmpty, "\(rules.mismatches + dashboards.mismatches)")
    }
}
