extension Duration {
    /// Parses a duration written in Prometheus syntax: one or more `<integer><unit>` pairs, with the units
    /// `y`, `w`, `d`, `h`, `m`, `s` and `ms`, each at most once and largest first (`5m`, `1h30m`, `2w`,
    /// `1d12h`, `500ms`). A year is 365 days and a week 7 days, as in Prometheus.
    ///
    /// Returns `nil` for anything else: an empty string, a missing or unknown unit, units out of order or
    /// repeated, a sign, a fraction, or a length that does not fit in 64-bit milliseconds.
    public init?(parsing text: String) {
        var total: Int64 = 0
        var previousRank = Int.max
        var bytes = text.utf8[...]
        guard !bytes.isEmpty else { return nil }
        while let first = bytes.first {
            guard Self.isDigit(first) else { return nil }
            var count: Int64 = 0
            while let digit = bytes.first, Self.isDigit(digit) {
                let (shifted, overflowA) = count.multipliedReportingOverflow(by: 10)
                let (sum, overflowB) = shifted.addingReportingOverflow(Int64(digit - UInt8(ascii: "0")))
                guard !overflowA, !overflowB else { return nil }
                count = sum
                bytes = bytes.dropFirst()
            }
            guard let unit = Self.unit(at: &bytes), unit.rank < previousRank else { return nil }
            previousRank = unit.rank
            let (length, overflowA) = count.multipliedReportingOverflow(by: unit.milliseconds)
            let (sum, overflowB) = total.addingReportingOverflow(length)
            guard !overflowA, !overflowB else { return nil }
            total = sum
        }
        self.init(milliseconds: total)
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    /// Consumes the unit at the front of `bytes`, returning its order (larger units rank higher) and length.
    private static func unit(at bytes: inout Substring.UTF8View) -> (rank: Int, milliseconds: Int64)? {
        guard let symbol = bytes.popFirst() else { return nil }
        switch symbol {
        case UInt8(ascii: "y"): return (6, 365 * 86_400_000)
        case UInt8(ascii: "w"): return (5, 7 * 86_400_000)
        case UInt8(ascii: "d"): return (4, 86_400_000)
        case UInt8(ascii: "h"): return (3, 3_600_000)
        case UInt8(ascii: "m"):
            if bytes.first == UInt8(ascii: "s") {
                bytes = bytes.dropFirst()
                return (0, 1)
            }
            return (2, 60_000)
        case UInt8(ascii: "s"): return (1, 1_000)
        default: return nil
        }
    }
}
