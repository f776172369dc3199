/// The `le` label of a classic histogram's buckets and the `quantile` label of a summary, as Prometheus 3 stores
/// them whatever the exporter wrote: it normalises both to a float's text, so that an exporter's `le="1"` is
/// stored as `le="1.0"` and a matcher `le="1"` selects nothing.
public enum NormalizedFloat {
    /// `value` as Prometheus 3 writes it in the label: Go's shortest `%g` form, with `.0` added to whole
    /// numbers (`0.5`, `2.0`, `1e-05`, `+Inf`).
    public static func label(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : value < 0 ? "-Inf" : "+Inf" }
        guard value != 0 else { return "0.0" }
        // Swift prints the shortest digits that round-trip, as Go does; only the layout differs.
        let shortest = value.magnitude.description
        let mantissa = shortest.prefix { $0 != "e" }
        let exponent = Int(shortest.drop { $0 != "e" }.dropFirst()) ?? 0
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        let whole = String(parts[0])
        let fraction = parts.count > 1 ? String(parts[1]) : ""
        var digits = Array((whole + fraction).drop { $0 == "0" })
        let leadingZeros = (whole + fraction).prefix { $0 == "0" }.count
        while digits.last == "0" { digits.removeLast() }
        // The value is 0.DIGITS × 10^point.
        let point = whole.count - leadingZeros + exponent
        let sign = value < 0 ? "-" : ""
        let text: String
        if point - 1 < -4 || point - 1 >= 6 {
            let rest = digits.count > 1 ? "." + String(digits.dropFirst()) : ""
            let power = point - 1
            text = "\(digits[0])\(rest)e\(power < 0 ? "-" : "+")\(power.magnitude < 10 ? "0" : "")\(power.magnitude)"
        } else if point <= 0 {
            text = "0." + String(repeating: "0", count: -point) + String(digits)
        } else if point >= digits.count {
            text = String(digits) + String(repeating: "0", count: point - digits.count) + ".0"
        } else {
            text = String(digits.prefix(point)) + "." + String(digits.dropFirst(point))
        }
        return sign + text
    }
}
