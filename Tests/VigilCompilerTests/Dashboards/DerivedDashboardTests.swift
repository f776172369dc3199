import Testing
import VigilBackends
import VigilCompiler
import VigilDSL
import VigilModel

@Suite("Dashboards derived from the model")
struct DerivedDashboardTests {
    typealias F = DashboardFixtures

    static func titles(_ dashboard: ResolvedDashboard) -> [String] {
        dashboard.panels.map(\.panel.title)
    }

    @Test("every stack gets its health and its alerts overview, without spec code")
    func everyStack() throws {
        let stack = StackLowering.lower(Stack("bare") {})
        #expect(stack.dashboards.map(\.title) == ["Stack health", "Alerts overview"])
        #expect(stack.dashboards.map(\.uid) == ["bare-stack-health", "bare-alerts-overview"])
        #expect(stack.dashboards.allSatisfy { $0.tags == ["vigil"] && $0.location == stack.location })
        #expect(try Fixtures.diagnostics([Stack("bare") {}]).isEmpty)
        let health = Self.titles(stack.dashboards[0])
        #expect(health.contains("Targets") && health.contains("Rule evaluation failures"))
    }

    @Test(
        "the alerts overview counts firing alerts per severity the stack uses, but the Watchdog's; Alertmanager's health"
    )
    func alerts() throws {
        let receiver = Receiver("chat", .slack(channel: "#ops", webhook: .secret("slack_url")))
        let stack = StackLowering.lower(
            Stack("s") {
                Alertmanager(defaultReceiver: receiver, watchdog: Watchdog(to: receiver))
                Service("api", scrape: .target("api:8080")) {
                    F.inFlight
                    Alert("Busy", severity: .info) { F.inFlight > 10 }
                }
            })
        #expect(!stack.dashboards.contains { $0.title == "alertmanager overview" })
        let health = try #require(stack.dashboards.first { $0.title == "Stack health" })
        #expect(Self.titles(health).suffix(2) == ["Alertmanager configuration", "Notifications by integration"])
        let overview = try #require(stack.dashboards.first { $0.title == "Alerts overview" })
        #expect(
            Array(Self.titles(overview).prefix(4)) == [
                "Firing: critical", "Firing: warning", "Firing: info", "Pending",
            ])
    }

    @Test("a service overview: targets, rates with server errors, distributions, values")
    func serviceOverview() throws {
        let overview = try #require(F.resolvedShop.dashboards.first { $0.title == "api overview" })
        #expect(overview.tags == ["vigil", "api"])
        #expect(
            Self.titles(overview) == [
                "Targets up", "http_requests_total", "http_requests_total: server errors",
                "http_request_duration_seconds: p50, p90, p99", "http_request_duration_seconds",
                "http_requests_in_flight",
            ])
        let errors = try #require(overview.panels.first { $0.panel.title.hasSuffix("server errors") })
        #expect(
            errors.targets.map(\.text) == [
                #"sum(rate(http_requests_total{job="api",status=~"5.."}[5m])) / sum(rate(http_requests_total{job="api"}[5m]))"#
            ])
        let rates = try #require(overview.panels.first { $0.panel.title == "http_requests_total" })
        #expect(rates.targets.map(\.text) == [#"sum by (method) (rate(http_requests_total{job="api"}[5m]))"#])
        #expect(rates.targets.map(\.legendFormat) == ["{{method}}"])
    }

    @Test("a service without metrics gets no overview; a kind with many metrics a collapsed row")
    func sizes() throws {
        let many = (0..<7).map { Gauge<NoLabels>("gauge_\($0)", help: "A gauge.").declaration }
        let stack = StackLowering.lower(
            Stack("s") {
                Service("quiet", scrape: .target("quiet:80"))
                Service("busy", scrape: .target("busy:80")) { many }
            })
        #expect(!stack.dashboards.contains { $0.title == "quiet overview" })
        let busy = try #require(stack.dashboards.first { $0.title == "busy overview" })
        let rows = busy.items.compactMap { item -> ResolvedRow? in
            guard case .row(let row) = item else { return nil }
            return row
        }
        #expect(rows.map(\.title) == ["Targets", "Values"])
        #expect(rows.map(\.collapsed) == [false, true])
        let diagnostics = try Fixtures.diagnostics([Stack("s") { Service("busy", scrape: .target("busy:80")) { many } }]
        )
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty)
    }

    @Test("every query of a derived dashboard is a syntax tree built as such, never text printed and parsed again")
    func builtTrees() throws {
        let stacks =
            [F.resolvedShop, PackDashboardTests.lowered(), SLOFixtures.lowered { SLOFixtures.availability }]
            + ComponentPack.allCases.map { StackLowering.lower($0.stack()) }
        let derived = stacks.flatMap(\.dashboards).filter { $0.tags.contains(ResolvedDashboard.derivedTag) }
        let titles = Set(derived.map(\.title))
        #expect(
            titles.isSuperset(of: [
                "Stack health", "Alerts overview", "SLOs", "api overview", "Hosts", "Containers", "PostgreSQL",
                "Redis", "Probes",
            ]))
        #expect(ComponentPack.allCases.allSatisfy { pack in derived.contains { $0.tags.contains(pack.job) } })
        for dashboard in derived {
            let expressions =
                dashboard.panels.flatMap(\.targets).compactMap { target -> ResolvedExpression? in
                    guard case .promQL(let expression) = target.language else { return nil }
                    return expression
                } + dashboard.variables.compactMap(\.expression)
            #expect(!expressions.isEmpty)
            for expression in expressions {
                #expect(
                    expression.rawText == nil && expression.tree != nil,
                    "\(dashboard.title): \(expression.rawText ?? "no tree")")
            }
        }
    }
}
