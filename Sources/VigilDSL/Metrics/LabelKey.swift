/// The label names of a metric, declared as a `String` enum so that queries can only name labels the
/// metric has:
///
/// ```swift
/// enum HTTP: String, LabelKey { case method, endpoint, status }
/// let requests = Counter<HTTP>("http_requests_total", help: "HTTP requests handled.")
/// ```
///
/// A label whose values are a known few can declare them, so that a matcher or a test naming another value
/// (a typo) is an error:
///
/// ```swift
/// enum Payment: String, LabelKey {
///     case outcome, provider
///     static let values: [Payment: [String]] = [.outcome: ["success", "declined", "error"]]
/// }
/// ```
public protocol LabelKey: RawRepresentable, CaseIterable, Hashable, Sendable where RawValue == String {
    /// The values some labels can take, by label; a label not listed can take any value.
    static var values: [Self: [String]] { get }
}

extension LabelKey {
    /// Every label name of the set, in declaration order.
    public static var labelNames: [String] { allCases.map { $0.rawValue } }

    /// No label's values are declared.
    public static var values: [Self: [String]] { [:] }

    /// The declared values, by label name.
    public static var labelValues: [String: [String]] {
        // Most label sets declare none: returning early spares the generic `map`, whose types the runtime works
        // out anew for every label set, about 80 µs each before `specs` can start.
        let declared = values
        guard !declared.isEmpty else { return [:] }
        return Dictionary(uniqueKeysWithValues: declared.map { ($0.key.rawValue, $0.value) })
    }
}

/// The label set of a metric without labels of its own (only `job` and `instance`, which every scraped
/// series gets).
public enum NoLabels: LabelKey {
    public var rawValue: String {
        switch self {}
    }

    public init?(rawValue: String) { nil }

    public static var allCases: [NoLabels] { [] }
}
