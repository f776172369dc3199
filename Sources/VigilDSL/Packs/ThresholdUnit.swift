/// What a rule pack alert's threshold measures.
public enum ThresholdUnit: String, Sendable {
    /// A percentage, 0 to 100.
    case percent
    /// Seconds.
    case seconds
    /// Days.
    case days
    /// Events per second.
    case perSecond = "per second"
    /// A plain number.
    case number
    /// The alert has no threshold.
    case none

    /// `value` written with the unit, e.g. `40%`, `0.05 s`.
    public func format(_ value: Double) -> String {
        let number = value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
        switch self {
        case .percent: return "\(number)%"
        case .seconds: return "\(number) s"
        case .days: return "\(number) d"
        case .perSecond: return "\(number)/s"
        case .number, .none: return number
        }
    }
}
