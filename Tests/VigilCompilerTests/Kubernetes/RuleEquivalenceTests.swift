import Foundation
import Testing
import VigilDSL
import YAMLKit

@testable import VigilCompiler

/// The Kubernetes target deploys the rules the Prometheus target proves: each `PrometheusRule`'s
/// `spec.groups` is its rule file's `groups`, and the stack's promtool tests pass against the rules read back
/// out of the objects.
@Suite("PrometheusRules hold the rule files' groups, and the alert tests pass on them")
struct RuleEquivalenceTests {
    typealias F = KubernetesFixtures

    /// Each PrometheusRule's name and `spec.groups`.
    static func ruleObjects() throws -> [(name: String, groups: YAMLNode)] {
        try F.objects().values.filter { $0["kind"] == "PrometheusRule" }.map { object in
            (
                name: try #require(object["metadata"]?["name"]?.stringValue),
                groups: try #require(object["spec"]?["groups"])
            )
        }
    }

    @Test("one PrometheusRule per rule file, its spec.groups equal to the file's groups")
    func equal() throws {
        let files = try F.files()
        let ruleFiles = files.keys.filter { $0.hasPrefix("prometheus/rules/") }
        let objects = try Self.ruleObjects()
        #expect(Set(objects.map { "prometheus/rules/\($0.name).yml" }) == Set(ruleFiles))
        for object in objects {
            let file = try YAMLParser().parse(try #require(files["prometheus/rules/\(object.name).yml"]))
            #expect(file["groups"] == object.groups, "\(object.name)")
        }
    }

    @Test("promtool test rules passes on the rules extracted from the PrometheusRules")
    func promtool() throws {
        let directory = try TemporaryDirectory()
        for object in try Self.ruleObjects() {
            try directory.write(
                "prometheus/rules/\(object.name).yml", try YAMLEmitter().emit(["groups": object.groups]))
        }
        let tests = try F.files().filter { $0.key.hasPrefix("prometheus/tests/") }
        #expect(!tests.isEmpty)
        for (path, contents) in tests {
            try directory.write(path, contents)
        }
        let run = try ToolRunner().run("promtool", ["test", "rules"] + tests.keys.sorted(), in: directory.url)
        #expect(run.succeeded, "\(run.output)")
    }
}
