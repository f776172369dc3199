/// One relabeling step, applied to targets before a scrape (`relabel_configs`) or to samples after it
/// (`metric_relabel_configs`).
///
/// ```swift
/// .relabeling([.replace("env", from: ["__meta_consul_tags"], regex: ".*,env=([^,]+),.*")])
/// .metricRelabeling([.drop(["__name__"], matching: "go_gc_.*")])
/// ```
public struct Relabel: Hashable, Sendable {
    /// What the step does.
    public enum Action: String, Hashable, Sendable {
        case replace, keep, drop, labelmap, labeldrop, labelkeep, hashmod, lowercase, uppercase
    }

    /// The action.
    public let action: Action
    /// The labels whose values are joined (with `;`) and matched.
    public let sourceLabels: [String]
    /// The RE2 regular expression, anchored at both ends by Prometheus.
    public let regex: String?
    /// The label written.
    public let targetLabel: String?
    /// The value written; `$1` and the like refer to the regex's groups.
    public let replacement: String?
    /// The modulus of `hashmod`.
    public let modulus: Int?
    /// Where the step was written.
    public let location: SourceLocation

    init(
        _ action: Action, sourceLabels: [String] = [], regex: String? = nil, targetLabel: String? = nil,
        replacement: String? = nil, modulus: Int? = nil, location: SourceLocation
    ) {
        self.action = action
        self.sourceLabels = sourceLabels
        self.regex = regex
        self.targetLabel = targetLabel
        self.replacement = replacement
        self.modulus = modulus
        self.location = location
    }

    /// Writes `target` from the source labels' values matched by `regex`.
    public static func replace(
        _ target: String, from sources: [String], regex: String = "(.*)", replacement: String = "$1",
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) -> Relabel {
        Relabel(
            .replace, sourceLabels: sources, regex: regex, targetLabel: target, replacement: replacement,
            location: SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column))
    }

    /// Keeps only the targets or series whose source labels match `regex`.
    public static func keep(
        _ sources: [String], matching regex: String,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) -> Relabel {
        Relabel(
            .keep, sourceLabels: sources, regex: regex,
            location: SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column))
    }

    /// Drops the targets or series whose source labels match `regex`.
    public static func drop(
        _ sources: [String], matching regex: String,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) -> Relabel {
        Relabel(
            .drop, sourceLabels: sources, regex: regex,
            location: SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column))
    }

    /// Copies every label whose name matches `regex` to the name `replacement` makes of it.
    public static func labelMap(
        _ regex: String, replacement: String = "$1",
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) -> Relabel {
        Relabel(
            .labelmap, regex: regex, replacement: replacement,
            location: SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column))
    }

    /// Removes every label whose name matches `regex`.
    public static func labelDrop(
        _ regex: String,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) -> Relabel {
        Relabel(
            .labeldrop, regex: regex,
            location: SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column))
    }

    /// Removes every label whose name does not match `regex`.
    public static func labelKeep(
        _ regex: String,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) -> Relabel {
        Relabel(
            .labelkeep, regex: regex,
            location: SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column))
    }

    /// Writes the hash of the source labels' values modulo `modulus` to `target` (for sharding).
    public static func hashMod(
        _ target: String, from sources: [String], modulus: Int,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) -> Relabel {
        Relabel(
            .hashmod, sourceLabels: sources, targetLabel: target, modulus: modulus,
            location: SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column))
    }
}
