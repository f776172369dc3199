import Foundation
import Testing
import VigilDSL
import YAMLKit

@testable import VigilBackends
@testable import VigilCompiler
@testable import VigilModel

/// What Vigil believes Prometheus 3.5 runs, checked against the real promtool 3.5 (installed by
/// scripts/bootstrap.sh; `make test` puts it first on PATH).
@Suite("The Prometheus compatibility model agrees with promtool 3.5")
struct PrometheusCompatibilityToolTests {
    /// Runs promtool in `folder`, after making sure it is the 3.5 this model describes.
    static func promtool(_ arguments: [String], in folder: URL) throws -> ToolRunner.Run {
        let version = try ToolRunner().run("promtool", ["--version"], in: folder)
        try #require(version.output.contains("version 3.5."), "promtool is not 3.5: \(version.output)")
        return try ToolRunner().run("promtool", arguments, in: folder)
    }

    /// A call of `function` with its required arguments, over a series `m`.
    static func call(_ function: PromQLFunction) -> String {
        let arguments = function.parameterTypes.prefix(function.requiredArgumentCount).map { type in
            switch type {
            case .instantVector: "m"
            case .rangeVector: "m[5m]"
            case .scalar: "1"
            case .string: #""a""#
            }
        }
        return "\(function.name)(\(arguments.joined(separator: ", ")))"
    }

    /// A rule file recording each query.
    static func ruleFile(_ queries: [String]) -> String {
        "groups:\n- name: g\n  rules:\n"
            + queries.enumerated().map { "  - record: r:\($0.offset)\n    expr: '\($0.element)'\n" }.joined()
    }

    /// Whether promtool, with or without the experimental functions, accepts `query` in a rule.
    static func accepts(_ query: String, experimental: Bool, in directory: TemporaryDirectory) throws -> Bool {
        try directory.write("rules.yml", ruleFile([query]))
        let flags = experimental ? ["--enable-feature=promql-experimental-functions"] : []
        return try promtool(flags + ["check", "rules", "rules.yml"], in: directory.url).succeeded
    }

    @Test("promtool 3.5 accepts exactly the functions and operators the catalogue says 3.5 runs, flags included")
    func catalogue() throws {
        let directory = try TemporaryDirectory()
        let queries =
            PromQLFunction.all.map { (Self.call($0), $0.availability) }
            + PromQLAggregation.Operator.allCases.map { op in
                let parameter = op.parameterType == .string ? #""a", "# : op.parameterType == nil ? "" : "1, "
                return ("\(op.rawValue)(\(parameter)m)", op.availability)
            }
        for (query, availability) in queries {
            let removed = availability.removal.map { $0.version <= PrometheusVersion.v35 } ?? false
            let runs = !removed && (availability.since ?? .v240) <= PrometheusVersion.v35
            let plain = runs && availability.feature != .promqlExperimentalFunctions
            #expect(try Self.accepts(query, experimental: false, in: directory) == plain, "\(query)")
            #expect(try Self.accepts(query, experimental: true, in: directory) == runs, "\(query)")
        }
    }

    static let stack = Stack(
        "compat", prometheus: Prometheus(features: [.nativeHistograms, .promqlExperimentalFunctions])
    ) {
        Service(
            "api",
            scrape: .target("api:8080").protocols([.prometheusProto, .openMetricsText100, .prometheusText004])
                .fallbackProtocol(.prometheusText004),
            ruleQueryOffset: .seconds(30), ruleLabels: ["team": "checkout"]
        ) {
            Gauge<NoLabels>("jobs_queued", help: "Jobs waiting.")
            Record("api:jobs_queued:max5m", labels: ["team": "platform"]) {
                PromQL("max_over_time(jobs_queued[5m])")
            }
            Alert("Queued", severity: .warning, for: .minutes(5), keepFiringFor: .minutes(10)) {
                PromQL("sort_by_label(jobs_queued, \"instance\") > 100")
            }
        }
    }

    @Test("prometheus.yml with scrape_protocols and fallback_scrape_protocol passes promtool check config")
    func config() throws {
        let (directory, folder) = try EmitterToolTests.generate(Self.stack)
        let config = try YAMLParser().parse(
            try String(contentsOf: folder.appendingPathComponent(PrometheusConfigEmitter.path), encoding: .utf8))
        let job = try #require(config["scrape_configs"]?.sequenceValue?.first { $0["job_name"] == "api" })
        #expect(job["scrape_protocols"] == ["PrometheusProto", "OpenMetricsText1.0.0", "PrometheusText0.0.4"])
        #expect(job["fallback_scrape_protocol"] == "PrometheusText0.0.4")
        let run = try Self.promtool(["check", "config", "--syntax-only", PrometheusConfigEmitter.path], in: folder)
        #expect(run.succeeded, "\(run.output)")
        _ = directory
    }

    @Test("a rule group with query_offset, labels and keep_firing_for passes promtool check rules")
    func rules() throws {
        let (directory, folder) = try EmitterToolTests.generate(Self.stack)
        let path = "prometheus/rules/api.yml"
        let text = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
        let group = try #require(try YAMLParser().parse(text)["groups"]?.sequenceValue?.first)
        #expect(group["query_offset"] == "30s")
        #expect(group["labels"] == ["team": "checkout"])
        let rules = try #require(group["rules"]?.sequenceValue)
        // The group's label is written once; a rule's own value for it stays on the rule.
        #expect(rules[0]["labels"] == ["team": "platform"])
        #expect(rules[1]["labels"] == ["service": "api", "severity": "warning"])
        #expect(rules[1]["keep_firing_for"] == "10m")
        // The alert calls an experimental function, which promtool, like the Prometheus the stack starts,
        // accepts only with the flag.
        let flag = "--enable-feature=promql-experimental-functions"
        #expect(try !Self.promtool(["check", "rules", path], in: folder).succeeded)
        let run = try Self.promtool([flag, "check", "rules", path], in: folder)
        #expect(run.succeeded, "\(run.output)")
        _ = directory
    }

    @Test("the enabled feature flags reach Prometheus's compose command")
    func composeCommand() throws {
        let stack = StackLowering.lower(Self.stack)
        #expect(
            stack.prometheus.featureArguments == ["--enable-feature=native-histograms,promql-experimental-functions"])
        let compiled = try Compiler().compile([Self.stack])
        #expect(compiled.diagnostics.filter { $0.severity == .error }.isEmpty, "\(compiled.diagnostics)")
        let compose = try #require(compiled.outputs.first?.files.first { $0.path == "docker-compose.yml" }).contents
        #expect(compose.contains("--enable-feature=native-histograms,promql-experimental-functions"))
        #expect(StackLowering.lower(Fixtures.shop).prometheus.featureArguments.isEmpty)
    }

    @Test("specs validate and verify.sh give promtool the PromQL feature the server is started with")
    func verifierEnablesFeatures() throws {
        let (directory, folder) = try EmitterToolTests.generate(Self.stack)
        let runs = try StackVerifier().verify(stackFolder: folder)
        let rules = try #require(runs.first { $0.commandLine.contains("check rules") })
        #expect(rules.commandLine.hasPrefix("promtool --enable-feature=promql-experimental-functions check rules"))
        #expect(rules.succeeded, "\(rules.output)")
        let script = try String(contentsOf: folder.appendingPathComponent(VerifyScriptEmitter.path), encoding: .utf8)
        #expect(
            script.contains("run_check prometheus promtool --enable-feature=promql-experimental-functions check rules"))
        #expect(
            script.contains("run_check prometheus promtool --enable-feature=promql-experimental-functions test rules"))
        _ = directory
    }

    @Test("specs validate gives promtool the features of the Kubernetes chart values when there is no compose file")
    func verifierEnablesChartFeatures() throws {
        let stack = Stack(
            "compat", prometheus: Prometheus(features: [.promqlExperimentalFunctions]),
            targets: [.prometheus, .kubernetes], kubernetes: Kubernetes(namespace: "compat")
        ) {
            Service("api", scrape: .target("api:8080").kubernetes(.staticTargets)) {
                Gauge<NoLabels>("jobs_queued", help: "Jobs waiting.")
                Alert("Queued", severity: .warning) { PromQL("sort_by_label(jobs_queued, \"instance\") > 100") }
            }
        }
        let (directory, folder) = try EmitterToolTests.generate(stack)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(ComposeEmitter.path).path))
        let runs = try StackVerifier().verify(stackFolder: folder)
        let rules = try #require(runs.first { $0.commandLine.contains("check rules") })
        #expect(rules.commandLine.hasPrefix("promtool --enable-feature=promql-experimental-functions check rules"))
        #expect(rules.succeeded, "\(rules.output)")
        _ = directory
    }
}
