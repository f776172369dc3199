import VigilCore

/// An exact rational number, for the arithmetic of objectives, error budgets and burn-rate factors: 99.9% leaves a
/// budget of exactly 1/1000, and a factor of 14.4 fires above exactly 18/1250, not above whatever `1 - 0.999` and
/// `14.4 * 0.001` round to in binary floating point. Always in lowest terms, with a positive denominator.
public struct Fraction: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The numerator.
    public let numerator: Int64
    /// The denominator, positive.
    public let denominator: Int64

    /// `numerator / denominator`, reduced.
    public init(_ numerator: Int64, _ denominator: Int64 = 1) {
        precondition(denominator != 0, "a fraction's denominator is not zero")
        let divisor = Swift.max(1, Self.gcd(numerator.magnitude, denominator.magnitude))
        let sign: Int64 = denominator < 0 ? -1 : 1
        self.numerator = sign * numerator / Int64(divisor)
        self.denominator = sign * denominator / Int64(divisor)
    }

    /// A decimal's exact value.
    public init(exactly decimal: ExactDecimal) {
        self.init(decimal.significand, decimal.scale)
    }

    /// A percentage as a ratio: 99.9% is 999/1000.
    public init(percent: Percent) {
        self = Fraction(exactly: percent.value) / Fraction(100)
    }

    /// How many times `part` fits into `whole`: 30 days over 1 hour is 720.
    public init(_ part: Duration, per whole: Duration) {
        self.init(part.milliseconds, whole.milliseconds)
    }

    /// The nearest `Double` (both terms are exact in a `Double` up to 2⁵³, so the quotient is rounded once).
    public var doubleValue: Double {
        Double(numerator) / Double(denominator)
    }

    /// The exact decimal expansion when it terminates within 18 digits (`0.0144`, `14.4`, `0.001`), otherwise
    /// the nearest `Double`'s shortest form (`0.9333333333333333`).
    public var description: String {
        var rest = denominator
        var decimals = 0
        for prime: Int64 in [2, 5] {
            while rest % prime == 0 {
                rest /= prime
            }
        }
        guard rest == 1 else { return "\(doubleValue)" }
        var scaled = self
        while scaled.denominator != 1, decimals < ExactDecimal.maximumDecimals {
            scaled = scaled * Fraction(10)
            decimals += 1
        }
        guard scaled.denominator == 1 else { return "\(doubleValue)" }
        return ExactDecimal(significand: scaled.numerator, decimals: decimals).description
    }

    /// The sum.
    public static func + (lhs: Fraction, rhs: Fraction) -> Fraction {
        let divisor = Int64(gcd(lhs.denominator.magnitude, rhs.denominator.magnitude))
        let (left, right) = (rhs.denominator / divisor, lhs.denominator / divisor)
        return Fraction(lhs.numerator * left + rhs.numerator * right, lhs.denominator * left)
    }

    /// The difference.
    public static func - (lhs: Fraction, rhs: Fraction) -> Fraction {
        lhs + Fraction(-rhs.numerator, rhs.denominator)
    }

    /// The product, reduced crosswise first so that intermediate terms stay small.
    public static func * (lhs: Fraction, rhs: Fraction) -> Fraction {
        let first = Int64(Swift.max(1, gcd(lhs.numerator.magnitude, rhs.denominator.magnitude)))
        let second = Int64(Swift.max(1, gcd(rhs.numerator.magnitude, lhs.denominator.magnitude)))
        return Fraction(
            (lhs.numerator / first) * (rhs.numerator / second), (lhs.denominator / second) * (rhs.denominator / first))
    }

    /// The quotient; `rhs` is not zero.
    public static func / (lhs: Fraction, rhs: Fraction) -> Fraction {
        lhs * Fraction(rhs.denominator, rhs.numerator)
    }

    /// Orders exactly, with full-width products.
    public static func < (lhs: Fraction, rhs: Fraction) -> Bool {
        let left = lhs.numerator.multipliedFullWidth(by: rhs.denominator)
        let right = rhs.numerator.multipliedFullWidth(by: lhs.denominator)
        return (left.high, left.low) < (right.high, right.low)
    }

    private static func gcd(_ a: UInt64, _ b: UInt64) -> UInt64 {
        b == 0 ? a : gcd(b, a % b)
    }
}

extension Fraction {
    /// The value rounded half away from zero to `decimals` digits after the point, for display: 0.93 for 14/15.
    public func rounded(toDecimals decimals: Int) -> ExactDecimal {
        let scale = Fraction(exactly: ExactDecimal(significand: 1, decimals: decimals))
        let scaled = self / scale
        let (quotient, remainder) = scaled.numerator.quotientAndRemainder(dividingBy: scaled.denominator)
        let away: Int64 = remainder.magnitude * 2 >= scaled.denominator.magnitude ? (scaled.numerator < 0 ? -1 : 1) : 0
        return ExactDecimal(significand: quotient + away, decimals: decimals)
    }
}
