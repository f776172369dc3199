/// The metrics of cAdvisor, which exports the resource usage of every container on a host, by the names,
/// kinds and labels it exports them with.
///
/// Declare the whole catalogue on the service that scrapes cAdvisor:
/// ```swift
/// Service("cadvisor", scrape: .target("cadvisor:8080")) { CAdvisorMetrics.all }
/// ```
///
/// Every container series carries `id` (the cgroup), `name` and `image` (empty for cgroups that are not
/// containers, such as `id="/"`, the whole host); when cAdvisor runs inside the kubelet, also `container`,
/// `pod` and `namespace`. Swift names follow the metric names: the `container_` prefix and the `_total`
/// suffix dropped, the rest in lowerCamelCase (`container_cpu_usage_seconds_total` is ``cpuUsageSeconds``).
public enum CAdvisorMetrics {
    // MARK: - Label sets

    /// The labels of every container series.
    public enum ContainerLabel: String, LabelKey {
        /// The cgroup, e.g. `/docker/3f1c...`; `/` is the whole host.
        case id
        /// The container's name, e.g. `postgres`.
        case name
        /// The container's image, e.g. `postgres:16`.
        case image
        /// The container's name in its pod (kubelet only).
        case container
        /// The pod (kubelet only).
        case pod
        /// The pod's namespace (kubelet only).
        case namespace
    }

    /// The labels of a container's per-interface network series.
    public enum NetworkLabel: String, LabelKey {
        /// The cgroup.
        case id
        /// The container's name.
        case name
        /// The container's image.
        case image
        /// The container's name in its pod (kubelet only).
        case container
        /// The pod (kubelet only).
        case pod
        /// The pod's namespace (kubelet only).
        case namespace
        /// The network interface, e.g. `eth0`.
        case interface
    }

    /// The labels of a container's per-device filesystem series.
    public enum FilesystemLabel: String, LabelKey {
        /// The cgroup.
        case id
        /// The container's name.
        case name
        /// The container's image.
        case image
        /// The container's name in its pod (kubelet only).
        case container
        /// The pod (kubelet only).
        case pod
        /// The pod's namespace (kubelet only).
        case namespace
        /// The block device, e.g. `/dev/sda1`.
        case device
    }

    /// The labels of a container's tasks by state.
    public enum TaskStateLabel: String, LabelKey {
        /// The cgroup.
        case id
        /// The container's name.
        case name
        /// The container's image.
        case image
        /// The container's name in its pod (kubelet only).
        case container
        /// The pod (kubelet only).
        case pod
        /// The pod's namespace (kubelet only).
        case namespace
        /// `sleeping`, `running`, `stopped`, `uninterruptible` or `iowaiting`.
        case state
    }

    /// The labels of a container's memory allocation failures.
    public enum MemoryFailureLabel: String, LabelKey {
        /// The cgroup.
        case id
        /// The container's name.
        case name
        /// The container's image.
        case image
        /// The container's name in its pod (kubelet only).
        case container
        /// The pod (kubelet only).
        case pod
        /// The pod's namespace (kubelet only).
        case namespace
        /// `container` or `hierarchy`.
        case scope
        /// `pgfault` or `pgmajfault`.
        case failureType = "type"
    }

    /// The labels of cAdvisor's version information.
    public enum VersionInfoLabel: String, LabelKey {
        /// The source revision of cAdvisor.
        case cadvisorRevision
        /// The version of cAdvisor.
        case cadvisorVersion
        /// The version of Docker on the host.
        case dockerVersion
        /// The host's kernel version.
        case kernelVersion
        /// The host's operating system.
        case osVersion
    }

    // MARK: - CPU

    /// CPU seconds the container used, user and system.
    public static let cpuUsageSeconds = Counter<ContainerLabel>(
        "container_cpu_usage_seconds_total", help: "Cumulative cpu time consumed in seconds.", unit: .seconds)

    /// CPU seconds the container spent in user space.
    public static let cpuUserSeconds = Counter<ContainerLabel>(
        "container_cpu_user_seconds_total", help: "Cumulative user cpu time consumed in seconds.", unit: .seconds)

    /// CPU seconds the container spent in the kernel.
    public static let cpuSystemSeconds = Counter<ContainerLabel>(
        "container_cpu_system_seconds_total", help: "Cumulative system cpu time consumed in seconds.", unit: .seconds)

    /// CFS enforcement periods elapsed for a container with a CPU limit.
    public static let cpuCfsPeriods = Counter<ContainerLabel>(
        "container_cpu_cfs_periods_total", help: "Number of elapsed enforcement period intervals.")

    /// CFS periods in which the container was throttled.
    public static let cpuCfsThrottledPeriods = Counter<ContainerLabel>(
        "container_cpu_cfs_throttled_periods_total", help: "Number of throttled period intervals.")

    /// Seconds the container was throttled.
    public static let cpuCfsThrottledSeconds = Counter<ContainerLabel>(
        "container_cpu_cfs_throttled_seconds_total", help: "Total time duration the container has been throttled.",
        unit: .seconds)

    /// The container's CPU load average over the last 10 seconds.
    public static let cpuLoadAverage10s = Gauge<ContainerLabel>(
        "container_cpu_load_average_10s", help: "Value of container cpu load average over the last 10 seconds.")

    /// The CFS period of the container's CPU limit, in microseconds.
    public static let specCpuPeriod = Gauge<ContainerLabel>(
        "container_spec_cpu_period", help: "CPU period of the container.")

    /// The CFS quota of the container's CPU limit, in microseconds per period; divided by the period, the
    /// limit in CPUs.
    public static let specCpuQuota = Gauge<ContainerLabel>(
        "container_spec_cpu_quota", help: "CPU quota of the container.")

    /// The container's CPU shares.
    public static let specCpuShares = Gauge<ContainerLabel>(
        "container_spec_cpu_shares", help: "CPU share of the container.")

    // MARK: - Memory

    /// Memory the container uses, page cache included.
    public static let memoryUsageBytes = Gauge<ContainerLabel>(
        "container_memory_usage_bytes",
        help: "Current memory usage in bytes, including all memory regardless of when it was accessed.",
        unit: .bytes)

    /// The container's working set: what the OOM killer looks at.
    public static let memoryWorkingSetBytes = Gauge<ContainerLabel>(
        "container_memory_working_set_bytes", help: "Current working set in bytes.", unit: .bytes)

    /// The container's resident set size.
    public static let memoryRss = Gauge<ContainerLabel>("container_memory_rss", help: "Size of RSS in bytes.")

    /// The container's page cache.
    public static let memoryCache = Gauge<ContainerLabel>(
        "container_memory_cache", help: "Number of bytes of page cache memory.")

    /// The container's swap usage.
    public static let memorySwap = Gauge<ContainerLabel>(
        "container_memory_swap", help: "Container swap usage in bytes.")

    /// The container's memory-mapped files.
    public static let memoryMappedFile = Gauge<ContainerLabel>(
        "container_memory_mapped_file", help: "Size of memory mapped files in bytes.")

    /// The most memory the container has used.
    public static let memoryMaxUsageBytes = Gauge<ContainerLabel>(
        "container_memory_max_usage_bytes", help: "Maximum memory usage recorded in bytes.", unit: .bytes)

    /// Memory allocation failures of the container.
    public static let memoryFailures = Counter<MemoryFailureLabel>(
        "container_memory_failures_total", help: "Cumulative count of memory allocation failures.")

    /// Out-of-memory events in the container: the kernel's OOM killer ended one of its processes.
    public static let oomEvents = Counter<ContainerLabel>(
        "container_oom_events_total", help: "Count of out of memory events observed for the container")

    /// The container's memory limit; 0 when it has none.
    public static let specMemoryLimitBytes = Gauge<ContainerLabel>(
        "container_spec_memory_limit_bytes", help: "Memory limit for the container.", unit: .bytes)

    /// The container's memory reservation (soft limit).
    public static let specMemoryReservationLimitBytes = Gauge<ContainerLabel>(
        "container_spec_memory_reservation_limit_bytes", help: "Memory reservation limit for the container.",
        unit: .bytes)

    /// The container's swap limit.
    public static let specMemorySwapLimitBytes = Gauge<ContainerLabel>(
        "container_spec_memory_swap_limit_bytes", help: "Memory swap limit for the container.", unit: .bytes)

    // MARK: - Filesystem and disk I/O

    /// Bytes the container uses on a filesystem.
    public static let fsUsageBytes = Gauge<FilesystemLabel>(
        "container_fs_usage_bytes", help: "Number of bytes that are consumed by the container on this filesystem.",
        unit: .bytes)

    /// Bytes the container can use on a filesystem.
    public static let fsLimitBytes = Gauge<FilesystemLabel>(
        "container_fs_limit_bytes", help: "Number of bytes that can be consumed by the container on this filesystem.",
        unit: .bytes)

    /// Inodes free on a filesystem.
    public static let fsInodesFree = Gauge<FilesystemLabel>(
        "container_fs_inodes_free", help: "Number of available Inodes.")

    /// Inodes on a filesystem.
    public static let fsInodesTotal = Gauge<FilesystemLabel>("container_fs_inodes_total", help: "Number of Inodes.")

    /// Bytes the container read.
    public static let fsReadsBytes = Counter<FilesystemLabel>(
        "container_fs_reads_bytes_total", help: "Cumulative count of bytes read.", unit: .bytes)

    /// Bytes the container wrote.
    public static let fsWritesBytes = Counter<FilesystemLabel>(
        "container_fs_writes_bytes_total", help: "Cumulative count of bytes written.", unit: .bytes)

    /// Reads the container completed.
    public static let fsReads = Counter<FilesystemLabel>(
        "container_fs_reads_total", help: "Cumulative count of reads completed.")

    /// Writes the container completed.
    public static let fsWrites = Counter<FilesystemLabel>(
        "container_fs_writes_total", help: "Cumulative count of writes completed.")

    /// Seconds the container spent doing I/O.
    public static let fsIoTimeSeconds = Counter<FilesystemLabel>(
        "container_fs_io_time_seconds_total", help: "Cumulative count of seconds spent doing I/Os.", unit: .seconds)

    /// I/Os of the container in progress.
    public static let fsIoCurrent = Gauge<FilesystemLabel>(
        "container_fs_io_current", help: "Number of I/Os currently in progress.")

    // MARK: - Network

    /// Bytes the container received.
    public static let networkReceiveBytes = Counter<NetworkLabel>(
        "container_network_receive_bytes_total", help: "Cumulative count of bytes received.", unit: .bytes)

    /// Bytes the container transmitted.
    public static let networkTransmitBytes = Counter<NetworkLabel>(
        "container_network_transmit_bytes_total", help: "Cumulative count of bytes transmitted.", unit: .bytes)

    /// Packets the container received.
    public static let networkReceivePackets = Counter<NetworkLabel>(
        "container_network_receive_packets_total", help: "Cumulative count of packets received.")

    /// Packets the container transmitted.
    public static let networkTransmitPackets = Counter<NetworkLabel>(
        "container_network_transmit_packets_total", help: "Cumulative count of packets transmitted.")

    /// Errors while receiving.
    public static let networkReceiveErrors = Counter<NetworkLabel>(
        "container_network_receive_errors_total", help: "Cumulative count of errors encountered while receiving.")

    /// Errors while transmitting.
    public static let networkTransmitErrors = Counter<NetworkLabel>(
        "container_network_transmit_errors_total", help: "Cumulative count of errors encountered while transmitting.")

    /// Received packets dropped.
    public static let networkReceivePacketsDropped = Counter<NetworkLabel>(
        "container_network_receive_packets_dropped_total", help: "Cumulative count of packets dropped while receiving.")

    /// Transmitted packets dropped.
    public static let networkTransmitPacketsDropped = Counter<NetworkLabel>(
        "container_network_transmit_packets_dropped_total",
        help: "Cumulative count of packets dropped while transmitting.")

    // MARK: - Processes and lifecycle

    /// When cAdvisor last saw the container, in seconds since the Unix epoch.
    public static let lastSeen = Gauge<ContainerLabel>(
        "container_last_seen", help: "Last time a container was seen by the exporter.", unit: .seconds)

    /// When the container started, in seconds since the Unix epoch.
    public static let startTimeSeconds = Gauge<ContainerLabel>(
        "container_start_time_seconds", help: "Start time of the container since unix epoch in seconds.",
        unit: .seconds)

    /// The container's tasks in each state.
    public static let tasksState = Gauge<TaskStateLabel>(
        "container_tasks_state", help: "Number of tasks in given state.")

    /// Processes running in the container.
    public static let processes = Gauge<ContainerLabel>(
        "container_processes", help: "Number of processes running inside the container.")

    /// File descriptors the container has open.
    public static let fileDescriptors = Gauge<ContainerLabel>(
        "container_file_descriptors", help: "Number of open file descriptors for the container.")

    /// Threads running in the container.
    public static let threads = Gauge<ContainerLabel>(
        "container_threads", help: "Number of threads running inside the container.")

    /// 1 when cAdvisor failed to collect the containers' metrics.
    public static let scrapeError = Gauge<NoLabels>(
        "container_scrape_error", help: "1 if there was an error while getting container metrics, 0 otherwise.")

    // MARK: - The machine and cAdvisor

    /// The host's logical CPU cores.
    public static let machineCpuCores = Gauge<NoLabels>("machine_cpu_cores", help: "Number of logical CPU cores.")

    /// The host's physical CPU cores.
    public static let machineCpuPhysicalCores = Gauge<NoLabels>(
        "machine_cpu_physical_cores", help: "Number of physical CPU cores.")

    /// The host's memory.
    public static let machineMemoryBytes = Gauge<NoLabels>(
        "machine_memory_bytes", help: "Amount of memory installed on the machine.", unit: .bytes)

    /// cAdvisor's and the host's versions; always 1.
    public static let versionInfo = Gauge<VersionInfoLabel>(
        "cadvisor_version_info",
        help:
            "A metric with a constant '1' value labeled by kernel version, OS version, docker version, cadvisor version & cadvisor revision."
    )

    /// Every metric of this catalogue, for declaring it on a service.
    public static let all: [MetricDeclaration] = [
        cpuUsageSeconds.declaration, cpuUserSeconds.declaration, cpuSystemSeconds.declaration,
        cpuCfsPeriods.declaration, cpuCfsThrottledPeriods.declaration, cpuCfsThrottledSeconds.declaration,
        cpuLoadAverage10s.declaration, specCpuPeriod.declaration, specCpuQuota.declaration,
        specCpuShares.declaration,
        memoryUsageBytes.declaration, memoryWorkingSetBytes.declaration, memoryRss.declaration,
        memoryCache.declaration, memorySwap.declaration, memoryMappedFile.declaration,
        memoryMaxUsageBytes.declaration, memoryFailures.declaration, oomEvents.declaration,
        specMemoryLimitBytes.declaration, specMemoryReservationLimitBytes.declaration,
        specMemorySwapLimitBytes.declaration,
        fsUsageBytes.declaration, fsLimitBytes.declaration, fsInodesFree.declaration, fsInodesTotal.declaration,
        fsReadsBytes.declaration, fsWritesBytes.declaration, fsReads.declaration, fsWrites.declaration,
        fsIoTimeSeconds.declaration, fsIoCurrent.declaration,
        networkReceiveBytes.declaration, networkTransmitBytes.declaration, networkReceivePackets.declaration,
        networkTransmitPackets.declaration, networkReceiveErrors.declaration, networkTransmitErrors.declaration,
        networkReceivePacketsDropped.declaration, networkTransmitPacketsDropped.declaration,
        lastSeen.declaration, startTimeSeconds.declaration, tasksState.declaration, processes.declaration,
        fileDescriptors.declaration, threads.declaration, scrapeError.declaration,
        machineCpuCores.declaration, machineCpuPhysicalCores.declaration, machineMemoryBytes.declaration,
        versionInfo.declaration,
    ]
}
