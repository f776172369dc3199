import Foundation
import Testing
import VigilCompiler
import VigilDSL
import VigilEndToEnd

/// The runner against the real prometheus and alertmanager, on a small stack made to pass and the
/// same stack with a rule that only fails when Prometheus evaluates it.
@Suite("End-to-end runner")
struct EndToEndRunnerTests {
    enum Request: String, LabelKey { case method }
    static let requests = Counter<Request>("api_requests_total", help: "Requests handled.")
    static let errors = Counter<Request>("api_errors_total", help: "Requests that failed.")

    static let oncall = Receiver("oncall", .pagerDuty(routingKey: .secret("pager_key")))
    static let chat = Receiver("chat", .slack(channel: "#api", webhook: .secret("slack_url")))

    /// A scraped service with an SLO, and routing that pages on critical alerts.
    static func stack(@ServiceBuilder extra: () -> [ServiceElement] = { [] }) -> Stack {
        let elements = extra()
        // The SLO's 30-day window and 3-day alert windows: Prometheus keeps 33 days.
        return Stack("e2e-fixture", prometheus: Prometheus(retention: .days(33))) {
            Service("api", scrape: .target("api:8080")) {
                requests
                errors
                SLO("availability", objective: 99%) { Ratio(errors: errors, total: requests) }
                elements
            }
            Alertmanager(defaultReceiver: chat, groupBy: [.alertname, .severity]) {
                Route(.severity(.critical), to: oncall)
            }
        }
    }

    /// The package's `templates/` folder, which the receivers' notification templates come from.
    static let templates: TemplateLibrary = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return try! TemplateLibrary(contentsOf: root.appendingPathComponent("templates"))
    }()

    static func run(_ stack: Stack) throws -> EndToEndReport {
        let compiled = try Compiler().compile([stack], templates: templates)
        #expect(!compiled.hasErrors, "the fixture must pass validation: \(compiled.diagnostics)")
        return EndToEndRunner().run(StackLowering.lower(stack, templates: templates))
    }

    @Test("a valid stack passes: targets up, rules healthy, alerts fire, route, inhibit and resolve")
    func validStackPasses() throws {
        let report = try Self.run(Self.stack())
        #expect(report.failures == [])
        #expect(report.passed.contains("every target up"))
        #expect(report.passed.contains { $0.hasPrefix("every service target down: fires") })
        #expect(report.passed.contains { $0.hasPrefix("metric faults (SLO 'availability' of api burning): fires") })
        #expect(report.passed.contains { $0.hasPrefix("metric faults (SLO 'availability' of api burning): resolves") })
    }

    @Test("a many-to-many vector match, which only fails at evaluation time, fails the run")
    func evaluationFailureFails() throws {
        let report = try Self.run(
            Self.stack {
                Record("api:error_ratio:rate1m") {
                    PromQL("rate(api_errors_total[1m]) / on (job) rate(api_requests_total[1m])")
                }
            })
        #expect(!report.succeeded)
        let failure = report.failures.first { $0.hasPrefix("every rule loaded and evaluated without error") }
        #expect(failure?.contains("api:error_ratio:rate1m") == true)
        #expect(failure?.contains("many-to-many matching not allowed") == true)
    }
}
