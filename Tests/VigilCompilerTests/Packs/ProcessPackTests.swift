import Foundation
import Testing
import VigilDSL

@testable import VigilBackends
@testable import VigilCompiler
@testable import VigilModel

/// The process pack: a service that declares `ProcessMetrics.all` brings it, tuned on the service.
@Suite("The process rule pack")
struct ProcessPackTests {
    static func stack(processMetrics: Bool = true, _ pack: [PackOverride<ProcessAlert>] = []) -> Stack {
        Stack("shop") {
            Service("api", scrape: .target("api:8000"), pack: pack) {
                Gauge<NoLabels>("jobs_queued", help: "Jobs waiting.")
                if processMetrics { ProcessMetrics.all }
            }
            Service("worker", scrape: .target("worker:8000")) {
                Gauge<NoLabels>("jobs_done", help: "Jobs done.")
            }
        }
    }

    @Test("declaring ProcessMetrics.all brings every alert on the service's job, tested; other services get none")
    func defaults() throws {
        let stack = StackLowering.lower(Self.stack())
        let pack = try #require(stack.rulePacks.first { $0.name == "process" })
        #expect(pack.job == "api" && pack.alerts.map(\.name) == ProcessAlert.allCases.map(\.alertName))
        #expect(stack.rulePacks.filter { $0.name == "process" }.count == 1)
        #expect(stack.alerts.filter { $0.group == "api" }.map(\.name) == ProcessAlert.allCases.map(\.alertName))
        #expect(!stack.alerts.contains { $0.group == "worker" })
        for alert in ProcessAlert.allCases {
            #expect(stack.alertTests.filter { $0.expectations.contains { $0.alertName == alert.alertName } }.count == 2)
        }
        #expect(pack.healthyValues[ProcessMetrics.maxFileDescriptors.name] == 1_048_576)
        let diagnostics = try ComponentFixtures.compile([Self.stack()]).diagnostics
        #expect(diagnostics.isEmpty, "\(diagnostics)")
    }

    @Test("the service tunes and disables the pack's alerts, and the generated tests pass promtool")
    func tunedPassesPromtool() throws {
        let stack = Self.stack([
            .tune(.fileDescriptorsNearLimit, threshold: 90, for: .minutes(5)), .tune(.restarting, threshold: 5),
        ])
        let lowered = StackLowering.lower(stack)
        let entries = try #require(lowered.rulePacks.first { $0.name == "process" }).alerts
        #expect(entries.map(\.threshold) == ["90%", "5"] && entries.allSatisfy(\.tuned))
        for stack in [Self.stack(), stack] {
            let directory = try TemporaryDirectory()
            _ = try OutputWriter(root: directory.url).write(
                try ComponentFixtures.compile([stack]).outputs, removeUndeclaredStacks: true)
            let run = try ToolRunner().run(
                "promtool", ["test", "rules", "prometheus/tests/api.yml"],
                in: directory.url.appendingPathComponent(stack.name))
            #expect(run.succeeded, "\(run.output)")
        }
        let disabled = StackLowering.lower(Self.stack([.disable(.restarting, because: "It restarts nightly.")]))
        #expect(!disabled.alerts.contains { $0.name == ProcessAlert.restarting.alertName })
    }

    @Test("overriding the pack on a service without the process metrics is a located diagnostic")
    func overrideWithoutMetrics() throws {
        let override = PackOverride<ProcessAlert>.tune(.restarting, threshold: 3)
        let diagnostics = try ComponentFixtures.compile([Self.stack(processMetrics: false, [override])]).diagnostics
        let found = try #require(diagnostics.first { $0.id == "invalid-pack-override" }, "\(diagnostics)")
        #expect(found.message.hasPrefix("process pack: ProcessRestarting is not deployed: the service does not"))
        #expect(found.location.line == override.location.line)
    }

    @Test("a restart threshold the firing test cannot exceed is a located diagnostic, unless the for gives it time")
    func restartThresholdBeyondTheTest() throws {
        let override = PackOverride<ProcessAlert>.tune(.restarting, threshold: 10)
        let diagnostics = try ComponentFixtures.compile([Self.stack([override])]).diagnostics
        let found = try #require(diagnostics.first { $0.id == "invalid-pack-override" }, "\(diagnostics)")
        #expect(found.message == "process pack: the threshold 10 of ProcessRestarting is out of range")
        #expect(found.hint == "its firing test can prove at most 9 with this `for`")
        #expect(found.location.line == override.location.line)
        let longer = Self.stack([.tune(.restarting, threshold: 10, for: .minutes(5))])
        #expect(try ComponentFixtures.ids(longer).isEmpty)
    }
}
