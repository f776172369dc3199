/// The metrics the Prometheus client libraries' process collector exports for the process they run in (the
/// Python, Go and Java clients by default; Prometheus and Alertmanager too): CPU time, memory, file
/// descriptors, start time.
///
/// Declare the catalogue on a service whose application runs such a client:
/// ```swift
/// Service("api", scrape: .target("api:8000")) { ProcessMetrics.all }
/// ```
public enum ProcessMetrics {
    /// User and system CPU time the process has used.
    public static let cpuSeconds = Counter<NoLabels>(
        "process_cpu_seconds_total", help: "Total user and system CPU time spent in seconds.", unit: .seconds)

    /// Resident memory.
    public static let residentMemoryBytes = Gauge<NoLabels>(
        "process_resident_memory_bytes", help: "Resident memory size in bytes.", unit: .bytes)

    /// Virtual memory.
    public static let virtualMemoryBytes = Gauge<NoLabels>(
        "process_virtual_memory_bytes", help: "Virtual memory size in bytes.", unit: .bytes)

    /// Open file descriptors.
    public static let openFileDescriptors = Gauge<NoLabels>(
        "process_open_fds", help: "Number of open file descriptors.")

    /// The most file descriptors the process may open.
    public static let maxFileDescriptors = Gauge<NoLabels>(
        "process_max_fds", help: "Maximum number of open file descriptors.")

    /// When the process started, in seconds since the Unix epoch.
    public static let startTimeSeconds = Gauge<NoLabels>(
        "process_start_time_seconds", help: "Start time of the process since unix epoch in seconds.", unit: .seconds)

    /// Every metric of this catalogue, for declaring it on a service.
    public static let all: [MetricDeclaration] = [
        cpuSeconds.declaration, residentMemoryBytes.declaration, virtualMemoryBytes.declaration,
        openFileDescriptors.declaration, maxFileDescriptors.declaration, startTimeSeconds.declaration,
    ]
}
