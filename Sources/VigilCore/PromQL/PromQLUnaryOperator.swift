/// A sign in front of a PromQL expression: `-x` negates, `+x` leaves the value unchanged.
public enum PromQLUnaryOperator: String, Hashable, Sendable, CaseIterable {
    /// `-`: negates every value and drops the metric name.
    case minus = "-"
    /// `+`: returns its operand unchanged.
    case plus = "+"
}
