import VigilDSL

/// The window a recording rule names: in its name first (`ratio_rate30d`, `burnrate1d1h43m`, `increase5m`), else
/// the longest range its expression reads (`[30d]`); else, for a rule computed from other recorded series
/// (`1 - slo:sli_error:ratio_rate30d / …`), the longest window they name; none for a constant.
enum RuleWindow {
    /// The duration a record name ends with: the longest suffix that starts with a digit after a non-digit and
    /// reads as a Prometheus duration. `nil` when it ends with none (`slo:objective:ratio`).
    static func named(in record: String) -> Duration? {
        let characters = Array(record)
        for start in characters.indices where characters[start].isASCII && characters[start].isNumber {
            guard start > 0, !characters[start - 1].isNumber else { continue }
            if let duration = Duration(parsing: String(characters[start...])) { return duration }
        }
        return nil
    }

    /// The longest range read anywhere in `reads`; `nil` when every series is read as an instant vector.
    static func longestRange(_ reads: [SeriesRead]) -> Duration? {
        reads.compactMap(\.range).max()
    }
}
