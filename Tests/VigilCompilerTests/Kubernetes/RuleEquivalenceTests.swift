import Foundation
import Testing
import VigilDSL
import YAMLKit

@testable import VigilBackends
@testable import VigilCompiler
@testable import VigilModel

/// The Kubernetes target deploys the rules the Prometheus target proves: each `PrometheusRule`'s
/// `spec.groups` is its rule file's `groups`, and the stack's promtool tests pass against the rules read back
/// out of the objects. Checked on the fixture; the examples committed under `generated/` with a `kubernetes/`
/// folder have their groups compared.
@Suite("PrometheusRules hold the rule files' groups, and the alert tests pass on them")
struct RuleEquivalenceTests {
    /// Each PrometheusRule's name and `spec.groups` among `files`.
    static func ruleObjects(_ files: [String: String]) throws -> [(name: String, groups: YAMLNode)] {
        try files.filter { $0.key.hasPrefix("\(KubernetesObject.folder)/") }.values
            .map { try YAMLParser().parse($0) }.filter { $0["kind"] == "PrometheusRule" }
            .map { object in
                (
                    name: try #require(object["metadata"]?["name"]?.stringValue),
                    groups: try #require(object["spec"]?["groups"])
                )
            }
    }

    /// The rule files of the components only compose deploys, which the cluster leaves out.
    static let composeComponents = Set(
        ["grafana", "loki", "alloy", "jaeger", "tempo"].map { "prometheus/rules/\($0).yml" })

    /// One PrometheusRule per rule file of `files` but the compose components', its `spec.groups` equal to the
    /// file's `groups`.
    static func expectEqualGroups(_ files: [String: String]) throws {
        let ruleFiles = files.keys.filter { $0.hasPrefix("prometheus/rules/") }
        let objects = try ruleObjects(files)
        #expect(Set(objects.map { "prometheus/rules/\($0.name).yml" }) == Set(ruleFiles).subtracting(composeComponents))
        for object in objects {
            let file = try YAMLParser().parse(try #require(files["prometheus/rules/\(object.name).yml"]))
            #expect(file["groups"] == object.groups, "\(object.name)")
        }
    }

    /// `promtool test rules` on the tests of `files`, against the rules extracted from its PrometheusRules.
    static func expectTestsPass(_ files: [String: String]) throws {
        let directory = try TemporaryDirectory()
        for object in try ruleObjects(files) {
            try directory.write(
                "prometheus/rules/\(object.name).yml", try YAMLEmitter().emit(["groups": object.groups]))
        }
        let left = composeComponents.map { $0.replacingOccurrences(of: "/rules/", with: "/tests/") }
        let tests = files.filter { $0.key.hasPrefix("prometheus/tests/") && !left.contains($0.key) }
        #expect(!tests.isEmpty)
        for (path, contents) in tests {
            try directory.write(path, contents)
        }
        let run = try ToolRunner().run("promtool", ["test", "rules"] + tests.keys.sorted(), in: directory.url)
        #expect(run.succeeded, "\(run.output)")
    }

    @Test("one PrometheusRule per rule file, its spec.groups equal to the file's groups")
    func equal() throws {
        try Self.expectEqualGroups(try KubernetesFixtures.files())
    }

    @Test("promtool test rules passes on the rules extracted from the PrometheusRules")
    func promtool() throws {
        try Self.expectTestsPass(try KubernetesFixtures.files())
    }

    /// The groups equal the rule files' that `specs validate` tests with promtool, so the tests' results on the
    /// extracted rules are theirs: running them again cost minutes of promtool (the fixture's run above proves
    /// the extraction).
    @Test(
        "the committed examples: one PrometheusRule per rule file, with equal groups",
        arguments: KubernetesFixtures.examples)
    func example(_ stack: String) throws {
        try Self.expectEqualGroups(try KubernetesFixtures.exampleFiles(stack))
    }
}
