/// A decimal number kept exactly as written: `99.9` is 999 × 10⁻¹, not the binary fraction closest to it, so that
/// an objective of 99.9% has an error budget of exactly 0.001.
///
/// Written as a literal (`99.9`, `14.4`, `95`); a float literal is read back from the shortest decimal that
/// identifies it, which is the text written for any literal of up to 15 significant digits.
public struct ExactDecimal: Hashable, Sendable, Comparable, CustomStringConvertible, ExpressibleByFloatLiteral,
    ExpressibleByIntegerLiteral
{
    /// The digits as an integer, without trailing zeros: 999 for 99.9.
    public let significand: Int64
    /// How many of those digits follow the decimal point: 1 for 99.9; never negative.
    public let decimals: Int

    /// The most digits after the decimal point a value may have (10¹⁸ is the largest power of ten in an `Int64`).
    public static let maximumDecimals = 18

    /// `significand × 10^-decimals`, with trailing zeros removed so that equal numbers compare and hash equal.
    public init(significand: Int64, decimals: Int) {
        precondition(
            (0...Self.maximumDecimals).contains(decimals), "an exact decimal has 0 to \(Self.maximumDecimals) decimals")
        var significand = significand
        var decimals = decimals
        while decimals > 0, significand % 10 == 0 {
            significand /= 10
            decimals -= 1
        }
        self.significand = significand
        self.decimals = decimals
    }

    /// Reads a decimal such as `99.9`, `-0.5`, `95` or `1e-3`; `nil` when the text is not a number or has more
    /// digits than an `Int64` and ``maximumDecimals`` hold.
    public init?(_ text: String) {
        var rest = text[...]
        var exponent = 0
        if let marker = rest.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            guard let value = Int(rest[rest.index(after: marker)...]) else { return nil }
            exponent = value
            rest = rest[..<marker]
        }
        let negative = rest.hasPrefix("-")
        if negative || rest.hasPrefix("+") { rest = rest.dropFirst() }
        let parts = rest.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let fraction = parts.count > 1 ? parts[1] : ""
        let digits = parts[0] + fraction
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else { return nil }
        var decimals = fraction.count - exponent
        var text = String(digits.drop { $0 == "0" })
        if decimals < 0 {
            text += String(repeating: "0", count: -decimals)
            decimals = 0
        }
        while decimals > Self.maximumDecimals, text.hasSuffix("0") {
            text.removeLast()
            decimals -= 1
        }
        guard decimals <= Self.maximumDecimals, let magnitude = Int64(text.isEmpty ? "0" : text) else { return nil }
        self.init(significand: negative ? -magnitude : magnitude, decimals: decimals)
    }

    /// A float literal, by its shortest decimal form (`99.9` is read as the text "99.9").
    public init(floatLiteral value: Double) {
        guard let exact = ExactDecimal(value.description) else {
            preconditionFailure("\(value) has more digits than an exact decimal keeps")
        }
        self = exact
    }

    /// A whole number.
    public init(integerLiteral value: Int64) {
        self.init(significand: value, decimals: 0)
    }

    /// `10^decimals`, the denominator of the value.
    public var scale: Int64 {
        (0..<decimals).reduce(1) { power, _ in power * 10 }
    }

    /// The nearest `Double`: the quotient of two exactly represented integers, rounded once.
    public var doubleValue: Double {
        Double(significand) / Double(scale)
    }

    /// The number as written, without trailing zeros: `99.9`, `95`, `0.001`, `-2.5`.
    public var description: String {
        let digits = String(significand.magnitude)
        let sign = significand < 0 ? "-" : ""
        guard decimals > 0 else { return sign + digits }
        let padded = String(repeating: "0", count: max(0, decimals + 1 - digits.count)) + digits
        let point = padded.index(padded.endIndex, offsetBy: -decimals)
        return sign + padded[..<point] + "." + padded[point...]
    }

    /// Orders by value, exactly.
    public static func < (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
        let decimals = max(lhs.decimals, rhs.decimals)
        let left = lhs.significand.multipliedFullWidth(by: power(decimals - lhs.decimals))
        let right = rhs.significand.multipliedFullWidth(by: power(decimals - rhs.decimals))
        return (left.high, left.low) < (right.high, right.low)
    }

    private static func power(_ exponent: Int) -> Int64 {
        (0..<exponent).reduce(1) { power, _ in power * 10 }
    }
}
