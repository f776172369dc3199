import Foundation
import Testing
import VigilDSL
import YAMLKit

@testable import VigilBackends
@testable import VigilCompiler

/// A tests file loads the rule files its tests need, not the whole stack's: promtool evaluates every loaded rule
/// at every step of every test.
@Suite("Alert tests load the rule files they need")
struct TestRuleFilesTests {
    static let requests = Counter<NoLabels>("http_requests_total", help: "Requests.")
    static let queue = Gauge<NoLabels>("queue_depth", help: "Jobs waiting.")

    /// `api` records a rate and alerts on its counter; `traffic` alerts on the recorded rate; `meta` counts
    /// firing alerts; `worker` stands apart.
    static let stack = Stack("shop") {
        Service("api", scrape: .target("api:8080")) {
            requests
            Record("api:requests:rate5m") { PromQL("sum(rate(http_requests_total[5m]))") }
            Alert("NoRequests", severity: .warning) { PromQL("sum(rate(http_requests_total[5m])) == 0") }
            AlertTest("NoRequests fires without traffic") {
                InputSeries(requests, values: .constant(0, steps: 10))
            } expect: {
                Fires("NoRequests", at: .minutes(8))
            }
        }
        Service("traffic") {
            Alert("Busy", severity: .warning) { PromQL("api:requests:rate5m > 1") }
            AlertTest("Busy fires on the recorded rate") {
                InputSeries(requests, values: .increasing(from: 0, by: 120, steps: 10))
            } expect: {
                Fires("Busy", at: .minutes(8))
            }
        }
        Service("meta") {
            Alert("ManyAlerts", severity: .warning) { PromQL("count(ALERTS) > 100") }
            AlertTest("ManyAlerts stays quiet") {
            } expect: {
                Quiet("ManyAlerts", at: .minutes(5))
            }
        }
        Service("worker", scrape: .target("worker:8080")) {
            queue
            Alert("Backlog", severity: .warning) { queue > 10 }
            AlertTest("Backlog fires") {
                InputSeries(queue, values: .constant(20, steps: 10))
            } expect: {
                Fires("Backlog", at: .minutes(1))
            }
        }
    }

    /// The `rule_files` of each tests file, by service.
    static func ruleFiles(_ files: [String: String]) throws -> [String: [String]] {
        var loaded: [String: [String]] = [:]
        for service in ["api", "traffic", "meta", "worker"] {
            let text = try #require(files["prometheus/tests/\(service).yml"], "\(service)")
            let node = try YAMLParser().parse(text)
            loaded[service] = node["rule_files"]?.sequenceValue?.compactMap(\.stringValue) ?? []
        }
        return loaded
    }

    @Test("a service's own file, the files recording what its rules read, every file for ALERTS")
    func closure() throws {
        let errors = try Compiler().compile([Self.stack]).diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors)")
        let (directory, folder) = try EmitterToolTests.generate(Self.stack)
        defer { _ = directory }
        var files: [String: String] = [:]
        for service in ["api", "traffic", "meta", "worker"] {
            let path = "prometheus/tests/\(service).yml"
            files[path] = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
        }
        let every = ["prometheus", "api", "traffic", "meta", "worker"].map { "../rules/\($0).yml" }
        let loaded = try Self.ruleFiles(files)
        #expect(
            loaded == [
                "api": ["../rules/api.yml"],
                "traffic": ["../rules/api.yml", "../rules/traffic.yml"],
                "meta": every,
                "worker": ["../rules/worker.yml"],
            ], "\(loaded)")
        // The recorded rate is there when `Busy` reads it: promtool passes every file.
        for service in ["api", "traffic", "meta", "worker"] {
            let run = try ToolRunner().run(
                "promtool", ["test", "rules", "prometheus/tests/\(service).yml"], in: folder)
            #expect(run.succeeded, "\(service): \(run.output)")
        }
    }
}
