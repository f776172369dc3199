/// A change to an exporter's rule pack, given on the exporter's declaration:
///
/// ```swift
/// NodeExporter(pack: [
///     .tune(.filesystemAlmostOutOfSpace, threshold: 10, for: .minutes(10)),
///     .route(.cpuHighUsage, severity: .warning, labels: ["team": "platform"]),
///     .disable(.systemdServiceFailed, because: "The hosts run no systemd."),
///     .exclude(.fstype, matching: "tmpfs|overlay"),
/// ])
/// ```
///
/// Alerts are named by the pack's enum, so a misspelt alert does not compile; a threshold the alert cannot take
/// is a located diagnostic.
public struct PackOverride<Alert: RulePackAlert>: Sendable {
    /// What the override changes.
    public enum Change: Sendable {
        /// A new threshold (in the alert's unit) or `for`, or both.
        case tune(Alert, threshold: Double?, duration: Duration?)
        /// A new severity, or labels added for routing, or both.
        case route(Alert, severity: Severity?, labels: [String: String])
        /// The alert is not generated; the reason is written in the stack README.
        case disable(Alert, reason: String)
        /// Series whose label matches the regular expression are left out of the alerts that read that label.
        case exclude(label: String, regex: String)

        /// The alert the change is to, `nil` for an exclusion (which is to every alert reading its label).
        public var alert: Alert? {
            switch self {
            case .tune(let alert, _, _), .route(let alert, _, _), .disable(let alert, _): alert
            case .exclude: nil
            }
        }
    }

    /// The change.
    public let change: Change
    /// Where it was written.
    public let location: SourceLocation

    /// An override of `change`.
    public init(_ change: Change, location: SourceLocation) {
        self.change = change
        self.location = location
    }

    /// Changes the alert's threshold, in its unit (``RulePackAlert/thresholdUnit``), or its `for`, or both.
    public static func tune(
        _ alert: Alert, threshold: Double? = nil, for duration: Duration? = nil,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) -> PackOverride {
        PackOverride(
            .tune(alert, threshold: threshold, duration: duration),
            location: SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column))
    }

    /// Changes the alert's severity, or adds labels for Alertmanager's routing, or both.
    public static func route(
        _ alert: Alert, severity: Severity? = nil, labels: [String: String] = [:],
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) -> PackOverride {
        PackOverride(
            .route(alert, severity: severity, labels: labels),
            location: SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column))
    }

    /// Leaves the alert out, for `reason`, which the stack README shows.
    public static func disable(
        _ alert: Alert, because reason: String,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) -> PackOverride {
        PackOverride(
            .disable(alert, reason: reason),
            location: SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column))
    }
}

extension PackOverride where Alert == NodeAlert {
    /// Leaves out of the filesystem alerts the filesystems whose `label` matches `regex`, e.g.
    /// `.exclude(.fstype, matching: "tmpfs|overlay")`.
    public static func exclude(
        _ label: NodeExporterMetrics.FilesystemLabel, matching regex: String,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) -> PackOverride {
        PackOverride(
            .exclude(label: label.rawValue, regex: regex),
            location: SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column))
    }
}

extension PackOverride: AnyPackOverride {}
