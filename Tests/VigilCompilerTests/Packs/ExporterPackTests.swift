import Foundation
import Testing
import VigilDSL

@testable import VigilBackends
@testable import VigilCompiler
@testable import VigilModel

/// The blackbox, containers, postgres and redis rule packs: what declaring the exporter brings, and what
/// their overrides change, through the same machinery as the node pack.
@Suite("The exporters' rule packs")
struct ExporterPackTests {
    @Test(
        "declaring the exporter brings every alert, each with a firing and a quiet test, clean",
        arguments: ExporterPack.allCases)
    func defaults(_ pack: ExporterPack) throws {
        let stack = StackLowering.lower(pack.stack())
        PackExpectations.everyAlertTested(pack.alertNames, job: pack.job, in: stack)
        #expect(try ComponentFixtures.ids(pack.stack()).isEmpty)
        let resolved = try #require(stack.rulePacks.first)
        #expect(resolved.name == pack.rawValue && resolved.job == pack.job)
        #expect(resolved.alerts.map(\.name) == pack.alertNames && resolved.disabled.isEmpty)
        #expect(resolved.alerts.allSatisfy { !$0.meaning.isEmpty && !$0.firstSteps.isEmpty && !$0.tuned })
        #expect(!resolved.healthyValues.isEmpty)
    }

    @Test(
        "thresholds, for and routing are tuned by alert, marked tuned, and stay clean", arguments: ExporterPack.allCases
    )
    func tune(_ pack: ExporterPack) throws {
        let stack = StackLowering.lower(pack.stack(.tuned))
        let entries = try #require(stack.rulePacks.first).alerts
        let tuned = try #require(entries.first { $0.name == pack.tunedAlert.name })
        #expect(tuned.threshold == pack.tunedAlert.threshold && tuned.tuned)
        #expect(entries.filter(\.tuned).count >= 2)
        #expect(try ComponentFixtures.ids(pack.stack(.tuned)).isEmpty)
    }

    @Test("a disabled alert is gone with its tests, and the README says why", arguments: ExporterPack.allCases)
    func disable(_ pack: ExporterPack) throws {
        let stack = StackLowering.lower(pack.stack(.disabled))
        #expect(!stack.alerts.contains { $0.name == pack.disabledAlert })
        #expect(!stack.alertTests.contains { $0.name.hasPrefix(pack.disabledAlert + " ") })
        let readme = try #require(try ComponentFixtures.files(pack.stack(.disabled))["README.md"])
        let reason = try #require(stack.rulePacks.first?.disabled.first?.reason)
        #expect(readme.contains("- `\(pack.disabledAlert)`: \(reason)"))
        #expect(!readme.contains("### \(pack.disabledAlert)\n"))
        #expect(readme.contains("### The \(pack.rawValue) pack (job `\(pack.job)`)"))
    }

    @Test(
        "an override the pack cannot apply is a located diagnostic",
        arguments: ExporterPack.allCases, [ExporterPack.Overrides.thresholdless, .outOfRange, .tunedAndDisabled])
    func invalid(_ pack: ExporterPack, _ overrides: ExporterPack.Overrides) throws {
        try PackExpectations.invalidOverrideReported(
            in: pack.stack(overrides), pack: pack.rawValue, declaredIn: "ExporterPack.swift")
    }

    @Test("the generated tests pass promtool, defaults and tuned", arguments: ExporterPack.allCases)
    func promtool(_ pack: ExporterPack) throws {
        try PackExpectations.promtoolPasses(job: pack.job) { pack.stack($0) }
    }

    @Test("an override of another pack's alert, through a declaration of one's own, is a located problem")
    func foreignOverride() throws {
        let override = PackOverride<NodeAlert>.tune(.cpuHighUsage, threshold: 80)
        let exporter = Exporter(
            .redis(address: "cache:6379", password: nil), job: "redis", version: nil, scrapeInterval: nil, body: [],
            pack: [override], location: override.location)
        struct Declared: ExporterDeclaration { let exporter: Exporter }
        let stack = StackLowering.lower(Stack("cache") { Declared(exporter: exporter) })
        let problem = try #require(stack.rulePacks.first?.problems.first)
        #expect(problem.message == "the override is for another pack's alert")
        #expect(problem.location.line == override.location.line)
    }

    @Test("ProbeFailed takes the declaration's failure severity and for, untuned")
    func probeFailedDefaults() throws {
        let stack = StackLowering.lower(
            Stack("probes") {
                BlackboxExporter(failureSeverity: .warning, failingFor: .minutes(7)) { Probe.tcp("db:5432") }
            })
        let alert = try #require(stack.alerts.first { $0.name == BlackboxAlert.probeFailed.alertName })
        #expect(alert.severity == .warning && alert.duration == .minutes(7))
        let entry = try #require(stack.rulePacks.first?.alerts.first { $0.name == alert.name })
        #expect(!entry.tuned)
        let test = try #require(stack.alertTests.first { $0.name.hasPrefix("ProbeFailed fires") })
        #expect(test.expectations.first?.time == .minutes(17))
    }
}
