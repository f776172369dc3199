/// An alert of the node exporter's rule pack, which ``NodeExporter`` brings to its scrape job. Overrides name
/// the alert by case, so a misspelt alert does not compile (``PackOverride``).
///
/// Each alert has one tunable threshold at most, in the unit ``thresholdUnit`` states, and a `for` duration.
public enum NodeAlert: String, RulePackAlert {
    /// Free space below the threshold (percent, default 40) and the 6-hour trend reaching zero within 24 hours.
    case filesystemSpaceFillingUp = "NodeFilesystemSpaceFillingUp"
    /// Free space below the threshold (percent, default 20) and the trend reaching zero within 4 hours.
    case filesystemSpaceFillingUpFast = "NodeFilesystemSpaceFillingUpFast"
    /// Free space below the threshold (percent, default 5).
    case filesystemAlmostOutOfSpace = "NodeFilesystemAlmostOutOfSpace"
    /// Free space below the threshold (percent, default 3).
    case filesystemOutOfSpace = "NodeFilesystemOutOfSpace"
    /// Free inodes below the threshold (percent, default 40) and the trend reaching zero within 24 hours.
    case filesystemInodesFillingUp = "NodeFilesystemInodesFillingUp"
    /// Free inodes below the threshold (percent, default 20) and the trend reaching zero within 4 hours.
    case filesystemInodesFillingUpFast = "NodeFilesystemInodesFillingUpFast"
    /// Free inodes below the threshold (percent, default 5).
    case filesystemAlmostOutOfInodes = "NodeFilesystemAlmostOutOfInodes"
    /// Free inodes below the threshold (percent, default 3).
    case filesystemOutOfInodes = "NodeFilesystemOutOfInodes"
    /// A filesystem that was writable in the last hour is read-only now (remounted after errors).
    case filesystemReadOnly = "NodeFilesystemReadOnly"
    /// Receive errors above the threshold (percent of received packets, default 1).
    case networkReceiveErrors = "NodeNetworkReceiveErrors"
    /// Transmit errors above the threshold (percent of sent packets, default 1).
    case networkTransmitErrors = "NodeNetworkTransmitErrors"
    /// The clock's offset beyond the threshold (seconds, default 0.05) and not shrinking.
    case clockSkew = "NodeClockSkew"
    /// The clock not synchronised and its maximum error at least the threshold (seconds, default 16).
    case clockNotSynchronising = "NodeClockNotSynchronising"
    /// Memory in use above the threshold (percent of the total, default 90).
    case memoryHighUtilization = "NodeMemoryHighUtilization"
    /// Major page faults above the threshold (per second, default 500).
    case memoryMajorPageFaults = "NodeMemoryMajorPageFaults"
    /// The kernel's OOM killer killed a process in the last 5 minutes.
    case oomKill = "NodeOOMKill"
    /// CPU busy (not idle, not waiting for I/O) above the threshold (percent, default 90).
    case cpuHighUsage = "NodeCPUHighUsage"
    /// The 1-minute load per CPU above the threshold (default 2).
    case systemSaturation = "NodeSystemSaturation"
    /// Disk I/O queue (weighted seconds of I/O per second) above the threshold (default 10).
    case diskIOSaturation = "NodeDiskIOSaturation"
    /// Open file descriptors above the threshold (percent of the kernel's limit, default 70).
    case fileDescriptorLimit = "NodeFileDescriptorLimit"
    /// A systemd unit in the `failed` state (systemd collector only).
    case systemdServiceFailed = "NodeSystemdServiceFailed"
    /// A systemd service restarted more times than the threshold in 5 minutes (default 2).
    case systemdServiceCrashlooping = "NodeSystemdServiceCrashlooping"
    /// The textfile collector could not read a `.prom` file.
    case textfileScrapeError = "NodeTextfileScrapeError"

    /// The alert's name (`alertname`).
    public var alertName: String { rawValue }

    /// The severity it fires with unless overridden.
    public var defaultSeverity: Severity {
        switch self {
        case .filesystemSpaceFillingUpFast, .filesystemOutOfSpace, .filesystemInodesFillingUpFast,
            .filesystemOutOfInodes:
            .critical
        case .cpuHighUsage: .info
        default: .warning
        }
    }

    /// How long its condition must hold unless overridden; `nil` fires at once.
    public var defaultFor: Duration? {
        switch self {
        case .filesystemSpaceFillingUp, .filesystemSpaceFillingUpFast, .filesystemInodesFillingUp,
            .filesystemInodesFillingUpFast, .filesystemAlmostOutOfInodes, .filesystemOutOfInodes,
            .networkReceiveErrors, .networkTransmitErrors:
            .hours(1)
        case .filesystemAlmostOutOfSpace, .filesystemOutOfSpace, .diskIOSaturation: .minutes(30)
        case .clockSkew, .clockNotSynchronising, .textfileScrapeError: .minutes(10)
        case .memoryHighUtilization, .memoryMajorPageFaults, .cpuHighUsage, .systemSaturation,
            .fileDescriptorLimit, .systemdServiceCrashlooping:
            .minutes(15)
        case .systemdServiceFailed: .minutes(5)
        case .filesystemReadOnly, .oomKill: nil
        }
    }

    /// The threshold unless overridden, in ``thresholdUnit``; `nil` for an alert without one.
    public var defaultThreshold: Double? {
        switch self {
        case .filesystemSpaceFillingUp, .filesystemInodesFillingUp: 40
        case .filesystemSpaceFillingUpFast, .filesystemInodesFillingUpFast: 20
        case .filesystemAlmostOutOfSpace, .filesystemAlmostOutOfInodes: 5
        case .filesystemOutOfSpace, .filesystemOutOfInodes: 3
        case .networkReceiveErrors, .networkTransmitErrors: 1
        case .clockSkew: 0.05
        case .clockNotSynchronising: 16
        case .memoryHighUtilization, .cpuHighUsage: 90
        case .memoryMajorPageFaults: 500
        case .systemSaturation: 2
        case .diskIOSaturation: 10
        case .fileDescriptorLimit: 70
        case .systemdServiceCrashlooping: 2
        case .filesystemReadOnly, .oomKill, .systemdServiceFailed, .textfileScrapeError: nil
        }
    }

    /// What the threshold measures, for the README and the override diagnostics.
    public var thresholdUnit: ThresholdUnit {
        switch self {
        case .filesystemSpaceFillingUp, .filesystemSpaceFillingUpFast, .filesystemAlmostOutOfSpace,
            .filesystemOutOfSpace, .filesystemInodesFillingUp, .filesystemInodesFillingUpFast,
            .filesystemAlmostOutOfInodes, .filesystemOutOfInodes, .networkReceiveErrors, .networkTransmitErrors,
            .memoryHighUtilization, .cpuHighUsage, .fileDescriptorLimit:
            .percent
        case .clockSkew, .clockNotSynchronising: .seconds
        case .memoryMajorPageFaults: .perSecond
        case .systemSaturation, .diskIOSaturation, .systemdServiceCrashlooping: .number
        case .filesystemReadOnly, .oomKill, .systemdServiceFailed, .textfileScrapeError: .none
        }
    }

    /// The horizon of the fill-up prediction, for the alerts that predict one.
    public var predictionHorizon: Duration? {
        switch self {
        case .filesystemSpaceFillingUp, .filesystemInodesFillingUp: .hours(24)
        case .filesystemSpaceFillingUpFast, .filesystemInodesFillingUpFast: .hours(4)
        default: nil
        }
    }
}
