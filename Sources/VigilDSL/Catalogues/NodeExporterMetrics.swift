/// The metrics of the Prometheus node exporter (1.x, Linux), by the names, kinds and labels it exports them
/// with: CPU, memory, filesystems, disks, network, time, systemd, hardware sensors and the exporter itself.
///
/// Declare the whole catalogue on the service that scrapes the exporter:
/// ```swift
/// Service("node", scrape: .target("node-exporter:9100")) { NodeExporterMetrics.all }
/// ```
///
/// The exporter's `/proc/vmstat` values (`node_vmstat_*`) are untyped in its output; they are cumulative
/// event counts, so they are declared as counters (without the `_total` suffix they are exported with).
/// Swift names follow the metric names: the `node_` prefix and the `_total` suffix dropped, the rest in
/// lowerCamelCase (`node_network_receive_bytes_total` is ``networkReceiveBytes``).
public enum NodeExporterMetrics {
    // MARK: - Label sets

    /// The labels of per-CPU time: the CPU's number and the mode its time was spent in.
    public enum CPULabel: String, LabelKey {
        /// The logical CPU's number, e.g. `0`.
        case cpu
        /// `user`, `system`, `idle`, `iowait`, `irq`, `softirq`, `steal` or `nice` (`guest` modes for guest time).
        case mode
    }

    /// The labels of a mounted filesystem.
    public enum FilesystemLabel: String, LabelKey {
        /// The mounted device, e.g. `/dev/sda1`.
        case device
        /// The filesystem type, e.g. `ext4`.
        case fstype
        /// Where it is mounted, e.g. `/`.
        case mountpoint
    }

    /// The label of per-device metrics: a network interface (`eth0`), a block device (`sda`) or an md array
    /// (`md0`).
    public enum DeviceLabel: String, LabelKey {
        /// The device's name.
        case device
    }

    /// The labels of an md RAID array's disk counts.
    public enum MDDiskLabel: String, LabelKey {
        /// The array, e.g. `md0`.
        case device
        /// `active`, `failed`, `spare` or `down`.
        case state
    }

    /// The labels of an md RAID array's state.
    public enum MDStateLabel: String, LabelKey {
        /// The array, e.g. `md0`.
        case device
        /// `active`, `inactive`, `recovering`, `resync` or `check`.
        case state
    }

    /// The labels of a block device's description.
    public enum DiskInfoLabel: String, LabelKey {
        /// The device's name, e.g. `sda`.
        case device
        /// The device's major number.
        case major
        /// The device's minor number.
        case minor
        /// Its stable path below `/dev/disk/by-path`.
        case path
        /// Its World Wide Name.
        case wwn
        /// Its model.
        case model
        /// Its serial number.
        case serial
        /// Its firmware revision.
        case revision
    }

    /// The labels of a network interface's description.
    public enum NetworkInfoLabel: String, LabelKey {
        /// The interface's hardware address.
        case address
        /// Whether it is administratively `up` or `down`.
        case adminstate
        /// Its broadcast address.
        case broadcast
        /// The interface, e.g. `eth0`.
        case device
        /// `full` or `half` duplex.
        case duplex
        /// Its alias.
        case ifalias
        /// Its operational state, e.g. `up`.
        case operstate
    }

    /// The labels of a systemd unit's state.
    public enum SystemdUnitLabel: String, LabelKey {
        /// The unit, e.g. `nginx.service`.
        case name
        /// `activating`, `active`, `deactivating`, `failed` or `inactive`: one series per state, 1 for the
        /// current one.
        case state
        /// The service type, e.g. `simple`, `forking`, `oneshot`, `notify`.
        case type
    }

    /// The label of per-unit systemd metrics.
    public enum SystemdNameLabel: String, LabelKey {
        /// The unit, e.g. `nginx.service`.
        case name
    }

    /// The labels of a hardware-monitoring sensor.
    public enum HwmonLabel: String, LabelKey {
        /// The chip, e.g. `platform_coretemp_0`.
        case chip
        /// The sensor on the chip, e.g. `temp1`.
        case sensor
    }

    /// The labels naming a hardware-monitoring chip.
    public enum HwmonChipLabel: String, LabelKey {
        /// The chip, e.g. `platform_coretemp_0`.
        case chip
        /// The name the chip's driver gives, e.g. `coretemp`.
        case chipName = "chip_name"
    }

    /// The label of a bonding interface.
    public enum BondingLabel: String, LabelKey {
        /// The bonding interface, e.g. `bond0`.
        case master
    }

    /// The label of an EDAC memory controller.
    public enum EDACLabel: String, LabelKey {
        /// The memory controller's number.
        case controller
    }

    /// The labels of the kernel's identification (`uname`).
    public enum UnameLabel: String, LabelKey {
        /// The NIS domain name.
        case domainname
        /// The hardware, e.g. `x86_64`.
        case machine
        /// The host name.
        case nodename
        /// The kernel release, e.g. `6.1.0-18-amd64`.
        case release
        /// The operating system, e.g. `Linux`.
        case sysname
        /// The kernel's build version.
        case version
    }

    /// The labels of the exporter's build information.
    public enum BuildInfoLabel: String, LabelKey {
        /// The source branch.
        case branch
        /// The target architecture.
        case goarch
        /// The target operating system.
        case goos
        /// The Go version it was built with.
        case goversion
        /// The source revision.
        case revision
        /// The build tags.
        case tags
        /// The exporter's version, e.g. `1.8.2`.
        case version
    }

    /// The label of per-collector metrics of the exporter.
    public enum CollectorLabel: String, LabelKey {
        /// The collector, e.g. `cpu`, `filesystem`.
        case collector
    }

    /// The label of the textfile collector's per-file metrics.
    public enum TextfileLabel: String, LabelKey {
        /// The `.prom` file.
        case file
    }

    // MARK: - CPU and load

    /// Seconds each CPU spent in each mode.
    public static let cpuSeconds = Counter<CPULabel>(
        "node_cpu_seconds_total", help: "Seconds the CPUs spent in each mode.", unit: .seconds)

    /// Seconds each CPU spent running virtual CPUs of guests.
    public static let cpuGuestSeconds = Counter<CPULabel>(
        "node_cpu_guest_seconds_total", help: "Seconds the CPUs spent in guests (VMs) for each mode.", unit: .seconds)

    /// The 1-minute load average.
    public static let load1 = Gauge<NoLabels>("node_load1", help: "1m load average.")

    /// The 5-minute load average.
    public static let load5 = Gauge<NoLabels>("node_load5", help: "5m load average.")

    /// The 15-minute load average.
    public static let load15 = Gauge<NoLabels>("node_load15", help: "15m load average.")

    /// Context switches since boot.
    public static let contextSwitches = Counter<NoLabels>(
        "node_context_switches_total", help: "Total number of context switches.")

    /// Processes created (forks) since boot.
    public static let forks = Counter<NoLabels>("node_forks_total", help: "Total number of forks.")

    /// Interrupts serviced since boot.
    public static let interrupts = Counter<NoLabels>("node_intr_total", help: "Total number of interrupts serviced.")

    /// Processes in a runnable state.
    public static let procsRunning = Gauge<NoLabels>(
        "node_procs_running", help: "Number of processes in runnable state.")

    /// Processes blocked waiting for I/O.
    public static let procsBlocked = Gauge<NoLabels>(
        "node_procs_blocked", help: "Number of processes blocked waiting for I/O to complete.")

    /// Seconds in which some task waited for a CPU (pressure stall information).
    public static let pressureCPUWaitingSeconds = Counter<NoLabels>(
        "node_pressure_cpu_waiting_seconds_total",
        help: "Total time in seconds that processes have waited for CPU time.",
        unit: .seconds)

    /// Seconds in which some task waited for memory.
    public static let pressureMemoryWaitingSeconds = Counter<NoLabels>(
        "node_pressure_memory_waiting_seconds_total",
        help: "Total time in seconds that processes have waited for memory.",
        unit: .seconds)

    /// Seconds in which every non-idle task stalled on memory.
    public static let pressureMemoryStalledSeconds = Counter<NoLabels>(
        "node_pressure_memory_stalled_seconds_total",
        help: "Total time in seconds no process could make progress due to memory congestion.",
        unit: .seconds)

    /// Seconds in which some task waited for I/O.
    public static let pressureIOWaitingSeconds = Counter<NoLabels>(
        "node_pressure_io_waiting_seconds_total",
        help: "Total time in seconds that processes have waited due to IO congestion.",
        unit: .seconds)

    /// Seconds in which every non-idle task stalled on I/O.
    public static let pressureIOStalledSeconds = Counter<NoLabels>(
        "node_pressure_io_stalled_seconds_total",
        help: "Total time in seconds no process could make progress due to IO congestion.",
        unit: .seconds)

    // MARK: - Memory (/proc/meminfo)

    /// Memory installed and usable by the kernel.
    public static let memoryMemTotalBytes = Gauge<NoLabels>(
        "node_memory_MemTotal_bytes", help: "Memory information field MemTotal_bytes.", unit: .bytes)

    /// Memory not used for anything.
    public static let memoryMemFreeBytes = Gauge<NoLabels>(
        "node_memory_MemFree_bytes", help: "Memory information field MemFree_bytes.", unit: .bytes)

    /// Memory available for starting new applications without swapping: the measure of free memory.
    public static let memoryMemAvailableBytes = Gauge<NoLabels>(
        "node_memory_MemAvailable_bytes", help: "Memory information field MemAvailable_bytes.", unit: .bytes)

    /// Memory in block-device buffers.
    public static let memoryBuffersBytes = Gauge<NoLabels>(
        "node_memory_Buffers_bytes", help: "Memory information field Buffers_bytes.", unit: .bytes)

    /// Memory in the page cache.
    public static let memoryCachedBytes = Gauge<NoLabels>(
        "node_memory_Cached_bytes", help: "Memory information field Cached_bytes.", unit: .bytes)

    /// Memory used by the kernel's slab allocator.
    public static let memorySlabBytes = Gauge<NoLabels>(
        "node_memory_Slab_bytes", help: "Memory information field Slab_bytes.", unit: .bytes)

    /// Slab memory the kernel can reclaim.
    public static let memorySReclaimableBytes = Gauge<NoLabels>(
        "node_memory_SReclaimable_bytes", help: "Memory information field SReclaimable_bytes.", unit: .bytes)

    /// Shared memory (tmpfs, shm).
    public static let memoryShmemBytes = Gauge<NoLabels>(
        "node_memory_Shmem_bytes", help: "Memory information field Shmem_bytes.", unit: .bytes)

    /// Memory recently used.
    public static let memoryActiveBytes = Gauge<NoLabels>(
        "node_memory_Active_bytes", help: "Memory information field Active_bytes.", unit: .bytes)

    /// Memory not recently used, first to be reclaimed.
    public static let memoryInactiveBytes = Gauge<NoLabels>(
        "node_memory_Inactive_bytes", help: "Memory information field Inactive_bytes.", unit: .bytes)

    /// Memory waiting to be written back to disk.
    public static let memoryDirtyBytes = Gauge<NoLabels>(
        "node_memory_Dirty_bytes", help: "Memory information field Dirty_bytes.", unit: .bytes)

    /// Memory allocated by processes (committed address space).
    public static let memoryCommittedASBytes = Gauge<NoLabels>(
        "node_memory_Committed_AS_bytes", help: "Memory information field Committed_AS_bytes.", unit: .bytes)

    /// The limit of committed memory under strict overcommit.
    public static let memoryCommitLimitBytes = Gauge<NoLabels>(
        "node_memory_CommitLimit_bytes", help: "Memory information field CommitLimit_bytes.", unit: .bytes)

    /// Swap space in total.
    public static let memorySwapTotalBytes = Gauge<NoLabels>(
        "node_memory_SwapTotal_bytes", help: "Memory information field SwapTotal_bytes.", unit: .bytes)

    /// Swap space unused.
    public static let memorySwapFreeBytes = Gauge<NoLabels>(
        "node_memory_SwapFree_bytes", help: "Memory information field SwapFree_bytes.", unit: .bytes)

    /// Swapped-out memory that is also in the page cache.
    public static let memorySwapCachedBytes = Gauge<NoLabels>(
        "node_memory_SwapCached_bytes", help: "Memory information field SwapCached_bytes.", unit: .bytes)

    /// Memory used by huge pages in total.
    public static let memoryHugePagesTotal = Gauge<NoLabels>(
        "node_memory_HugePages_Total", help: "Memory information field HugePages_Total.")

    // MARK: - Virtual memory statistics (/proc/vmstat)

    /// Page faults since boot.
    public static let vmstatPgfault = Counter<NoLabels>(
        "node_vmstat_pgfault", help: "/proc/vmstat information field pgfault.")

    /// Major page faults (that needed disk I/O) since boot.
    public static let vmstatPgmajfault = Counter<NoLabels>(
        "node_vmstat_pgmajfault", help: "/proc/vmstat information field pgmajfault.")

    /// Pages read in from disk since boot.
    public static let vmstatPgpgin = Counter<NoLabels>(
        "node_vmstat_pgpgin", help: "/proc/vmstat information field pgpgin.")

    /// Pages written out to disk since boot.
    public static let vmstatPgpgout = Counter<NoLabels>(
        "node_vmstat_pgpgout", help: "/proc/vmstat information field pgpgout.")

    /// Pages swapped in since boot.
    public static let vmstatPswpin = Counter<NoLabels>(
        "node_vmstat_pswpin", help: "/proc/vmstat information field pswpin.")

    /// Pages swapped out since boot.
    public static let vmstatPswpout = Counter<NoLabels>(
        "node_vmstat_pswpout", help: "/proc/vmstat information field pswpout.")

    /// Processes killed by the kernel's out-of-memory killer since boot.
    public static let vmstatOomKill = Counter<NoLabels>(
        "node_vmstat_oom_kill", help: "/proc/vmstat information field oom_kill.")

    // MARK: - Filesystems

    /// Bytes available to non-root users.
    public static let filesystemAvailBytes = Gauge<FilesystemLabel>(
        "node_filesystem_avail_bytes", help: "Filesystem space available to non-root users in bytes.", unit: .bytes)

    /// Bytes free, including those reserved for root.
    public static let filesystemFreeBytes = Gauge<FilesystemLabel>(
        "node_filesystem_free_bytes", help: "Filesystem free space in bytes.", unit: .bytes)

    /// The filesystem's size.
    public static let filesystemSizeBytes = Gauge<FilesystemLabel>(
        "node_filesystem_size_bytes", help: "Filesystem size in bytes.", unit: .bytes)

    /// Inodes in total.
    public static let filesystemFiles = Gauge<FilesystemLabel>(
        "node_filesystem_files", help: "Filesystem total file nodes.")

    /// Inodes free.
    public static let filesystemFilesFree = Gauge<FilesystemLabel>(
        "node_filesystem_files_free", help: "Filesystem total free file nodes.")

    /// 1 when the filesystem is mounted read-only.
    public static let filesystemReadonly = Gauge<FilesystemLabel>(
        "node_filesystem_readonly", help: "Filesystem read-only status.")

    /// 1 when the exporter could not stat the filesystem.
    public static let filesystemDeviceError = Gauge<FilesystemLabel>(
        "node_filesystem_device_error", help: "Whether an error occurred while getting statistics for the given device."
    )

    // MARK: - Block devices (/proc/diskstats)

    /// Reads completed.
    public static let diskReadsCompleted = Counter<DeviceLabel>(
        "node_disk_reads_completed_total", help: "The total number of reads completed successfully.")

    /// Adjacent reads merged into one.
    public static let diskReadsMerged = Counter<DeviceLabel>(
        "node_disk_reads_merged_total", help: "The total number of reads merged.")

    /// Bytes read.
    public static let diskReadBytes = Counter<DeviceLabel>(
        "node_disk_read_bytes_total", help: "The total number of bytes read successfully.", unit: .bytes)

    /// Seconds spent by all reads.
    public static let diskReadTimeSeconds = Counter<DeviceLabel>(
        "node_disk_read_time_seconds_total", help: "The total number of seconds spent by all reads.", unit: .seconds)

    /// Writes completed.
    public static let diskWritesCompleted = Counter<DeviceLabel>(
        "node_disk_writes_completed_total", help: "The total number of writes completed successfully.")

    /// Adjacent writes merged into one.
    public static let diskWritesMerged = Counter<DeviceLabel>(
        "node_disk_writes_merged_total", help: "The number of writes merged.")

    /// Bytes written.
    public static let diskWrittenBytes = Counter<DeviceLabel>(
        "node_disk_written_bytes_total", help: "The total number of bytes written successfully.", unit: .bytes)

    /// Seconds spent by all writes.
    public static let diskWriteTimeSeconds = Counter<DeviceLabel>(
        "node_disk_write_time_seconds_total", help: "This is the total number of seconds spent by all writes.",
        unit: .seconds)

    /// I/Os in progress.
    public static let diskIoNow = Gauge<DeviceLabel>(
        "node_disk_io_now", help: "The number of I/Os currently in progress.")

    /// Seconds the device was busy: its rate is the utilisation (0 to 1).
    public static let diskIoTimeSeconds = Counter<DeviceLabel>(
        "node_disk_io_time_seconds_total", help: "Total seconds spent doing I/Os.", unit: .seconds)

    /// I/O seconds weighted by the I/Os in progress: its rate is the average queue size.
    public static let diskIoTimeWeightedSeconds = Counter<DeviceLabel>(
        "node_disk_io_time_weighted_seconds_total", help: "The weighted # of seconds spent doing I/Os.", unit: .seconds)

    /// Discards completed.
    public static let diskDiscardsCompleted = Counter<DeviceLabel>(
        "node_disk_discards_completed_total", help: "The total number of discards completed successfully.")

    /// Flush requests completed.
    public static let diskFlushRequests = Counter<DeviceLabel>(
        "node_disk_flush_requests_total", help: "The total number of flush requests completed successfully.")

    /// A block device's description; always 1.
    public static let diskInfo = Gauge<DiskInfoLabel>("node_disk_info", help: "Info of /sys/block/<block_device>.")

    // MARK: - Network (/proc/net/dev and /sys/class/net)

    /// Bytes received.
    public static let networkReceiveBytes = Counter<DeviceLabel>(
        "node_network_receive_bytes_total", help: "Network device statistic receive_bytes.", unit: .bytes)

    /// Packets received.
    public static let networkReceivePackets = Counter<DeviceLabel>(
        "node_network_receive_packets_total", help: "Network device statistic receive_packets.")

    /// Receive errors.
    public static let networkReceiveErrs = Counter<DeviceLabel>(
        "node_network_receive_errs_total", help: "Network device statistic receive_errs.")

    /// Received packets dropped.
    public static let networkReceiveDrop = Counter<DeviceLabel>(
        "node_network_receive_drop_total", help: "Network device statistic receive_drop.")

    /// Receive FIFO buffer errors.
    public static let networkReceiveFifo = Counter<DeviceLabel>(
        "node_network_receive_fifo_total", help: "Network device statistic receive_fifo.")

    /// Receive framing errors.
    public static let networkReceiveFrame = Counter<DeviceLabel>(
        "node_network_receive_frame_total", help: "Network device statistic receive_frame.")

    /// Multicast packets received.
    public static let networkReceiveMulticast = Counter<DeviceLabel>(
        "node_network_receive_multicast_total", help: "Network device statistic receive_multicast.")

    /// Bytes transmitted.
    public static let networkTransmitBytes = Counter<DeviceLabel>(
        "node_network_transmit_bytes_total", help: "Network device statistic transmit_bytes.", unit: .bytes)

    /// Packets transmitted.
    public static let networkTransmitPackets = Counter<DeviceLabel>(
        "node_network_transmit_packets_total", help: "Network device statistic transmit_packets.")

    /// Transmit errors.
    public static let networkTransmitErrs = Counter<DeviceLabel>(
        "node_network_transmit_errs_total", help: "Network device statistic transmit_errs.")

    /// Transmitted packets dropped.
    public static let networkTransmitDrop = Counter<DeviceLabel>(
        "node_network_transmit_drop_total", help: "Network device statistic transmit_drop.")

    /// Transmit FIFO buffer errors.
    public static let networkTransmitFifo = Counter<DeviceLabel>(
        "node_network_transmit_fifo_total", help: "Network device statistic transmit_fifo.")

    /// Collisions while transmitting.
    public static let networkTransmitColls = Counter<DeviceLabel>(
        "node_network_transmit_colls_total", help: "Network device statistic transmit_colls.")

    /// Carrier losses while transmitting.
    public static let networkTransmitCarrier = Counter<DeviceLabel>(
        "node_network_transmit_carrier_total", help: "Network device statistic transmit_carrier.")

    /// 1 when the interface's operational state is `up`.
    public static let networkUp = Gauge<DeviceLabel>(
        "node_network_up", help: "Value is 1 if operstate is 'up', 0 otherwise.")

    /// The interface's link speed in bytes per second.
    public static let networkSpeedBytes = Gauge<DeviceLabel>(
        "node_network_speed_bytes", help: "Network device property: speed_bytes.", unit: .bytes)

    /// The interface's MTU.
    public static let networkMtuBytes = Gauge<DeviceLabel>(
        "node_network_mtu_bytes", help: "Network device property: mtu_bytes.", unit: .bytes)

    /// 1 when the interface has a carrier.
    public static let networkCarrier = Gauge<DeviceLabel>(
        "node_network_carrier", help: "Network device property: carrier.")

    /// The interface's transmit queue length.
    public static let networkTransmitQueueLength = Gauge<DeviceLabel>(
        "node_network_transmit_queue_length", help: "Network device property: transmit_queue_length.")

    /// A network interface's description; always 1.
    public static let networkInfo = Gauge<NetworkInfoLabel>(
        "node_network_info", help: "Non-numeric data from /sys/class/net/<iface>, value is always 1.")

    /// Tracked connections (netfilter conntrack).
    public static let nfConntrackEntries = Gauge<NoLabels>(
        "node_nf_conntrack_entries", help: "Number of currently allocated flow entries for connection tracking.")

    /// The most connections conntrack can track.
    public static let nfConntrackEntriesLimit = Gauge<NoLabels>(
        "node_nf_conntrack_entries_limit", help: "Maximum size of connection tracking table.")

    /// Slave interfaces configured on a bonding interface.
    public static let bondingSlaves = Gauge<BondingLabel>(
        "node_bonding_slaves", help: "Number of configured slaves per bonding interface.")

    /// Slave interfaces up on a bonding interface.
    public static let bondingActive = Gauge<BondingLabel>(
        "node_bonding_active", help: "Number of active slaves per bonding interface.")

    /// Sockets in use, of all protocols.
    public static let sockstatSocketsUsed = Gauge<NoLabels>(
        "node_sockstat_sockets_used", help: "Number of IPv4 sockets in use.")

    // MARK: - Software RAID (/proc/mdstat)

    /// Disks of an md array in each state.
    public static let mdDisks = Gauge<MDDiskLabel>(
        "node_md_disks", help: "Number of active/failed/spare disks of device.")

    /// Disks an md array is configured with.
    public static let mdDisksRequired = Gauge<DeviceLabel>(
        "node_md_disks_required", help: "Total number of disks of device.")

    /// An md array's state: 1 for its current state.
    public static let mdState = Gauge<MDStateLabel>("node_md_state", help: "Indicates the state of md-device.")

    /// An md array's size in blocks.
    public static let mdBlocks = Gauge<DeviceLabel>("node_md_blocks", help: "Total number of blocks on device.")

    /// An md array's blocks in sync.
    public static let mdBlocksSynced = Gauge<DeviceLabel>(
        "node_md_blocks_synced", help: "Number of blocks synced on device.")

    // MARK: - File descriptors

    /// File descriptors allocated.
    public static let filefdAllocated = Gauge<NoLabels>(
        "node_filefd_allocated", help: "File descriptor statistics: allocated.")

    /// The kernel's limit on file descriptors.
    public static let filefdMaximum = Gauge<NoLabels>(
        "node_filefd_maximum", help: "File descriptor statistics: maximum.")

    // MARK: - Time and clock synchronisation

    /// The system clock, in seconds since the Unix epoch.
    public static let timeSeconds = Gauge<NoLabels>(
        "node_time_seconds", help: "System time in seconds since epoch (1970).", unit: .seconds)

    /// When the system booted, in seconds since the Unix epoch.
    public static let bootTimeSeconds = Gauge<NoLabels>(
        "node_boot_time_seconds", help: "Node boot time, in unixtime.", unit: .seconds)

    /// The clock's offset from its time source.
    public static let timexOffsetSeconds = Gauge<NoLabels>(
        "node_timex_offset_seconds", help: "Time offset in between local system and reference clock.", unit: .seconds)

    /// 1 when the clock is synchronised to a time source.
    public static let timexSyncStatus = Gauge<NoLabels>(
        "node_timex_sync_status", help: "Is clock synchronized to a reliable server (1 = yes, 0 = no).")

    /// The clock's maximum error; 16 seconds means unsynchronised.
    public static let timexMaxerrorSeconds = Gauge<NoLabels>(
        "node_timex_maxerror_seconds", help: "Maximum error in seconds.", unit: .seconds)

    /// The clock's estimated error.
    public static let timexEstimatedErrorSeconds = Gauge<NoLabels>(
        "node_timex_estimated_error_seconds", help: "Estimated error in seconds.", unit: .seconds)

    /// The kernel's clock status word.
    public static let timexStatus = Gauge<NoLabels>("node_timex_status", help: "Value of the status array bits.")

    /// The clock's frequency adjustment.
    public static let timexFrequencyAdjustmentRatio = Gauge<NoLabels>(
        "node_timex_frequency_adjustment_ratio", help: "Local clock frequency adjustment.", unit: .ratio)

    // MARK: - systemd

    /// A systemd unit's state: one series per state, 1 for the current one.
    public static let systemdUnitState = Gauge<SystemdUnitLabel>(
        "node_systemd_unit_state", help: "Systemd unit.")

    /// Restarts of a systemd service.
    public static let systemdServiceRestart = Counter<SystemdNameLabel>(
        "node_systemd_service_restart_total", help: "Service unit count of Restart triggers.")

    /// When a systemd unit started, in seconds since the Unix epoch.
    public static let systemdUnitStartTimeSeconds = Gauge<SystemdNameLabel>(
        "node_systemd_unit_start_time_seconds", help: "Start time of the unit since unix epoch in seconds.",
        unit: .seconds)

    /// 1 when systemd reports the system as running (not degraded).
    public static let systemdSystemRunning = Gauge<NoLabels>(
        "node_systemd_system_running", help: "Whether the system is operational (see 'systemctl is-system-running').")

    // MARK: - Hardware sensors (hwmon) and memory errors (EDAC)

    /// A temperature sensor's reading.
    public static let hwmonTempCelsius = Gauge<HwmonLabel>(
        "node_hwmon_temp_celsius", help: "Hardware monitor for temperature (input).", unit: .celsius)

    /// A temperature sensor's maximum.
    public static let hwmonTempMaxCelsius = Gauge<HwmonLabel>(
        "node_hwmon_temp_max_celsius", help: "Hardware monitor for temperature (max).", unit: .celsius)

    /// A temperature sensor's critical threshold.
    public static let hwmonTempCritCelsius = Gauge<HwmonLabel>(
        "node_hwmon_temp_crit_celsius", help: "Hardware monitor for temperature (crit).", unit: .celsius)

    /// 1 when a sensor's critical-temperature alarm is raised (the exporter names it with `_celsius`).
    public static let hwmonTempCritAlarmCelsius = Gauge<HwmonLabel>(
        "node_hwmon_temp_crit_alarm_celsius", help: "Hardware monitor for temperature (crit_alarm).")

    /// 1 when a sensor's temperature alarm is raised.
    public static let hwmonTempAlarm = Gauge<HwmonLabel>(
        "node_hwmon_temp_alarm", help: "Hardware sensor alarm status (temp).")

    /// A fan's speed.
    public static let hwmonFanRpm = Gauge<HwmonLabel>(
        "node_hwmon_fan_rpm", help: "Hardware monitor for fan revolutions per minute (input).")

    /// A voltage sensor's reading.
    public static let hwmonInVolts = Gauge<HwmonLabel>(
        "node_hwmon_in_volts", help: "Hardware monitor for voltage (input).", unit: .volts)

    /// A hardware-monitoring chip's name; always 1.
    public static let hwmonChipNames = Gauge<HwmonChipLabel>(
        "node_hwmon_chip_names", help: "Annotation metric for human-readable chip names.")

    /// Memory errors a controller corrected.
    public static let edacCorrectableErrors = Counter<EDACLabel>(
        "node_edac_correctable_errors_total", help: "Total correctable memory errors.")

    /// Memory errors a controller could not correct.
    public static let edacUncorrectableErrors = Counter<EDACLabel>(
        "node_edac_uncorrectable_errors_total", help: "Total uncorrectable memory errors.")

    /// Entropy available to the kernel's random number generator.
    public static let entropyAvailableBits = Gauge<NoLabels>(
        "node_entropy_available_bits", help: "Bits of available entropy.")

    // MARK: - The system and the exporter

    /// The kernel's identification; always 1.
    public static let unameInfo = Gauge<UnameLabel>(
        "node_uname_info", help: "Labeled system information as provided by the uname system call.")

    /// The exporter's version; always 1.
    public static let exporterBuildInfo = Gauge<BuildInfoLabel>(
        "node_exporter_build_info",
        help:
            "A metric with a constant '1' value labeled by version, revision, branch, goversion, goos, goarch and tags."
    )

    /// 1 when a collector succeeded in the last scrape.
    public static let scrapeCollectorSuccess = Gauge<CollectorLabel>(
        "node_scrape_collector_success", help: "node_exporter: Whether a collector succeeded.")

    /// How long a collector took in the last scrape.
    public static let scrapeCollectorDurationSeconds = Gauge<CollectorLabel>(
        "node_scrape_collector_duration_seconds", help: "node_exporter: Duration of a collector scrape.", unit: .seconds
    )

    /// 1 when the textfile collector failed to read a `.prom` file.
    public static let textfileScrapeError = Gauge<NoLabels>(
        "node_textfile_scrape_error", help: "1 if there was an error opening or reading a file, 0 otherwise.")

    /// When a textfile collector file was last modified, in seconds since the Unix epoch.
    public static let textfileMtimeSeconds = Gauge<TextfileLabel>(
        "node_textfile_mtime_seconds", help: "Unixtime mtime of textfiles successfully read.", unit: .seconds)

    /// Every metric of this catalogue, for declaring it on a service.
    public static let all: [MetricDeclaration] = [
        cpuSeconds.declaration, cpuGuestSeconds.declaration, load1.declaration, load5.declaration,
        load15.declaration, contextSwitches.declaration, forks.declaration, interrupts.declaration,
        procsRunning.declaration, procsBlocked.declaration, pressureCPUWaitingSeconds.declaration,
        pressureMemoryWaitingSeconds.declaration, pressureMemoryStalledSeconds.declaration,
        pressureIOWaitingSeconds.declaration, pressureIOStalledSeconds.declaration,
        memoryMemTotalBytes.declaration, memoryMemFreeBytes.declaration, memoryMemAvailableBytes.declaration,
        memoryBuffersBytes.declaration, memoryCachedBytes.declaration, memorySlabBytes.declaration,
        memorySReclaimableBytes.declaration, memoryShmemBytes.declaration, memoryActiveBytes.declaration,
        memoryInactiveBytes.declaration, memoryDirtyBytes.declaration, memoryCommittedASBytes.declaration,
        memoryCommitLimitBytes.declaration, memorySwapTotalBytes.declaration, memorySwapFreeBytes.declaration,
        memorySwapCachedBytes.declaration, memoryHugePagesTotal.declaration,
        vmstatPgfault.declaration, vmstatPgmajfault.declaration, vmstatPgpgin.declaration,
        vmstatPgpgout.declaration, vmstatPswpin.declaration, vmstatPswpout.declaration, vmstatOomKill.declaration,
        filesystemAvailBytes.declaration, filesystemFreeBytes.declaration, filesystemSizeBytes.declaration,
        filesystemFiles.declaration, filesystemFilesFree.declaration, filesystemReadonly.declaration,
        filesystemDeviceError.declaration,
        diskReadsCompleted.declaration, diskReadsMerged.declaration, diskReadBytes.declaration,
        diskReadTimeSeconds.declaration, diskWritesCompleted.declaration, diskWritesMerged.declaration,
        diskWrittenBytes.declaration, diskWriteTimeSeconds.declaration, diskIoNow.declaration,
        diskIoTimeSeconds.declaration, diskIoTimeWeightedSeconds.declaration, diskDiscardsCompleted.declaration,
        diskFlushRequests.declaration, diskInfo.declaration,
        networkReceiveBytes.declaration, networkReceivePackets.declaration, networkReceiveErrs.declaration,
        networkReceiveDrop.declaration, networkReceiveFifo.declaration, networkReceiveFrame.declaration,
        networkReceiveMulticast.declaration, networkTransmitBytes.declaration, networkTransmitPackets.declaration,
        networkTransmitErrs.declaration, networkTransmitDrop.declaration, networkTransmitFifo.declaration,
        networkTransmitColls.declaration, networkTransmitCarrier.declaration, networkUp.declaration,
        networkSpeedBytes.declaration, networkMtuBytes.declaration, networkCarrier.declaration,
        networkTransmitQueueLength.declaration, networkInfo.declaration, nfConntrackEntries.declaration,
        nfConntrackEntriesLimit.declaration, bondingSlaves.declaration, bondingActive.declaration,
        sockstatSocketsUsed.declaration,
        mdDisks.declaration, mdDisksRequired.declaration, mdState.declaration, mdBlocks.declaration,
        mdBlocksSynced.declaration, filefdAllocated.declaration, filefdMaximum.declaration,
        timeSeconds.declaration, bootTimeSeconds.declaration, timexOffsetSeconds.declaration,
        timexSyncStatus.declaration, timexMaxerrorSeconds.declaration, timexEstimatedErrorSeconds.declaration,
        timexStatus.declaration, timexFrequencyAdjustmentRatio.declaration,
        systemdUnitState.declaration, systemdServiceRestart.declaration, systemdUnitStartTimeSeconds.declaration,
        systemdSystemRunning.declaration,
        hwmonTempCelsius.declaration, hwmonTempMaxCelsius.declaration, hwmonTempCritCelsius.declaration,
        hwmonTempCritAlarmCelsius.declaration, hwmonTempAlarm.declaration, hwmonFanRpm.declaration,
        hwmonInVolts.declaration, hwmonChipNames.declaration, edacCorrectableErrors.declaration,
        edacUncorrectableErrors.declaration, entropyAvailableBits.declaration,
        unameInfo.declaration, exporterBuildInfo.declaration, scrapeCollectorSuccess.declaration,
        scrapeCollectorDurationSeconds.declaration, textfileScrapeError.declaration, textfileMtimeSeconds.declaration,
    ]
}
