import VigilCompiler

/// An alert a scenario's fault must make fire, and why.
public struct ExpectedFiring: Hashable, Sendable, CustomStringConvertible {
    /// The fault that causes it, for reports: `target autodealgenie-backend/backend:8000 down`.
    public var cause: String
    /// The alert's name.
    public var alertName: String
    /// Labels the firing alert must carry besides `alertname`.
    public var labels: [String: String]

    /// Creates an expectation.
    public init(cause: String, alertName: String, labels: [String: String]) {
        self.cause = cause
        self.alertName = alertName
        self.labels = labels
    }

    /// Whether an alert with `labels` is this one.
    public func matches(_ alertLabels: [String: String]) -> Bool {
        alertLabels["alertname"] == alertName && labels.allSatisfy { alertLabels[$0.key] == $0.value }
    }

    public var description: String {
        let pairs = labels.sorted { $0.key < $1.key }.map { "\($0.key)=\"\($0.value)\"" }
        return "\(alertName){\(pairs.joined(separator: ","))} (\(cause))"
    }
}
