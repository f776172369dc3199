import VigilDSL

/// The node-mixin's alerts and recording rules (node_exporter's monitoring mixin), written with Vigil's DSL as a
/// function of the mixin's configuration, the way jsonnet renders them: ``defaults`` gives
/// `node-mixin/{alerts,rules}.yaml`, ``kubePrometheus`` gives `kube-prometheus/nodeExporter-prometheusRule.yaml`.
struct NodeMixin {
    /// Which block devices the disk and RAID rules look at.
    enum DeviceSelector {
        /// `device!=""`.
        case nonEmpty
        /// `device=~"regex"`.
        case matching(String)
    }

    /// The scrape job of the node exporter (`job="..."` in every selector).
    var job: String
    /// The percentage of free space below which `NodeFilesystemSpaceFillingUp` warns.
    var fsSpaceFillingUpWarningThreshold: Double
    /// The percentage of free space below which `NodeFilesystemSpaceFillingUp` is critical.
    var fsSpaceFillingUpCriticalThreshold: Double
    /// The disks of the disk and RAID rules.
    var diskDevices: DeviceSelector
    /// The runbook URL prefix that the lowercased alert name completes; `nil` for no runbook annotations.
    var runbookBase: String?

    /// node-mixin's own defaults.
    static let defaults = NodeMixin(
        job: "node", fsSpaceFillingUpWarningThreshold: 40, fsSpaceFillingUpCriticalThreshold: 20,
        diskDevices: .nonEmpty, runbookBase: nil)

    /// kube-prometheus's configuration of the mixin.
    static let kubePrometheus = NodeMixin(
        job: "node-exporter", fsSpaceFillingUpWarningThreshold: 15, fsSpaceFillingUpCriticalThreshold: 10,
        diskDevices: .matching("(/dev/)?(mmcblk.p.+|nvme.+|rbd.+|sd.+|vd.+|xvd.+|dm-.+|md.+|dasd.+)"),
        runbookBase: "https://runbooks.prometheus-operator.dev/runbooks/node/")

    typealias Node = NodeExporterMetrics

    /// `metric{job="<job>", fstype!="", mountpoint!=""}`.
    func mounted<S: SeriesSelection>(_ metric: S) -> Selection<S.Kind, S.Labels>
    where S.Labels == NodeExporterMetrics.FilesystemLabel {
        metric.job(job).where(.fstype, notEquals: "").where(.mountpoint, notEquals: "")
    }

    /// The selection narrowed to the configured disks.
    func disks<S: SeriesSelection>(_ metric: S, _ device: S.Labels) -> Selection<S.Kind, S.Labels> {
        switch diskDevices {
        case .nonEmpty: metric.where(device, notEquals: "")
        case .matching(let pattern): metric.where(device, matches: pattern)
        }
    }

    /// An alert with the configured runbook annotation added.
    func alert<Labels>(
        _ name: String, _ severity: Severity, for duration: Duration? = nil,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column,
        condition: () -> Condition<Labels>, @AnnotationBuilder annotations: () -> [AlertAnnotation]
    ) -> Alert {
        let runbook = runbookBase.map { [Runbook($0 + name.lowercased()).annotation] } ?? []
        return Alert(
            name, severity: severity, for: duration, fileID: fileID, filePath: filePath, line: line, column: column,
            condition: condition, annotations: { return annotations() + runbook })
    }

    // MARK: - Alerts

    /// The group `node-exporter`.
    var alerts: [Alert] {
        filesystemAlerts + networkAndClockAlerts + resourceAlerts
    }

    var filesystemAlerts: [Alert] {
        let avail = mounted(Node.filesystemAvailBytes)
        let size = mounted(Node.filesystemSizeBytes)
        let filesFree = mounted(Node.filesystemFilesFree)
        let files = mounted(Node.filesystemFiles)
        let writable = mounted(Node.filesystemReadonly).equals(0)
        // predict_linear's horizon is written as `24*60*60`, which the builder's Duration cannot produce.
        let spaceRunsOut = { (hours: Int) in PromQL("predict_linear(\(avail.expression)[6h], \(hours)*60*60) < 0") }
        let filesRunOut = { (hours: Int) in PromQL("predict_linear(\(filesFree.expression)[6h], \(hours)*60*60) < 0") }
        let spaceDescription =
            #"Filesystem on {{ $labels.device }}, mounted on {{ $labels.mountpoint }}, at {{ $labels.instance }} has only {{ printf "%.2f" $value }}% available space left"#
        let filesDescription =
            #"Filesystem on {{ $labels.device }}, mounted on {{ $labels.mountpoint }}, at {{ $labels.instance }} has only {{ printf "%.2f" $value }}% available inodes left"#
        return [
            alert("NodeFilesystemSpaceFillingUp", .warning, for: .hours(1)) {
                (avail / size * 100 < fsSpaceFillingUpWarningThreshold).and(spaceRunsOut(24)).and(writable)
            } annotations: {
                AlertDescription(spaceDescription + " and is filling up.")
                AlertSummary("Filesystem is predicted to run out of space within the next 24 hours.")
            },
            alert("NodeFilesystemSpaceFillingUp", .critical, for: .hours(1)) {
                (avail / size * 100 < fsSpaceFillingUpCriticalThreshold).and(spaceRunsOut(4)).and(writable)
            } annotations: {
                AlertDescription(spaceDescription + " and is filling up fast.")
                AlertSummary("Filesystem is predicted to run out of space within the next 4 hours.")
            },
            alert("NodeFilesystemAlmostOutOfSpace", .warning, for: .minutes(30)) {
                (avail / size * 100 < 5).and(writable)
            } annotations: {
                AlertDescription(spaceDescription + ".")
                AlertSummary("Filesystem has less than 5% space left.")
            },
            alert("NodeFilesystemAlmostOutOfSpace", .critical, for: .minutes(30)) {
                (avail / size * 100 < 3).and(writable)
            } annotations: {
                AlertDescription(spaceDescription + ".")
                AlertSummary("Filesystem has less than 3% space left.")
            },
            alert("NodeFilesystemFilesFillingUp", .warning, for: .hours(1)) {
                (filesFree / files * 100 < 40).and(filesRunOut(24)).and(writable)
            } annotations: {
                AlertDescription(filesDescription + " and is filling up.")
                AlertSummary("Filesystem is predicted to run out of inodes within the next 24 hours.")
            },
            alert("NodeFilesystemFilesFillingUp", .critical, for: .hours(1)) {
                (filesFree / files * 100 < 20).and(filesRunOut(4)).and(writable)
            } annotations: {
                AlertDescription(filesDescription + " and is filling up fast.")
                AlertSummary("Filesystem is predicted to run out of inodes within the next 4 hours.")
            },
            alert("NodeFilesystemAlmostOutOfFiles", .warning, for: .hours(1)) {
                (filesFree / files * 100 < 5).and(writable)
            } annotations: {
                AlertDescription(filesDescription + ".")
                AlertSummary("Filesystem has less than 5% inodes left.")
            },
            alert("NodeFilesystemAlmostOutOfFiles", .critical, for: .hours(1)) {
                (filesFree / files * 100 < 3).and(writable)
            } annotations: {
                AlertDescription(filesDescription + ".")
                AlertSummary("Filesystem has less than 3% inodes left.")
            },
        ]
    }

    var networkAndClockAlerts: [Alert] {
        let offset = Node.timexOffsetSeconds.job(job)
        return [
            alert("NodeNetworkReceiveErrs", .warning, for: .hours(1)) {
                rate(Node.networkReceiveErrs.job(job), over: .minutes(2))
                    / rate(Node.networkReceivePackets.job(job), over: .minutes(2)) > 0.01
            } annotations: {
                AlertDescription(
                    #"{{ $labels.instance }} interface {{ $labels.device }} has encountered {{ printf "%.0f" $value }} receive errors in the last two minutes."#
                )
                AlertSummary("Network interface is reporting many receive errors.")
            },
            alert("NodeNetworkTransmitErrs", .warning, for: .hours(1)) {
                rate(Node.networkTransmitErrs.job(job), over: .minutes(2))
                    / rate(Node.networkTransmitPackets.job(job), over: .minutes(2)) > 0.01
            } annotations: {
                AlertDescription(
                    #"{{ $labels.instance }} interface {{ $labels.device }} has encountered {{ printf "%.0f" $value }} transmit errors in the last two minutes."#
                )
                AlertSummary("Network interface is reporting many transmit errors.")
            },
            alert("NodeHighNumberConntrackEntriesUsed", .warning) {
                Node.nfConntrackEntries.job(job) / Node.nfConntrackEntriesLimit > 0.75
            } annotations: {
                AlertDescription(
                    "{{ $labels.instance }} {{ $value | humanizePercentage }} of conntrack entries are used.")
                AlertSummary("Number of conntrack are getting close to the limit.")
            },
            alert("NodeTextFileCollectorScrapeError", .warning) {
                Node.textfileScrapeError.job(job).equals(1)
            } annotations: {
                AlertDescription("Node Exporter text file collector on {{ $labels.instance }} failed to scrape.")
                AlertSummary("Node Exporter text file collector failed to scrape.")
            },
            alert("NodeClockSkewDetected", .warning, for: .minutes(10)) {
                (offset > 0.05).and(deriv(offset, over: .minutes(5)) >= 0)
                    .or((offset < -0.05).and(deriv(offset, over: .minutes(5)) <= 0))
            } annotations: {
                AlertDescription(
                    "Clock at {{ $labels.instance }} is out of sync by more than 0.05s. Ensure NTP is configured correctly on this host."
                )
                AlertSummary("Clock skew detected.")
            },
            alert("NodeClockNotSynchronising", .warning, for: .minutes(10)) {
                overTime(.min, Node.timexSyncStatus.job(job), over: .minutes(5)).equals(0)
                    .and(Node.timexMaxerrorSeconds.job(job) >= 16)
            } annotations: {
                AlertDescription(
                    "Clock at {{ $labels.instance }} is not synchronising. Ensure NTP is configured on this host.")
                AlertSummary("Clock not synchronising.")
            },
        ]
    }

    var resourceAlerts: [Alert] {
        let required = disks(Node.mdDisksRequired.job(job), .device)
        let active = disks(Node.mdDisks.where(.state, equals: "active").job(job), .device)
        let cpu = Node.cpuSeconds.job(job)
        let fdUsage = Node.filefdAllocated.job(job) * 100 / Node.filefdMaximum.job(job)
        return [
            alert("NodeRAIDDegraded", .critical, for: .minutes(15)) {
                // `ignoring (state)` names a label that only the right side has: the builder's typed labels
                // cannot say it.
                PromQL("\(required.expression) - ignoring (state) (\(active.expression))") > 0
            } annotations: {
                AlertDescription(
                    "RAID array '{{ $labels.device }}' at {{ $labels.instance }} is in degraded state due to one or more disks failures. Number of spare drives is insufficient to fix issue automatically."
                )
                AlertSummary("RAID Array is degraded.")
            },
            alert("NodeRAIDDiskFailure", .warning) {
                disks(Node.mdDisks.where(.state, equals: "failed").job(job), .device) > 0
            } annotations: {
                AlertDescription(
                    "At least one device in RAID array at {{ $labels.instance }} failed. Array '{{ $labels.device }}' needs attention and possibly a disk swap."
                )
                AlertSummary("Failed device in RAID array.")
            },
            alert("NodeFileDescriptorLimit", .warning, for: .minutes(15)) {
                fdUsage > 70
            } annotations: {
                AlertDescription(
                    #"File descriptors limit at {{ $labels.instance }} is currently at {{ printf "%.2f" $value }}%."#)
                AlertSummary("Kernel is predicted to exhaust file descriptors limit soon.")
            },
            alert("NodeFileDescriptorLimit", .critical, for: .minutes(15)) {
                fdUsage > 90
            } annotations: {
                AlertDescription(
                    #"File descriptors limit at {{ $labels.instance }} is currently at {{ printf "%.2f" $value }}%."#)
                AlertSummary("Kernel is predicted to exhaust file descriptors limit soon.")
            },
            alert("NodeCPUHighUsage", .info, for: .minutes(15)) {
                let busy = rate(cpu.where(.mode, doesNotMatch: "idle|iowait"), over: .minutes(2))
                return aggregate(.sum, aggregate(.avg, busy, without: [.cpu]), without: [.mode]) * 100 > 90
            } annotations: {
                AlertDescription(
                    #"CPU usage at {{ $labels.instance }} has been above 90% for the last 15 minutes, is currently at {{ printf "%.2f" $value }}%.\#n"#
                )
                AlertSummary("High CPU usage.")
            },
            alert("NodeSystemSaturation", .warning, for: .minutes(15)) {
                Node.load1.job(job) / aggregate(.count, cpu.where(.mode, equals: "idle"), without: [.cpu, .mode]) > 2
            } annotations: {
                AlertDescription(
                    #"System load per core at {{ $labels.instance }} has been above 2 for the last 15 minutes, is currently at {{ printf "%.2f" $value }}.\#nThis might indicate this instance resources saturation and can cause it becoming unresponsive.\#n"#
                )
                AlertSummary("System saturated, load per core is very high.")
            },
            alert("NodeMemoryMajorPagesFaults", .warning, for: .minutes(15)) {
                rate(Node.vmstatPgmajfault.job(job), over: .minutes(5)) > 500
            } annotations: {
                AlertDescription(
                    #"Memory major pages are occurring at very high rate at {{ $labels.instance }}, 500 major page faults per second for the last 15 minutes, is currently at {{ printf "%.2f" $value }}.\#nPlease check that there is enough memory available at this instance.\#n"#
                )
                AlertSummary("Memory major page faults are occurring at very high rate.")
            },
            alert("NodeMemoryHighUtilization", .warning, for: .minutes(15)) {
                100 - (Node.memoryMemAvailableBytes.job(job) / Node.memoryMemTotalBytes.job(job) * 100) > 90
            } annotations: {
                AlertDescription(
                    #"Memory is filling up at {{ $labels.instance }}, has been above 90% for the last 15 minutes, is currently at {{ printf "%.2f" $value }}%.\#n"#
                )
                AlertSummary("Host is running out of memory.")
            },
            alert("NodeDiskIOSaturation", .warning, for: .minutes(30)) {
                rate(disks(Node.diskIoTimeWeightedSeconds.job(job), .device), over: .minutes(5)) > 10
            } annotations: {
                AlertDescription(
                    #"Disk IO queue (aqu-sq) is high on {{ $labels.device }} at {{ $labels.instance }}, has been above 10 for the last 30 minutes, is currently at {{ printf "%.2f" $value }}.\#nThis symptom might indicate disk saturation.\#n"#
                )
                AlertSummary("Disk IO queue is high.")
            },
            alert("NodeSystemdServiceFailed", .warning, for: .minutes(5)) {
                Node.systemdUnitState.job(job).where(.state, equals: "failed").equals(1)
            } annotations: {
                AlertDescription(
                    "Systemd service {{ $labels.name }} has entered failed state at {{ $labels.instance }}")
                AlertSummary("Systemd service has entered failed state.")
            },
            alert("NodeSystemdServiceCrashlooping", .warning, for: .minutes(15)) {
                increase(Node.systemdServiceRestart.job(job), over: .minutes(5)) > 2
            } annotations: {
                AlertDescription(
                    "Systemd service {{ $labels.name }} has being restarted too many times at {{ $labels.instance }} for the last 15 minutes. Please check if service is crash looping."
                )
                AlertSummary("Systemd service keeps restaring, possibly crash looping.")
            },
            alert("NodeBondingDegraded", .warning, for: .minutes(5)) {
                (Node.bondingSlaves.job(job) - Node.bondingActive.job(job)).notEquals(0)
            } annotations: {
                AlertDescription(
                    "Bonding interface {{ $labels.master }} on {{ $labels.instance }} is in degraded state due to one or more slave failures."
                )
                AlertSummary("Bonding interface is degraded.")
            },
        ]
    }

    // MARK: - Recording rules

    /// The group `node-exporter.rules`.
    var records: [Record] {
        let cpu = Node.cpuSeconds.job(job)
        let memory = [Node.memoryBuffersBytes, Node.memoryCachedBytes, Node.memoryMemFreeBytes, Node.memorySlabBytes]
            .map { "\($0.job(job).expression)" }.joined(separator: " + ")
        return [
            Record("instance:node_num_cpu:sum") {
                aggregate(.count, cpu.where(.mode, equals: "idle"), without: [.cpu, .mode])
            },
            Record("instance:node_cpu_utilisation:rate5m") {
                let idle = rate(cpu.where(.mode, matches: "idle|iowait|steal"), over: .minutes(5))
                return 1 - aggregate(.avg, aggregate(.sum, idle, without: [.mode]), without: [.cpu])
            },
            Record("instance:node_load1_per_cpu:ratio") {
                // A recording rule's output has no typed handle to query it by.
                Node.load1.job(job) / PromQL(#"instance:node_num_cpu:sum{job="\#(job)"}"#)
            },
            Record("instance:node_memory_utilisation:ratio") {
                // `or` between two plain vectors (a fallback for kernels without MemAvailable).
                let available = PromQL("\(Node.memoryMemAvailableBytes.job(job).expression) or (\(memory))")
                return 1 - (available / Node.memoryMemTotalBytes.job(job))
            },
            Record("instance:node_vmstat_pgmajfault:rate5m") {
                rate(Node.vmstatPgmajfault.job(job), over: .minutes(5))
            },
            Record("instance_device:node_disk_io_time_seconds:rate5m") {
                rate(disks(Node.diskIoTimeSeconds.job(job), .device), over: .minutes(5))
            },
            Record("instance_device:node_disk_io_time_weighted_seconds:rate5m") {
                rate(disks(Node.diskIoTimeWeightedSeconds.job(job), .device), over: .minutes(5))
            },
            Record("instance:node_network_receive_bytes_excluding_lo:rate5m") {
                interfaceRate(Node.networkReceiveBytes, excluding: .loopback)
            },
            Record("instance:node_network_transmit_bytes_excluding_lo:rate5m") {
                interfaceRate(Node.networkTransmitBytes, excluding: .loopback)
            },
            Record("instance:node_network_receive_drop_excluding_lo:rate5m") {
                interfaceRate(Node.networkReceiveDrop, excluding: .loopback)
            },
            Record("instance:node_network_transmit_drop_excluding_lo:rate5m") {
                interfaceRate(Node.networkTransmitDrop, excluding: .loopback)
            },
            Record("instance:node_network_receive_bytes_physical:rate5m") {
                interfaceRate(Node.networkReceiveBytes, excluding: .virtual)
            },
            Record("instance:node_network_transmit_bytes_physical:rate5m") {
                interfaceRate(Node.networkTransmitBytes, excluding: .virtual)
            },
            Record("instance:node_network_receive_drop_physical:rate5m") {
                interfaceRate(Node.networkReceiveDrop, excluding: .virtual)
            },
            Record("instance:node_network_transmit_drop_physical:rate5m") {
                interfaceRate(Node.networkTransmitDrop, excluding: .virtual)
            },
        ]
    }

    /// The interfaces the network recording rules leave out.
    enum ExcludedInterfaces {
        /// `device!="lo"`.
        case loopback
        /// `device!~"lo|veth.+"`.
        case virtual
    }

    /// `sum without (device) (rate(metric{job, device...}[5m]))`.
    func interfaceRate(_ counter: Counter<Node.DeviceLabel>, excluding interfaces: ExcludedInterfaces)
        -> InstantVector<Node.DeviceLabel>
    {
        let selected =
            switch interfaces {
            case .loopback: counter.job(job).where(.device, notEquals: "lo")
            case .virtual: counter.job(job).where(.device, doesNotMatch: "lo|veth.+")
            }
        return aggregate(.sum, rate(selected, over: .minutes(5)), without: [.device])
    }
}
