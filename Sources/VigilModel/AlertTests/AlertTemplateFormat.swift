import Foundation

/// Go's formatting of numbers and the humanize functions of Prometheus 3.5's templates, digit for digit.
enum AlertTemplateFormat {
    private static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        return calendar
    }()

    /// Go's `fmt.Sprint(v)` (`%v`, `%g`): the shortest digits that read back as `v`, in exponent form (`1e+06`,
    /// `1.5e-07`) when the decimal exponent is below -4 or at least 6; `NaN`, `+Inf`, `-Inf`.
    static func shortest(_ v: Double) -> String {
        guard v.isFinite else { return formatted(v, verb: "g", precision: nil) }
        guard v != 0 else { return v.sign == .minus ? "-0" : "0" }
        // Swift's description has the same shortest round-trip digits as Go's; only the layout differs.
        let description = v.magnitude.description.split(separator: "e")
        let mantissa = description[0].split(separator: ".", omittingEmptySubsequences: false)
        var digits = Array(mantissa.joined())
        var point = mantissa[0].count + (description.count > 1 ? Int(description[1]) ?? 0 : 0)
        while digits.first == "0" {
            digits.removeFirst()
            point -= 1
        }
        while digits.last == "0" {
            digits.removeLast()
        }
        let sign = v < 0 ? "-" : ""
        let exponent = point - 1
        if exponent < -4 || exponent >= 6 {
            let fraction = digits.count > 1 ? "." + String(digits.dropFirst()) : ""
            return sign + String(digits[0]) + fraction + "e" + (exponent < 0 ? "-" : "+") + padded(abs(exponent), 2)
        }
        if point <= 0 {
            return sign + "0." + String(repeating: "0", count: -point) + String(digits)
        }
        if point >= digits.count {
            return sign + String(digits) + String(repeating: "0", count: point - digits.count)
        }
        return sign + String(digits[..<point]) + "." + String(digits[point...])
    }

    /// Go's `fmt.Sprintf("%.<precision><verb>", v)` for the verbs `f`, `e` and `g`; without a precision, `%f` and
    /// `%e` print 6 decimals and `%g` the ``shortest(_:)`` digits. Go prints `NaN`, `+Inf` and `-Inf` for every
    /// verb, and otherwise rounds and lays out digits as C's `printf` does.
    static func formatted(_ v: Double, verb: Character, precision: Int?) -> String {
        if v.isNaN {
            return "NaN"
        }
        if v.isInfinite {
            return v < 0 ? "-Inf" : "+Inf"
        }
        if verb == "g" && precision == nil {
            return shortest(v)
        }
        return String(format: "%.\(precision ?? 6)\(verb)", v)
    }

    /// Prometheus's `humanize`: SI prefixes from `y` to `Y` with `%.4g` (`1.235M`, `500m`, `1k` for 1000).
    static func humanize(_ v: Double) -> String {
        guard v != 0 && v.isFinite else { return fourDigits(v) }
        let (scaled, prefix) =
            v.magnitude >= 1
            ? scaledUp(v, by: 1000, prefixes: ["k", "M", "G", "T", "P", "E", "Z", "Y"]) : scaledDown(v)
        return fourDigits(scaled) + prefix
    }

    /// Prometheus's `humanize1024`: binary prefixes from `ki` to `Yi` with `%.4g` above 1 in magnitude.
    static func humanize1024(_ v: Double) -> String {
        guard v.magnitude > 1 && v.isFinite else { return fourDigits(v) }
        let (scaled, prefix) = scaledUp(v, by: 1024, prefixes: ["ki", "Mi", "Gi", "Ti", "Pi", "Ei", "Zi", "Yi"])
        return fourDigits(scaled) + prefix
    }

    /// Prometheus's `humanizePercentage`: `v * 100` with `%.4g`, then `%`.
    static func humanizePercentage(_ v: Double) -> String {
        fourDigits(v * 100) + "%"
    }

    /// Prometheus's `humanizeDuration` of `v` seconds: `1d 2h 3m 4s`, `2h 0m 0s`, `1m 30s` with whole seconds;
    /// `1.5s` with `%.4g` below a minute; `500ms`, `10us` below a second. `nil` from 2⁶³ seconds in magnitude,
    /// where Go's conversion to int64 overflows and Prometheus prints nonsense.
    static func humanizeDuration(_ v: Double) -> String? {
        guard v.isFinite else { return fourDigits(v) }
        if v == 0 {
            return fourDigits(v) + "s"
        }
        guard v.magnitude >= 1 else {
            let (scaled, prefix) = scaledDown(v)
            return fourDigits(scaled) + prefix + "s"
        }
        guard v.magnitude < 0x1p63 else { return nil }
        let sign = v < 0 ? "-" : ""
        let seconds = Int64(v.magnitude)
        let (days, hours, minutes) = (seconds / 86400, seconds / 3600 % 24, seconds / 60 % 60)
        if days != 0 {
            return "\(sign)\(days)d \(hours)h \(minutes)m \(seconds % 60)s"
        }
        if hours != 0 {
            return "\(sign)\(hours)h \(minutes)m \(seconds % 60)s"
        }
        if minutes != 0 {
            return "\(sign)\(minutes)m \(seconds % 60)s"
        }
        return sign + fourDigits(v.magnitude) + "s"
    }

    /// Prometheus's `humanizeTimestamp` of `v` seconds since 1970: Go's `time.Time` text in UTC, truncated to
    /// milliseconds, such as `2020-09-13 12:26:40.12 +0000 UTC`. `nil` when `v` in nanoseconds leaves int64, which
    /// Prometheus reports as an error.
    static func humanizeTimestamp(_ v: Double) -> String? {
        guard v.isFinite else { return fourDigits(v) }
        let nanoseconds = v * 1e9
        guard nanoseconds >= -0x1p63 && nanoseconds < 0x1p63 else { return nil }
        let totalMilliseconds = Int64(nanoseconds) / 1_000_000
        let seconds = (totalMilliseconds - (totalMilliseconds % 1000 + 1000) % 1000) / 1000
        let milliseconds = padded(Int(totalMilliseconds - seconds * 1000), 3)
        let decimals = milliseconds.lastIndex { $0 != "0" }.map { "." + milliseconds[...$0] } ?? ""
        let date = Date(timeIntervalSince1970: Double(seconds))
        let fields = [Calendar.Component.year, .month, .day, .hour, .minute, .second].map {
            utc.component($0, from: date)
        }
        let day = "\(padded(fields[0], 4))-\(padded(fields[1], 2))-\(padded(fields[2], 2))"
        let time = fields[3...].map { padded($0, 2) }.joined(separator: ":")
        return "\(day) \(time)\(decimals) +0000 UTC"
    }

    /// Go's `%.4g`.
    private static func fourDigits(_ v: Double) -> String {
        formatted(v, verb: "g", precision: 4)
    }

    /// `v` divided by `base` while it is at least `base` in magnitude, once per prefix at most, and the last prefix
    /// used.
    private static func scaledUp(_ v: Double, by base: Double, prefixes: [String]) -> (Double, String) {
        var (v, prefix) = (v, "")
        for next in prefixes where v.magnitude >= base {
            (v, prefix) = (v / base, next)
        }
        return (v, prefix)
    }

    /// `v` multiplied by 1000 while it is below 1 in magnitude, eight times at most, and the last SI prefix used.
    private static func scaledDown(_ v: Double) -> (Double, String) {
        var (v, prefix) = (v, "")
        for next in ["m", "u", "n", "p", "f", "a", "z", "y"] where v.magnitude < 1 {
            (v, prefix) = (v * 1000, next)
        }
        return (v, prefix)
    }

    /// `number` in decimal with zeros in front up to `width` digits.
    private static func padded(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
