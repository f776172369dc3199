import Foundation
import Testing
import VigilBackends
import VigilCompiler
import VigilDSL
import VigilModel
import YAMLKit

/// The DSL expresses every rule of the reference corpus: the port (``Corpus``) compiles, and each original rule
/// has an emitted rule with the same expression (compared as PromQL syntax trees), `for`, labels and annotations.
@Suite("Corpus: the reference rule files, ported to the DSL", .enabled(if: SharedReference.isPresent("corpus")))
struct CorpusTests {
    /// One alerting or recording rule of a rule file.
    struct Rule {
        var alert: String?
        var record: String?
        var expr: String
        var duration: String?
        var labels: [String: String]
        var annotations: [String: String]

        /// The rule's name and, for alerts, its severity: what tells two rules of one group apart.
        var key: String {
            if let alert { return labels["severity"].map { "\(alert){\($0)}" } ?? alert }
            return record ?? "?"
        }

        init(_ node: YAMLNode) {
            alert = node["alert"]?.stringValue
            record = node["record"]?.stringValue
            expr = node["expr"].map(CorpusTests.text) ?? ""
            duration = node["for"].map(CorpusTests.text)
            labels = CorpusTests.strings(node["labels"])
            annotations = CorpusTests.strings(node["annotations"])
        }
    }

    /// Differences from the originals that are corrections of the originals, by `file: rule: field`: each
    /// original names a label in a template that its query's result does not have (Prometheus renders it
    /// empty), which Vigil reports as `template-unknown-label`.
    static let knownDeviations: [String: String] = [
        "awesome-prometheus-alerts/node-exporter.yml: HostNetworkBondDegraded{warning}: annotation description":
            "$labels.device -> $labels.master: the bonding metrics label the bond 'master'",
        "awesome-prometheus-alerts/google-cadvisor.yml: ContainerAbsent{warning}: annotation summary":
            "$labels.instance dropped: absent() returns a series without labels",
        "awesome-prometheus-alerts/google-cadvisor.yml: ContainerHighCpuUtilization{warning}: annotation summary":
            "$labels.instance -> pod and container: the query sums by (pod, container)",
        "awesome-prometheus-alerts/google-cadvisor.yml: ContainerLowCpuUtilization{info}: annotation summary":
            "$labels.instance -> pod and container: the query sums by (pod, container)",
        "awesome-prometheus-alerts/google-cadvisor.yml: ContainerHighThrottleRate{warning}: annotation summary":
            "$labels.instance -> container, pod and namespace: the query sums by them",
        "dockprom/alert.rules: high_memory_load{warning}: annotation description":
            "'Reported by instance and job' dropped: the query sums over all series",
    ]

    // MARK: - Reading rule files

    static func text(_ node: YAMLNode) -> String {
        switch node {
        case .string(let value): value
        case .int(let value): String(value)
        case .float(let value): String(value)
        case .bool(let value): String(value)
        default: ""
        }
    }

    static func strings(_ node: YAMLNode?) -> [String: String] {
        Dictionary((node?.mappingValue ?? [:]).map { ($0.key, text($0.value)) }) { first, _ in first }
    }

    /// The groups of a rule file or of a PrometheusRule object, as (name, rules).
    static func groups(_ text: String) throws -> [(name: String, rules: [Rule])] {
        let root = try YAMLParser().parse(text)
        let groups = root["groups"] ?? root["spec"]?["groups"]
        return (groups?.sequenceValue ?? []).map { group in
            (group["name"]?.stringValue ?? "", (group["rules"]?.sequenceValue ?? []).map(Rule.init))
        }
    }

    static func original(_ path: String) throws -> String {
        try String(contentsOf: Corpus.folder.appendingPathComponent(path), encoding: .utf8)
    }

    // MARK: - Compiling the port

    /// The compiler's result for the port.
    static func compile() throws -> Compiler.Result {
        try Compiler().compile(Corpus.stacks)
    }

    /// The rule files of each stack, by stack name and path.
    static func ruleFiles() throws -> [String: [String: String]] {
        let outputs = try compile().outputs
        return Dictionary(
            uniqueKeysWithValues: outputs.map { output in
                (
                    output.stackName,
                    Dictionary(
                        uniqueKeysWithValues: output.files.filter { $0.path.hasPrefix("prometheus/rules/") }.map {
                            ($0.path, $0.contents)
                        })
                )
            })
    }

    // MARK: - Tests

    @Test("the port compiles without errors")
    func compiles() throws {
        let errors = try Self.compile().diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors)")
    }

    @Test("the warnings are the expected ones")
    func warnings() throws {
        let warnings = try Self.compile().diagnostics.filter { $0.severity == .warning && $0.id != "untested-alert" }
        var counts: [String: Int] = [:]
        for warning in warnings { counts["\(warning.id): \(warning.message)", default: 0] += 1 }
        #expect(
            counts == [
                // node_vmstat_* are exported untyped; the catalogue declares them as counters, so naming lints
                // stay quiet (catalogued names are the exporter's), but kind checks apply.
                // awesome-prometheus-alerts takes deriv() and delta() of those counters.
                "wrong-metric-kind: deriv() of counter 'node_vmstat_pgmajfault' follows its ever-growing total, not its rate":
                    1,
                "wrong-metric-kind: delta() of counter 'node_vmstat_oom_kill' follows its ever-growing total, not its rate":
                    1,
            ], "\(counts)")
    }

    @Test("every original rule is emitted with an equal expression, for, labels and annotations")
    func equalRules() throws {
        let files = try Self.ruleFiles()
        var mismatches: [String: String] = [:]
        var compared = 0
        for (path, stack) in Corpus.sources {
            for (group, originals) in try Self.groups(Self.original(path)) {
                let file = "prometheus/rules/\(group).yml"
                guard let contents = files[stack]?[file] else {
                    Issue.record("\(path): group '\(group)' was not emitted as \(stack)/\(file)")
                    continue
                }
                let emitted = try Self.groups(contents).flatMap(\.rules)
                #expect(emitted.count == originals.count, "\(stack)/\(file) has \(emitted.count) rules")
                for original in originals {
                    let context = "\(path): \(original.key)"
                    let matches = emitted.filter { rule in
                        rule.alert == original.alert && rule.record == original.record
                            && original.labels.allSatisfy { rule.labels[$0.key] == $0.value }
                    }
                    guard matches.count == 1 else {
                        mismatches[context] = "\(matches.count) emitted rules match"
                        continue
                    }
                    compared += 1
                    for (field, difference) in Self.differences(original, matches[0]) {
                        mismatches["\(context): \(field)"] = difference
                    }
                }
            }
        }
        let unexpected = mismatches.filter { Self.knownDeviations[$0.key] == nil }
        #expect(unexpected.isEmpty, "\(unexpected.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" })")
        let missing = Self.knownDeviations.keys.filter { mismatches[$0] == nil }
        #expect(missing.isEmpty, "deviations that no longer occur: \(missing.sorted())")
        #expect(compared == 133)
    }

    /// The fields in which an emitted rule differs from the original, with the two values.
    static func differences(_ original: Rule, _ emitted: Rule) -> [(String, String)] {
        var differences: [(String, String)] = []
        do {
            let originalTree = try PromQLExpression(parsing: original.expr)
            let emittedTree = try PromQLExpression(parsing: emitted.expr)
            if originalTree != emittedTree {
                differences.append(("expr", "\(originalTree) != \(emittedTree)"))
            }
        } catch {
            differences.append(("expr", "does not parse: \(error)"))
        }
        let originalFor = Duration(parsing: original.duration ?? "0s")
        let emittedFor = Duration(parsing: emitted.duration ?? "0s")
        if originalFor == nil || originalFor != emittedFor {
            differences.append(("for", "\(original.duration ?? "none") != \(emitted.duration ?? "none")"))
        }
        let added = Set(emitted.labels.keys).subtracting(original.labels.keys).subtracting(["service", "severity"])
        if !added.isEmpty || original.labels.contains(where: { emitted.labels[$0.key] != $0.value }) {
            differences.append(("labels", "\(original.labels) != \(emitted.labels)"))
        }
        for key in Set(original.annotations.keys).union(emitted.annotations.keys)
        where original.annotations[key] != emitted.annotations[key] {
            differences.append(
                ("annotation \(key)", "\(original.annotations[key] ?? "none") != \(emitted.annotations[key] ?? "none")")
            )
        }
        return differences
    }

    @Test("promtool check rules accepts the emitted rule files")
    func promtool() throws {
        let directory = try TemporaryDirectory()
        var paths: [String] = []
        for (stack, files) in try Self.ruleFiles() {
            for (path, contents) in files {
                try directory.write("\(stack)/\(path)", contents)
                paths.append("\(stack)/\(path)")
            }
        }
        let run = try ToolRunner().run("promtool", ["check", "rules"] + paths.sorted(), in: directory.url)
        #expect(run.succeeded, "\(run.output)")
    }
}
