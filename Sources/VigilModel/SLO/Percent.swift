/// A percentage kept exactly as written, such as an SLO's objective: `99.9%` means a ratio of exactly 0.999 and
/// leaves an error budget of exactly 0.001.
///
/// Write it with the postfix `%` (`99.9%`) or as a bare literal where a `Percent` is expected (`objective: 99.9`).
public struct Percent: Hashable, Sendable, Comparable, CustomStringConvertible, ExpressibleByFloatLiteral,
    ExpressibleByIntegerLiteral
{
    /// The number of hundredths: 99.9 for 99.9%.
    public let value: ExactDecimal

    /// `value` percent.
    public init(_ value: ExactDecimal) {
        self.value = value
    }

    /// A float literal, read exactly (`99.9`).
    public init(floatLiteral value: Double) {
        self.init(ExactDecimal(floatLiteral: value))
    }

    /// A whole percentage (`95`).
    public init(integerLiteral value: Int64) {
        self.init(ExactDecimal(integerLiteral: value))
    }

    /// `99.9%`.
    public var description: String { "\(value)%" }

    /// Orders by value.
    public static func < (lhs: Percent, rhs: Percent) -> Bool { lhs.value < rhs.value }
}

/// Marks a number as a percentage: `99.9%`.
postfix operator %

/// The percentage `value`: `99.9%` is ``Percent`` 99.9, kept exactly.
public postfix func % (value: ExactDecimal) -> Percent {
    Percent(value)
}
