import Foundation
import Testing
import VigilDSL

@testable import VigilBackends
@testable import VigilCompiler
@testable import VigilModel

/// The Prometheus and Alertmanager rule packs every stack brings to its own servers: what they deploy, what
/// their overrides change, and which alerts depend on what the stack runs.
@Suite("The stack's own rule packs: Prometheus and Alertmanager")
struct SelfPackTests {
    @Test("the stack brings every alert, each with a firing and a quiet test, clean", arguments: SelfPack.allCases)
    func defaults(_ pack: SelfPack) throws {
        let stack = StackLowering.lower(pack.stack(), templates: AlertmanagerFixtures.templates)
        let resolved = try #require(stack.rulePacks.first { $0.name == pack.rawValue })
        #expect(resolved.job == pack.job && resolved.alerts.map(\.name) == pack.alertNames)
        #expect(resolved.alerts.allSatisfy { !$0.meaning.isEmpty && !$0.firstSteps.isEmpty && !$0.tuned })
        for name in pack.alertNames {
            let tests = stack.alertTests.filter { $0.expectations.contains { $0.alertName == name } }
            #expect(tests.count == 2, "\(name)")
            #expect(tests.contains { $0.expectations.contains { !$0.firing.isEmpty } }, "\(name) fires")
        }
        let diagnostics = try ComponentFixtures.compile([pack.stack()]).diagnostics
        #expect(diagnostics.isEmpty, "\(diagnostics)")
    }

    @Test("thresholds, for, routing and exclusions are tuned by alert, and stay clean", arguments: SelfPack.allCases)
    func tune(_ pack: SelfPack) throws {
        let stack = StackLowering.lower(pack.stack(.tuned), templates: AlertmanagerFixtures.templates)
        let entries = try #require(stack.rulePacks.first { $0.name == pack.rawValue }).alerts
        let tuned = try #require(entries.first { $0.name == pack.tunedAlert.name })
        #expect(tuned.threshold == pack.tunedAlert.threshold && tuned.tuned)
        #expect(entries.filter(\.tuned).count >= 2)
        #expect(try ComponentFixtures.ids(pack.stack(.tuned)).isEmpty)
    }

    @Test("a disabled alert is gone with its tests, and the README says why", arguments: SelfPack.allCases)
    func disable(_ pack: SelfPack) throws {
        let stack = StackLowering.lower(pack.stack(.disabled), templates: AlertmanagerFixtures.templates)
        #expect(!stack.alerts.contains { $0.name == pack.disabledAlert })
        #expect(!stack.alertTests.contains { $0.name.hasPrefix(pack.disabledAlert + " ") })
        let readme = try #require(try ComponentFixtures.files(pack.stack(.disabled))["README.md"])
        let reason = try #require(stack.rulePacks.first { $0.name == pack.rawValue }?.disabled.first?.reason)
        #expect(readme.contains("- `\(pack.disabledAlert)`: \(reason)"))
        #expect(readme.contains("### The \(pack.rawValue) pack (job `\(pack.job)`)"))
    }

    @Test(
        "an override the pack cannot apply is a located diagnostic",
        arguments: SelfPack.allCases, [ExporterPack.Overrides.thresholdless, .outOfRange, .tunedAndDisabled])
    func invalid(_ pack: SelfPack, _ overrides: ExporterPack.Overrides) throws {
        try PackExpectations.invalidOverrideReported(
            in: pack.stack(overrides), pack: pack.rawValue, declaredIn: "SelfPack.swift")
    }

    @Test("the generated tests pass promtool, defaults and tuned", arguments: SelfPack.allCases)
    func promtool(_ pack: SelfPack) throws {
        try PackExpectations.promtoolPasses(job: pack.job) { pack.stack($0) }
    }

    @Test("remote-write alerts come only with remote write, cluster alerts only with a cluster")
    func conditional() throws {
        let plain = StackLowering.lower(
            SelfPack.prometheus.stack(remoteWrite: false, peers: 1), templates: AlertmanagerFixtures.templates)
        let deployed = Set(plain.rulePacks.flatMap { $0.alerts.map(\.name) })
        let absent: [any RulePackAlert] = [
            PrometheusAlert.remoteWriteFailing, PrometheusAlert.remoteWriteBehind,
            AlertmanagerAlert.clusterMembersMismatch, AlertmanagerAlert.clusterFailedPeers,
        ]
        for alert in absent {
            #expect(!deployed.contains(alert.alertName), "\(alert.alertName)")
            #expect(!plain.alerts.contains { $0.name == alert.alertName })
        }
        #expect(deployed.contains(PrometheusAlert.notConnectedToAlertmanagers.alertName))
        let alone = StackLowering.lower(Stack("alone") {})
        #expect(!alone.alerts.contains { $0.name == PrometheusAlert.notConnectedToAlertmanagers.alertName })
    }

    @Test("an override of an alert the stack does not deploy is a located diagnostic")
    func overrideOfAbsentAlert() throws {
        let override = PackOverride<PrometheusAlert>.tune(.remoteWriteBehind, threshold: 60)
        let stack = Stack("alone", prometheus: Prometheus(pack: [override])) {}
        let diagnostics = try ComponentFixtures.compile([stack]).diagnostics
        let found = try #require(diagnostics.first { $0.id == "invalid-pack-override" }, "\(diagnostics)")
        #expect(
            found.message
                == "prometheus pack: PrometheusRemoteWriteBehind is not deployed: the stack remote-writes nothing")
        #expect(found.location.line == override.location.line)
    }

    @Test("TargetDown names the job that is down for routing, and leaves excluded targets out")
    func targetDown() throws {
        let stack = StackLowering.lower(SelfPack.prometheus.stack(.tuned), templates: AlertmanagerFixtures.templates)
        let alert = try #require(stack.alerts.first { $0.name == PrometheusAlert.targetDown.alertName })
        #expect(alert.labels.contains { $0.name == "service" && $0.value == "{{ $labels.job }}" })
        #expect(alert.labels.contains { $0.name == "team" && $0.value == "platform" })
        #expect(alert.expression?.text == #"up{job!~"api|batch-.*"} == 0"#)
        let test = try #require(stack.alertTests.first { $0.name.hasPrefix("TargetDown fires") })
        #expect(test.series.allSatisfy { $0.series.contains(#"job="web""#) })
    }
}
