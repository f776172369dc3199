import VigilCompiler
import VigilModel

/// A series the test exporter serves for one target: its name and labels, without `job` and `instance`,
/// which Prometheus adds from the target.
public struct ScriptedSeries: Hashable, Sendable, Comparable {
    /// The target that serves it.
    public var target: LocalTarget
    /// The series name, e.g. `http_requests_total` or `http_request_duration_seconds_bucket`.
    public var name: String
    /// Its labels, sorted by name.
    public var labels: [Label]

    /// A series of `target` named `name` with `labels`; `job` and `instance` are dropped.
    public init(target: LocalTarget, name: String, labels: [String: String]) {
        self.target = target
        self.name = name
        self.labels = Label.sorted(labels.filter { $0.key != "job" && $0.key != "instance" })
    }

    /// The series in the text exposition format, without its value: `name{a="b"}`.
    /// The series of metric `name` with the same target and labels as `series`.
    init(_ series: ScriptedSeries, renamed name: String) {
        self = series
        self.name = name
    }

    public var exposition: String {
        guard !labels.isEmpty else { return name }
        let pairs = labels.map { label in
            let escaped = label.value.flatMap { character -> [Character] in
                switch character {
                case "\\": ["\\", "\\"]
                case "\"": ["\\", "\""]
                case "\n": ["\\", "n"]
                default: [character]
                }
            }
            return "\(label.name)=\"\(String(escaped))\""
        }
        return "\(name){\(pairs.joined(separator: ","))}"
    }

    public static func < (lhs: ScriptedSeries, rhs: ScriptedSeries) -> Bool {
        (lhs.target.job, lhs.target.instance, lhs.exposition) < (rhs.target.job, rhs.target.instance, rhs.exposition)
    }
}
