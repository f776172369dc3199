import Foundation
import Testing
import VigilBackends
import VigilCompiler
import VigilDSL
import VigilModel
import YAMLKit

/// The tests Vigil generates for each kind of SLO pass the real `promtool test rules` (installed by
/// scripts/bootstrap.sh), and the alerts behave as the issue asks of a 30-day 99.9% SLO.
@Suite("SLOs: generated tests pass promtool")
struct SLOPromtoolTests {
    typealias F = SLOFixtures

    /// Generates the stack of `content` into a temporary folder; returns the folder (kept alive by the directory).
    static func generate(@ServiceBuilder _ content: () -> [ServiceElement]) throws -> (TemporaryDirectory, URL) {
        let stack = F.stack(content)
        let result = try Compiler().compile([stack])
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let directory = try TemporaryDirectory()
        _ = try OutputWriter(root: directory.url).write(result.outputs, removeUndeclaredStacks: true)
        return (directory, directory.url.appendingPathComponent(stack.name))
    }

    /// Runs the generated tests of the SLO `name` of service `api-slos`.
    static func promtool(_ name: String, @ServiceBuilder _ content: () -> [ServiceElement]) throws -> ToolRunner.Run {
        let (directory, folder) = try generate(content)
        defer { _ = directory }
        let tests = "prometheus/tests/api-slos-slo-\(name).yml"
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(tests).path))
        return try ToolRunner().run("promtool", ["test", "rules", tests], in: folder)
    }

    @Test("ratio of errors, with a low-traffic guard")
    func ratio() throws {
        let run = try Self.promtool("availability") {
            SLO("availability", objective: 99.9%, minimumRate: 0.5) {
                Ratio(errors: F.requests.where(.status, matches: "5..|429"), total: F.requests)
            }
        }
        #expect(run.succeeded, "\(run.output)")
    }

    @Test("ratio of good events, grouped by handler, over 28 days")
    func goodGrouped() throws {
        let run = try Self.promtool("good") {
            SLO("good", objective: 99.5%, window: .days(28)) {
                Ratio(
                    good: F.requests.where(.status, matches: "2..|3..").where(.method, notEquals: "OPTIONS"),
                    total: F.requests.where(.method, notEquals: "OPTIONS"), by: [.handler])
            }
        }
        #expect(run.succeeded, "\(run.output)")
    }

    @Test("latency against a bucket, with Pyrra's tiers")
    func latency() throws {
        let run = try Self.promtool("fast") {
            SLO(
                "fast", objective: 99.5%, window: .days(28),
                tiers: [
                    .page(factor: 14, long: .hours(1), short: .minutes(5)),
                    .page(factor: 7, long: .hours(6), short: .minutes(30)),
                    .ticket(factor: 2, long: .days(1), short: .hours(2)),
                    .ticket(factor: 1, long: .days(4), short: .hours(6)),
                ]
            ) {
                Latency(F.latency.where(.handler, equals: "/deals"), below: .seconds(1))
            }
        }
        #expect(run.succeeded, "\(run.output)")
    }

    @Test("latency against a bucket of a histogram in milliseconds")
    func latencyMilliseconds() throws {
        let run = try Self.promtool("fast") {
            F.latencyMilliseconds
            SLO("fast", objective: 95%) { Latency(F.latencyMilliseconds, below: .milliseconds(200)) }
        }
        #expect(run.succeeded, "\(run.output)")
    }

    @Test("availability of up")
    func availability() throws {
        let run = try Self.promtool("up") {
            SLO("up", objective: 99.5%) { Availability(PrometheusServerMetrics.up.job("api")) }
        }
        #expect(run.succeeded, "\(run.output)")
    }

    @Test("freshness of a last-success timestamp: fresh, stale, and absent (a worker that is down) pages")
    func freshness() throws {
        let (directory, folder) = try Self.generate {
            SLO("fresh", objective: 99%) { Freshness(F.lastSync, maxAge: .minutes(30)) }
        }
        let tests = "prometheus/tests/api-slos-slo-fresh.yml"
        let text = try String(contentsOf: folder.appendingPathComponent(tests), encoding: .utf8)
        #expect(text.contains("fresh: no data at all, as from a worker that is down, fires every tier"))
        #expect(text.contains("values: _x"))
        let run = try ToolRunner().run("promtool", ["test", "rules", tests], in: folder)
        #expect(run.succeeded, "\(run.output)")
        _ = directory
    }

    @Test("freshness per pipeline: fresh and stale (a grouped SLO does not know which groups went missing)")
    func freshnessGrouped() throws {
        enum Pipeline: String, LabelKey { case pipeline }
        let lastRun = Gauge<Pipeline>(
            "pipeline_last_success_timestamp_seconds", help: "When each pipeline last succeeded.", unit: .seconds)
        let run = try Self.promtool("pipelines") {
            lastRun
            SLO("pipelines", objective: 99%) { Freshness(lastRun, maxAge: .hours(1), by: [.pipeline]) }
        }
        #expect(run.succeeded, "\(run.output)")
    }

    /// The issue's acceptance, on the generated rules of a 30-day 99.9% SLO: after three clean days, a 20x burn
    /// pages within the hour, a 5x burn opens a ticket (within a day) without paging, and a 0.5x burn stays
    /// quiet for the three days the slowest tier looks back. Samples come every minute: Prometheus 3's left-open
    /// ranges would hold a single sample of 5-minute samples in the 5-minute window, and `rate` would be empty.
    @Test("a 20x burn pages within the hour, a 5x burn opens a ticket without paging, a 0.5x burn stays quiet")
    func acceptance() throws {
        let (directory, folder) = try Self.generate { F.availability }
        let lowered = F.lowered { F.availability }
        let history = 4320  // three days of 1-minute samples
        let requests = 100_000  // per minute; the budget is 100 failures of them
        func test(_ name: String, burn: Double, samples: Int, firing severities: [String]) -> YAMLNode {
            let failing = Int(burn * Double(requests) / 1000)
            let errors = "0+0x\(history) \(failing)+\(failing)x\(samples - 1)"
            let afterHistory = requests * history + requests - failing
            let good = "0+\(requests)x\(history) \(afterHistory)+\(requests - failing)x\(samples - 1)"
            let alerts = severities.map { severity -> YAMLNode in
                let alert = lowered.alerts.first {
                    $0.group == "api-slos-slo-availability" && $0.severity.name == severity
                }
                let annotations = YAMLMapping(
                    (alert?.annotations ?? []).map { YAMLMapping.Entry(key: $0.key, value: .string($0.value)) })
                return [
                    "exp_labels": ["service": "api-slos", "slo": "availability", "severity": .string(severity)],
                    "exp_annotations": .mapping(annotations),
                ]
            }
            return [
                "name": .string(name), "interval": "1m",
                "input_series": [
                    ["series": #"http_requests_total{status="500"}"#, "values": .string(errors)],
                    ["series": #"http_requests_total{status="200"}"#, "values": .string(good)],
                ],
                "alert_rule_test": [
                    [
                        "eval_time": .string(Duration.minutes(Int64(history + samples)).description),
                        "alertname": "AvailabilityErrorBudgetBurn", "exp_alerts": .sequence(alerts),
                    ]
                ],
            ]
        }
        let file: YAMLNode = [
            "rule_files": ["../rules/api-slos-slo-availability.yml"], "evaluation_interval": "1h",
            // promtool evaluates every group at the file's interval: the windows of a day and more must be
            // divided from the increases before the alerts read them.
            "group_eval_order": .sequence(
                lowered.slos[0].ruleGroups.dropFirst().map { .string($0) } + [.string(lowered.slos[0].ruleGroup)]),
            "tests": [
                test("20x pages within the hour", burn: 20, samples: 60, firing: ["critical"]),
                test("5x has not paged after six hours", burn: 5, samples: 360, firing: []),
                test("5x opens a ticket within a day, without paging", burn: 5, samples: 1440, firing: ["warning"]),
                test("0.5x stays quiet for three days", burn: 0.5, samples: 4320, firing: []),
            ],
        ]
        try directory.write("shop/prometheus/tests/acceptance.yml", try YAMLEmitter().emit(file))
        let run = try ToolRunner().run("promtool", ["test", "rules", "prometheus/tests/acceptance.yml"], in: folder)
        #expect(run.succeeded, "\(run.output)")
    }
}
