import Testing
import VigilDSL

@testable import VigilBackends
@testable import VigilCompiler
@testable import VigilModel

@Suite("Self-monitoring: the stack watches itself")
struct SelfMonitoringTests {
    @Test("every stack scrapes its Prometheus with its pack and the Watchdog, each alert with a test that fires it")
    func prometheus() {
        let stack = StackLowering.lower(Stack("shop") {})
        #expect(stack.scrapeJobs.map(\.name) == ["prometheus"])
        #expect(stack.rulePacks.map(\.name) == ["prometheus"])
        let packAlerts = stack.rulePacks[0].alerts.map(\.name)
        #expect(stack.alerts.map(\.name) == packAlerts + ["Watchdog"])
        #expect(packAlerts.first == "TargetDown" && packAlerts.contains("PrometheusConfigReloadFailed"))
        let fired = Set(stack.alertTests.flatMap { $0.expectations.filter { !$0.firing.isEmpty }.map(\.alertName) })
        #expect(fired == Set(stack.alerts.map(\.name)))
    }

    @Test("a stack with an Alertmanager also scrapes it, with the Alertmanager pack")
    func alertmanager() {
        let stack = StackLowering.lower(AlertmanagerFixtures.shop, templates: AlertmanagerFixtures.templates)
        let job = stack.scrapeJobs.first { $0.name == "alertmanager" }
        #expect(job?.targets == ["alertmanager:9093"])
        let alerts = stack.alerts.filter { $0.group == "alertmanager" }.map(\.name)
        #expect(alerts == ["AlertmanagerConfigReloadFailed", "AlertmanagerNotificationsFailing"])
        #expect(stack.alertTests.filter { $0.group == "alertmanager" }.count == 4)
        #expect(stack.rulePacks.map(\.name).suffix(2) == ["prometheus", "alertmanager"])
    }
}
