/// What an end-to-end run of one stack showed.
public struct EndToEndReport: Sendable {
    /// The stack.
    public var stack: String
    /// The checks that passed, in order.
    public var passed: [String] = []
    /// The checks that failed, with what was seen.
    public var failures: [String] = []
    /// What the stack's plan could not exercise, and why.
    public var skipped: [String] = []

    /// Whether every check passed.
    public var succeeded: Bool { failures.isEmpty }
}
