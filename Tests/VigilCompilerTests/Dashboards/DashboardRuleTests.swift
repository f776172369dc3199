import Testing
import VigilDSL

@testable import VigilBackends
@testable import VigilCompiler
@testable import VigilModel

@Suite("Validation: rules that check one dashboard at a time")
struct DashboardRuleTests {
    typealias F = DashboardFixtures

    /// A stack with two dashboards, each with its own problems.
    static let stack = Compiler().lower([
        F.stack([
            Dashboard("One") {
                TimeSeries("Typo") { PromQL("rate(http_request_total[5m])") }
            },
            Dashboard("Two") {
                TimeSeries("Undeclared") { PromQL(#"rate(http_requests_total{handler="$handler"}[5m])"#) }
                    .thresholds(Thresholds(.green, .at(2, .orange), .at(1, .red)))
            },
        ])
    ])[0]

    static let dashboardRules = (DashboardQueryRules.all + DashboardStructureRules.all).filter {
        $0.dashboardCheck != nil
    }

    @Test("the validator runs them per dashboard and finds what each rule finds over the whole stack")
    func validatorMatchesStackChecks() {
        let byRule = DiagnosticPrinter.sorted(Self.dashboardRules.flatMap { $0.check(Self.stack) })
        #expect(byRule.map(\.id) == ["unknown-metric", "thresholds-not-ascending", "undeclared-variable"])
        let byValidator = DiagnosticPrinter.sorted(StackValidator.validate([Self.stack]))
        #expect(byValidator.map(\.message) == byRule.map(\.message))
    }

    @Test("a dashboard's checks see only that dashboard")
    func oneDashboard() {
        let context = StackRuleContext(Self.stack)
        let ids = Self.dashboardRules.compactMap(\.dashboardCheck).flatMap { $0(Self.stack.dashboards[0], context) }
            .map(\.id)
        #expect(ids == ["unknown-metric"])
    }
}
