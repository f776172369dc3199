/// The `@` modifier of a selector or subquery: evaluates it at a fixed time instead of the evaluation time.
public enum PromQLAtModifier: Hashable, Sendable {
    /// `@ <timestamp>`: a Unix time in milliseconds, written in seconds (`@ 1609746000`, `@ 1.5`).
    case timestamp(milliseconds: Int64)
    /// `@ start()`: the start of the range query (the evaluation time for an instant query).
    case start
    /// `@ end()`: the end of the range query (the evaluation time for an instant query).
    case end
}
