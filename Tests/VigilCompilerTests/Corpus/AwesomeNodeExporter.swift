import VigilDSL

/// awesome-prometheus-alerts' `node-exporter.yml` (group `NodeExporter`), written with Vigil's DSL.
enum AwesomeNodeExporter {
    typealias Node = NodeExporterMetrics

    /// The filesystems the disk alerts look at.
    static let localFilesystems = "^(fuse.*|tmpfs|cifs|nfs)"

    /// The group `NodeExporter`.
    static let service = Service("NodeExporter") {
        for alert in memoryAndNetworkAlerts + diskAlerts + cpuAlerts + hardwareAlerts { alert }
    }

    static var memoryAndNetworkAlerts: [Alert] {
        let speed = Node.networkSpeedBytes
        return [
            Alert("HostOutOfMemory", severity: .warning, for: .minutes(2)) {
                Node.memoryMemAvailableBytes / Node.memoryMemTotalBytes < 0.1
            } annotations: {
                AlertSummary("Host out of memory" + Corpus.onInstance)
                AlertDescription(Corpus.details("Node memory is filling up (< 10% left)"))
            },
            // deriv() of a counter: the builder offers deriv() for gauges only.
            Alert("HostMemoryUnderMemoryPressure", severity: .warning) {
                PromQL("(deriv(node_vmstat_pgmajfault[5m]) > 1000)")
            } annotations: {
                AlertSummary("Host memory under memory pressure" + Corpus.onInstance)
                AlertDescription(
                    Corpus.details(
                        "The node is under heavy memory pressure. High rate of major page faults ({{ $value }}/s)."))
            },
            Alert("HostMemoryIsUnderutilized", severity: .info) {
                overTime(.min, Node.memoryMemFreeBytes, over: .weeks(1)) > Node.memoryMemTotalBytes * 0.8
            } annotations: {
                AlertSummary("Host Memory is underutilized" + Corpus.onInstance)
                AlertDescription(
                    Corpus.details(
                        "Node memory usage is < 20% for 1 week. Consider reducing memory space. (instance {{ $labels.instance }})"
                    ))
            },
            Alert("HostUnusualNetworkThroughputIn", severity: .warning) {
                (rate(Node.networkReceiveBytes, over: .minutes(5)) / speed > 0.8).and(speed > 0)
            } annotations: {
                AlertSummary("Host unusual network throughput in" + Corpus.onInstance)
                AlertDescription(Corpus.details("Host receive bandwidth is high (>80%)."))
            },
            Alert("HostUnusualNetworkThroughputOut", severity: .warning) {
                (rate(Node.networkTransmitBytes, over: .minutes(5)) / speed > 0.8).and(speed > 0)
            } annotations: {
                AlertSummary("Host unusual network throughput out" + Corpus.onInstance)
                AlertDescription(Corpus.details("Host transmit bandwidth is high (>80%)"))
            },
            Alert("HostNetworkReceiveErrors", severity: .warning, for: .minutes(2)) {
                let packets = rate(Node.networkReceivePackets, over: .minutes(2))
                return (rate(Node.networkReceiveErrs, over: .minutes(2)) / packets > 0.01).and(packets > 0)
            } annotations: {
                AlertSummary("Host Network Receive Errors" + Corpus.onInstance)
                AlertDescription(
                    Corpus.details(
                        #"Host {{ $labels.instance }} interface {{ $labels.device }} has encountered {{ printf "%.0f" $value }} receive errors in the last two minutes."#
                    ))
            },
            Alert("HostNetworkTransmitErrors", severity: .warning, for: .minutes(2)) {
                let packets = rate(Node.networkTransmitPackets, over: .minutes(2))
                return (rate(Node.networkTransmitErrs, over: .minutes(2)) / packets > 0.01).and(packets > 0)
            } annotations: {
                AlertSummary("Host Network Transmit Errors" + Corpus.onInstance)
                AlertDescription(
                    Corpus.details(
                        #"Host {{ $labels.instance }} interface {{ $labels.device }} has encountered {{ printf "%.0f" $value }} transmit errors in the last two minutes."#
                    ))
            },
            Alert("HostNetworkBondDegraded", severity: .warning, for: .minutes(2)) {
                (Node.bondingActive - Node.bondingSlaves).notEquals(0)
            } annotations: {
                AlertSummary("Host Network Bond Degraded" + Corpus.onInstance)
                // The original names `$labels.device`, which the bonding metrics do not have: they label the
                // bond `master` (a known deviation, see CorpusTests).
                AlertDescription(Corpus.details(#"Bond "{{ $labels.master }}" degraded on "{{ $labels.instance }}"."#))
            },
            Alert("HostConntrackLimit", severity: .warning, for: .minutes(5)) {
                (Node.nfConntrackEntries / Node.nfConntrackEntriesLimit > 0.8).and(Node.nfConntrackEntriesLimit > 0)
            } annotations: {
                AlertSummary("Host conntrack limit" + Corpus.onInstance)
                AlertDescription(Corpus.details("The number of conntrack is approaching limit"))
            },
        ]
    }

    static var diskAlerts: [Alert] {
        let avail = Node.filesystemAvailBytes
        let filesFree = Node.filesystemFilesFree
        return [
            Alert("HostDiskIoUtilizationHigh", severity: .warning) {
                rate(Node.diskIoTimeSeconds, over: .minutes(5)) > 0.8
            } annotations: {
                AlertSummary("Host disk IO utilization high" + Corpus.onInstance)
                AlertDescription(Corpus.details("Disk utilization is high (> 80%)"))
            },
            // `and on (instance, device, mountpoint)`: the builder's `and` takes no vector matching, and its
            // matching lists put target labels (instance) after the metric's own.
            Alert("HostOutOfDiskSpace", severity: .critical, for: .minutes(2)) {
                PromQL(
                    #"(node_filesystem_avail_bytes{fstype!~"^(fuse.*|tmpfs|cifs|nfs)"} / node_filesystem_size_bytes < .10 and on (instance, device, mountpoint) node_filesystem_readonly == 0)"#
                )
            } annotations: {
                AlertSummary("Host out of disk space" + Corpus.onInstance)
                AlertDescription(Corpus.details("Disk is almost full (< 10% left)"))
            },
            Alert("HostDiskMayFillIn24Hours", severity: .warning, for: .minutes(2)) {
                let local = avail.where(.fstype, doesNotMatch: localFilesystems)
                return (predictLinear(local, over: .hours(3), ahead: .days(1)) <= 0).and(avail > 0)
            } annotations: {
                AlertSummary("Host disk may fill in 24 hours" + Corpus.onInstance)
                AlertDescription(Corpus.details("Filesystem will likely run out of space within the next 24 hours."))
            },
            Alert("HostOutOfInodes", severity: .critical, for: .minutes(2)) {
                PromQL(
                    "(node_filesystem_files_free / node_filesystem_files < .10 and ON (instance, device, mountpoint) node_filesystem_readonly == 0) and node_filesystem_files > 0"
                )
            } annotations: {
                AlertSummary("Host out of inodes" + Corpus.onInstance)
                AlertDescription(Corpus.details("Disk is almost running out of available inodes (< 10% left)"))
            },
            Alert("HostFilesystemDeviceError", severity: .critical, for: .minutes(2)) {
                Node.filesystemDeviceError.where(.fstype, doesNotMatch: localFilesystems).equals(1)
            } annotations: {
                AlertSummary("Host filesystem device error" + Corpus.onInstance)
                AlertDescription(Corpus.details("Error stat-ing the {{ $labels.mountpoint }} filesystem"))
            },
            Alert("HostInodesMayFillIn24Hours", severity: .warning, for: .minutes(2)) {
                let local = filesFree.where(.fstype, doesNotMatch: localFilesystems)
                return (predictLinear(local, over: .hours(1), ahead: .days(1)) <= 0).and(filesFree > 0)
            } annotations: {
                AlertSummary("Host inodes may fill in 24 hours" + Corpus.onInstance)
                AlertDescription(
                    Corpus.details(
                        "Filesystem will likely run out of inodes within the next 24 hours at current write rate"))
            },
            Alert("HostUnusualDiskReadLatency", severity: .warning, for: .minutes(2)) {
                let reads = rate(Node.diskReadsCompleted, over: .minutes(1))
                return (rate(Node.diskReadTimeSeconds, over: .minutes(1)) / reads > 0.1).and(reads > 0)
            } annotations: {
                AlertSummary("Host unusual disk read latency" + Corpus.onInstance)
                AlertDescription(Corpus.details("Disk latency is growing (read operations > 100ms)"))
            },
            Alert("HostUnusualDiskWriteLatency", severity: .warning, for: .minutes(2)) {
                let writes = rate(Node.diskWritesCompleted, over: .minutes(1))
                return (rate(Node.diskWriteTimeSeconds, over: .minutes(1)) / writes > 0.1).and(writes > 0)
            } annotations: {
                AlertSummary("Host unusual disk write latency" + Corpus.onInstance)
                AlertDescription(Corpus.details("Disk latency is growing (write operations > 100ms)"))
            },
            Alert("HostUnusualDiskIo", severity: .warning, for: .minutes(5)) {
                rate(Node.diskIoTimeSeconds, over: .minutes(5)) > 0.8
            } annotations: {
                AlertSummary("Host unusual disk IO" + Corpus.onInstance)
                AlertDescription(
                    Corpus.details("Disk usage >80%. Check storage for issues or increase IOPS capabilities."))
            },
            // `ignoring (state)` names a label only the right side has.
            Alert("HostSoftwareRaidInsufficientDrives", severity: .critical) {
                PromQL(#"((node_md_disks_required - ignoring(state) node_md_disks{state="active"}) > 0)"#)
            } annotations: {
                AlertSummary("Host software RAID insufficient drives" + Corpus.onInstance)
                AlertDescription(
                    Corpus.details(
                        "MD RAID array {{ $labels.device }} on {{ $labels.instance }} has insufficient drives remaining."
                    ))
            },
            Alert("HostSoftwareRaidDiskFailure", severity: .warning, for: .minutes(2)) {
                Node.mdDisks.where(.state, equals: "failed") > 0
            } annotations: {
                AlertSummary("Host software RAID disk failure" + Corpus.onInstance)
                AlertDescription(
                    Corpus.details("MD RAID array {{ $labels.device }} on {{ $labels.instance }} needs attention."))
            },
        ]
    }

    static var cpuAlerts: [Alert] {
        let cpu = Node.cpuSeconds
        let idle = cpu.where(.mode, equals: "idle")
        let cpus = aggregate(.count, idle, without: [.mode, .cpu])
        let switches = Node.contextSwitches
        return [
            Alert("HostHighCpuLoad", severity: .warning, for: .minutes(10)) {
                1 - aggregate(.avg, rate(idle, over: .minutes(5)), without: [.cpu]) > 0.8
            } annotations: {
                AlertSummary("Host high CPU load" + Corpus.onInstance)
                AlertDescription(Corpus.details("CPU load is > 80%"))
            },
            Alert("HostCpuIsUnderutilized", severity: .info, for: .weeks(1)) {
                aggregate(.min, rate(idle, over: .hours(1)), without: [.cpu]) > 0.8
            } annotations: {
                AlertSummary("Host CPU is underutilized" + Corpus.onInstance)
                AlertDescription(
                    Corpus.details("CPU load has been < 20% for 1 week. Consider reducing the number of CPUs."))
            },
            Alert("HostCpuStealNoisyNeighbor", severity: .warning) {
                aggregate(.avg, rate(cpu.where(.mode, equals: "steal"), over: .minutes(5)), without: [.cpu]) * 100 > 10
            } annotations: {
                AlertSummary("Host CPU steal noisy neighbor" + Corpus.onInstance)
                AlertDescription(
                    Corpus.details(
                        "CPU steal is > 10%. A noisy neighbor is killing VM performances or a spot instance may be out of credit."
                    ))
            },
            Alert("HostCpuHighIowait", severity: .warning) {
                aggregate(.avg, rate(cpu.where(.mode, equals: "iowait"), over: .minutes(5)), without: [.cpu]) > 0.1
            } annotations: {
                AlertSummary("Host CPU high iowait" + Corpus.onInstance)
                AlertDescription(Corpus.details("CPU iowait > 10%. Your CPU is idling waiting for storage to respond."))
            },
            Alert("HostContextSwitchingHigh", severity: .warning) {
                let daily = rate(switches, over: .days(1))
                return (rate(switches, over: .minutes(15)) / cpus / (daily / cpus) > 2).and(daily > 0)
            } annotations: {
                AlertSummary("Host context switching high" + Corpus.onInstance)
                AlertDescription(
                    Corpus.details(
                        "Context switching is growing on the node (twice the daily average during the last 15m)"))
            },
            Alert("HostSwapIsFillingUp", severity: .warning, for: .minutes(2)) {
                let total = Node.memorySwapTotalBytes
                return ((1 - Node.memorySwapFreeBytes / total) * 100 > 80).and(total > 0)
            } annotations: {
                AlertSummary("Host swap is filling up" + Corpus.onInstance)
                AlertDescription(Corpus.details("Swap is filling up (>80%)"))
            },
            Alert("HostSystemdServiceCrashed", severity: .warning) {
                Node.systemdUnitState.where(.state, equals: "failed").equals(1)
            } annotations: {
                AlertSummary("Host systemd service crashed" + Corpus.onInstance)
                AlertDescription(Corpus.details("systemd service {{ $labels.name }} crashed"))
            },
        ]
    }

    static var hardwareAlerts: [Alert] {
        let offset = Node.timexOffsetSeconds
        return [
            Alert("HostPhysicalComponentTooHot", severity: .warning, for: .minutes(5)) {
                Node.hwmonTempCelsius > Node.hwmonTempMaxCelsius
            } annotations: {
                AlertSummary("Host physical component too hot" + Corpus.onInstance)
                AlertDescription(Corpus.details("Physical hardware component too hot"))
            },
            Alert("HostNodeOvertemperatureAlarm", severity: .critical) {
                Node.hwmonTempCritAlarmCelsius.equals(1).or(Node.hwmonTempAlarm.equals(1))
            } annotations: {
                AlertSummary("Host node overtemperature alarm" + Corpus.onInstance)
                AlertDescription(Corpus.details("Physical node temperature alarm triggered"))
            },
            Alert("HostKernelVersionDeviations", severity: .info) {
                changes(Node.unameInfo, over: .hours(1)) > 0
            } annotations: {
                AlertSummary("Host kernel version deviations" + Corpus.onInstance)
                AlertDescription(Corpus.details("Kernel version for {{ $labels.instance }} has changed."))
            },
            // delta() of a counter: the builder offers delta() for gauges only.
            Alert("HostOomKillDetected", severity: .warning) {
                PromQL("(delta(node_vmstat_oom_kill[30m]) > 0)")
            } annotations: {
                AlertSummary("Host OOM kill detected" + Corpus.onInstance)
                AlertDescription(Corpus.details("OOM kill detected"))
            },
            Alert("HostEdacCorrectableErrorsDetected", severity: .info) {
                increase(Node.edacCorrectableErrors, over: .minutes(1)) > 0
            } annotations: {
                AlertSummary("Host EDAC Correctable Errors detected" + Corpus.onInstance)
                AlertDescription(
                    Corpus.details(
                        #"Host {{ $labels.instance }} has had {{ printf "%.0f" $value }} correctable memory errors reported by EDAC in the last 1 minute."#
                    ))
            },
            Alert("HostEdacUncorrectableErrorsDetected", severity: .warning) {
                Node.edacUncorrectableErrors > 0
            } annotations: {
                AlertSummary("Host EDAC Uncorrectable Errors detected" + Corpus.onInstance)
                AlertDescription(
                    Corpus.details(
                        #"Host {{ $labels.instance }} has had {{ printf "%.0f" $value }} uncorrectable memory errors reported by EDAC."#
                    ))
            },
            Alert("HostClockSkew", severity: .warning, for: .minutes(10)) {
                (offset > 0.05).and(deriv(offset, over: .minutes(5)) >= 0)
                    .or((offset < -0.05).and(deriv(offset, over: .minutes(5)) <= 0))
            } annotations: {
                AlertSummary("Host clock skew" + Corpus.onInstance)
                AlertDescription(
                    Corpus.details(
                        "Clock skew detected. Clock is out of sync. Ensure NTP is configured correctly on this host."))
            },
            Alert("HostClockNotSynchronising", severity: .warning, for: .minutes(2)) {
                overTime(.min, Node.timexSyncStatus, over: .minutes(1)).equals(0)
                    .and(Node.timexMaxerrorSeconds >= 16)
            } annotations: {
                AlertSummary("Host clock not synchronising" + Corpus.onInstance)
                AlertDescription(Corpus.details("Clock not synchronising. Ensure NTP is configured on this host."))
            },
        ]
    }
}
