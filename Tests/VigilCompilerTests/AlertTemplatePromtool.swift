import Foundation
import VigilBackends
import VigilCompiler
import VigilModel
import YAMLKit

/// Checks texts expected of alert templates against the real `promtool test rules`: each sample is one alert whose
/// annotations are templates and whose test expects the given texts.
enum AlertTemplatePromtool {
    /// One firing alert: its series' labels and value, and per annotation a template and the text expected of it.
    struct Sample {
        var labels: [String: String]
        var value: Double
        var annotations: [(template: String, expected: String)]
    }

    /// Runs promtool on a rules file and a test file made of `samples` in a temporary directory. It fails with
    /// ``ToolRunner/MissingTool`` when promtool is not installed.
    static func run(_ samples: [Sample]) throws -> ToolRunner.Run {
        var rules: [YAMLNode] = []
        var series: [YAMLNode] = []
        var tests: [YAMLNode] = []
        for (index, sample) in samples.enumerated() {
            var templates = YAMLMapping()
            var expected = YAMLMapping()
            for (key, annotation) in sample.annotations.enumerated() {
                templates.append("a\(key)", .string(annotation.template))
                expected.append("a\(key)", .string(annotation.expected))
            }
            // `* 1` drops `__name__`, which the expander's callers leave out of the labels, and keeps -0 and NaN.
            rules.append([
                "alert": .string("T\(index)"), "expr": .string("s\(index) * 1"), "annotations": .mapping(templates),
            ])
            series.append([
                "series": .string(selector("s\(index)", sample.labels)), "values": .string(text(of: sample.value)),
            ])
            let labels = YAMLMapping(
                sample.labels.sorted { $0.key < $1.key }.map { .init(key: $0.key, value: .string($0.value)) })
            tests.append([
                "eval_time": "0m", "alertname": .string("T\(index)"),
                "exp_alerts": [["exp_labels": .mapping(labels), "exp_annotations": .mapping(expected)]],
            ])
        }
        let directory = try TemporaryDirectory()
        try directory.write(
            "rules.yml", try YAMLEmitter().emit(["groups": [["name": "templates", "rules": .sequence(rules)]]]))
        let test: YAMLNode = [
            "rule_files": ["rules.yml"], "evaluation_interval": "1m",
            "tests": [["interval": "1m", "input_series": .sequence(series), "alert_rule_test": .sequence(tests)]],
        ]
        try directory.write("test.yml", try YAMLEmitter().emit(test))
        return try ToolRunner().run("promtool", ["test", "rules", "test.yml"], in: directory.url)
    }

    /// `name{label="value", ...}` in PromQL, values escaped.
    private static func selector(_ name: String, _ labels: [String: String]) -> String {
        let matchers = labels.sorted { $0.key < $1.key }.map { label in
            var escaped = label.value
            for (character, escape) in [("\\", "\\\\"), ("\"", "\\\""), ("\n", "\\n")] {
                escaped = escaped.replacing(character, with: escape)
            }
            return "\(label.key)=\"\(escaped)\""
        }
        return "\(name){\(matchers.joined(separator: ", "))}"
    }

    /// `value` as promtool's series notation reads it back exactly.
    private static func text(of value: Double) -> String {
        if value.isNaN {
            return "NaN"
        }
        if value.isInfinite {
            return value < 0 ? "-Inf" : "+Inf"
        }
        return "\(value)"
    }
}

/// A small deterministic random number generator (SplitMix64), so that a failing sample comes back on every run.
struct AlertTemplateRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = (state ^ (state >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
