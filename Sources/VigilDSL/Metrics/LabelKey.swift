/// The label names of a metric, declared as a `String` enum so that queries can only name labels the
/// metric has:
///
/// ```swift
/// enum HTTP: String, LabelKey { case method, endpoint, status }
/// let requests = Counter<HTTP>("http_requests_total", help: "HTTP requests handled.")
/// ```
public protocol LabelKey: RawRepresentable, CaseIterable, Hashable, Sendable where RawValue == String {}

extension LabelKey {
    /// Every label name of the set, in declaration order.
    public static var labelNames: [String] { allCases.map { $0.rawValue } }
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
