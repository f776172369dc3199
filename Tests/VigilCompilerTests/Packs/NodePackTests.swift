import Foundation
import Testing
import VigilDSL

@testable import VigilBackends
@testable import VigilCompiler
@testable import VigilModel

/// The node rule pack: what `NodeExporter()` brings, and what its overrides change.
@Suite("The node exporter's rule pack")
struct NodePackTests {
    static func stack(_ pack: [PackOverride<NodeAlert>] = []) -> Stack {
        Stack("hosts") {
            NodeExporter(pack: pack)
        }
    }

    static func lowered(_ pack: [PackOverride<NodeAlert>] = []) -> ResolvedStack {
        StackLowering.lower(stack(pack))
    }

    static func alert(_ alert: NodeAlert, in stack: ResolvedStack) throws -> ResolvedAlert {
        try #require(stack.alerts.first { $0.name == alert.alertName })
    }

    @Test("declaring the exporter brings every alert, each with a firing and a quiet test, clean")
    func defaults() throws {
        let stack = Self.lowered()
        PackExpectations.everyAlertTested(NodeAlert.allCases.map(\.alertName), job: "node", in: stack)
        #expect(try ComponentFixtures.ids(Self.stack()).isEmpty)
        let pack = try #require(stack.rulePacks.first)
        #expect(pack.alerts.count == NodeAlert.allCases.count && pack.disabled.isEmpty)
        #expect(pack.alerts.allSatisfy { !$0.meaning.isEmpty && !$0.firstSteps.isEmpty })
    }

    @Test("a threshold and a for are tuned by alert, and the tests follow them")
    func tune() throws {
        let stack = Self.lowered([.tune(.filesystemAlmostOutOfSpace, threshold: 10, for: .minutes(10))])
        let alert = try Self.alert(.filesystemAlmostOutOfSpace, in: stack)
        #expect(alert.duration == .minutes(10))
        #expect(alert.expression?.text.contains("< 0.1") == true)
        let firing = try #require(
            stack.alertTests.first { $0.name.hasPrefix("NodeFilesystemAlmostOutOfSpace fires") })
        #expect(firing.expectations.first?.time == .minutes(20))
        let entry = try #require(stack.rulePacks.first?.alerts.first { $0.name == alert.name })
        #expect(entry.threshold == "10%" && entry.tuned)
        #expect(try ComponentFixtures.ids(Self.stack([.tune(.clockSkew, threshold: 0.5)])).isEmpty)
    }

    @Test("severity and routing labels change by alert")
    func route() throws {
        let stack = Self.lowered([.route(.cpuHighUsage, severity: .warning, labels: ["team": "platform"])])
        let alert = try Self.alert(.cpuHighUsage, in: stack)
        #expect(alert.severity == .warning)
        #expect(alert.labels.contains { $0.name == "team" && $0.value == "platform" })
        #expect(try Self.alert(.systemSaturation, in: stack).labels.allSatisfy { $0.name != "team" })
    }

    @Test("a disabled alert is gone with its tests, and the README says why")
    func disable() throws {
        let pack: [PackOverride<NodeAlert>] = [.disable(.systemdServiceFailed, because: "No systemd on these hosts.")]
        let stack = Self.lowered(pack)
        #expect(!stack.alerts.contains { $0.name == NodeAlert.systemdServiceFailed.alertName })
        #expect(!stack.alertTests.contains { $0.name.hasPrefix("NodeSystemdServiceFailed ") })
        let readme = try #require(try ComponentFixtures.files(Self.stack(pack))["README.md"])
        #expect(readme.contains("- `NodeSystemdServiceFailed`: No systemd on these hosts."))
        #expect(readme.contains("## Runbooks") && readme.contains("### NodeFilesystemSpaceFillingUp"))
        #expect(!readme.contains("### NodeSystemdServiceFailed"))
    }

    @Test("an exclusion reaches the filesystem alerts only, and their tests use a filesystem it leaves in")
    func exclude() throws {
        let stack = Self.lowered([.exclude(.fstype, matching: "ext4|tmpfs")])
        let space = try Self.alert(.filesystemOutOfSpace, in: stack)
        #expect(space.expression?.text.contains(#"fstype!~"ext4|tmpfs""#) == true)
        #expect(try Self.alert(.oomKill, in: stack).expression?.text.contains("fstype") == false)
        let test = try #require(stack.alertTests.first { $0.name.hasPrefix("NodeFilesystemOutOfSpace fires") })
        #expect(test.series.allSatisfy { $0.series.contains(#"fstype="xfs""#) })
    }

    @Test(
        "an override the pack cannot apply is a located diagnostic",
        arguments: [
            [PackOverride<NodeAlert>.tune(.filesystemAlmostOutOfSpace, threshold: 150)],
            [.tune(.oomKill, threshold: 3)],
            [.tune(.clockSkew, threshold: -1)],
            [.tune(.cpuHighUsage, for: .minutes(5)), .disable(.cpuHighUsage, because: "noisy")],
            [.disable(.textfileScrapeError, because: " ")],
            [.exclude(.mountpoint, matching: "(")],
        ])
    func invalid(_ pack: [PackOverride<NodeAlert>]) throws {
        let diagnostics = try ComponentFixtures.compile([Self.stack(pack)]).diagnostics
        let found = try #require(diagnostics.first { $0.id == "invalid-pack-override" }, "\(diagnostics)")
        #expect(found.severity == .error)
        #expect(found.location.fileID.hasSuffix("NodePackTests.swift"))
        #expect(pack.map(\.location.line).contains(found.location.line))
    }

    @Test("the generated tests pass promtool, defaults and tuned")
    func promtool() throws {
        for stack in [
            Self.stack(),
            Self.stack([
                .tune(.filesystemSpaceFillingUp, threshold: 25, for: .minutes(30)),
                .tune(.networkReceiveErrors, threshold: 5), .tune(.memoryHighUtilization, threshold: 80),
                .tune(.systemSaturation, threshold: 4, for: .minutes(5)), .tune(.oomKill, for: .minutes(2)),
                .exclude(.fstype, matching: "ext4"),
            ]),
        ] {
            let (directory, folder) = try EmitterToolTests.generate(stack)
            let run = try ToolRunner().run("promtool", ["test", "rules", "prometheus/tests/node.yml"], in: folder)
            #expect(run.succeeded, "\(run.output)")
            _ = directory
        }
    }
}
