import Foundation
import VigilDSL

/// A rule file of another SLO generator (Sloth, Pyrra) for one of the benchmark's SLOs, as listed in the
/// reference folder's `rule-sets.tsv`: generator, SLO kind, file, period and the query of its period error ratio,
/// tab-separated, `#` starting a comment.
struct ReferenceRuleFile {
    /// A listing the benchmark cannot read.
    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    /// Sloth or Pyrra.
    var generator: String
    /// `availability` or `latency`.
    var kind: String
    /// The rule file's name in the folder.
    var fileName: String
    /// The SLO's period.
    var period: Duration
    /// The query of its error ratio over the period, from its recorded series.
    var periodQuery: String

    /// The entries of a `rule-sets.tsv` text.
    static func entries(_ text: String) throws -> [ReferenceRuleFile] {
        try text.split(separator: "\n").compactMap { line -> ReferenceRuleFile? in
            guard !line.hasPrefix("#"), !line.allSatisfy(\.isWhitespace) else { return nil }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 5, let period = Duration(parsing: fields[3]) else {
                throw Malformed(description: "rule-sets.tsv: expected 5 tab-separated fields in '\(line)'")
            }
            return ReferenceRuleFile(
                generator: fields[0], kind: fields[1], fileName: fields[2], period: period, periodQuery: fields[4])
        }
    }
}
