import VigilDSL

/// The alerts of the node rule pack (``NodeAlert``): for each, its condition on the node exporter's catalogue
/// (``NodeExporterMetrics``), its annotations and runbook, and the series of its firing and quiet tests, all
/// derived from the threshold and `for` the stack settles on so that a tuned alert keeps passing tests.
///
/// The facts (which signals, thresholds, prediction horizons, `for` durations) follow the node-mixin; the
/// expressions and words are Vigil's.
struct NodePackAlerts: RulePack {
    typealias Metrics = NodeExporterMetrics

    static let name = "node"
    static let title = "Hosts"

    /// What a healthy host serves where the end-to-end exporter's default (1) would be a fault.
    static let healthyValues: [String: Double] = [
        Metrics.timexOffsetSeconds.name: 0,
        Metrics.timexMaxerrorSeconds.name: 0,
        Metrics.systemdUnitState.name: 0,
        Metrics.textfileScrapeError.name: 0,
        Metrics.filefdMaximum.name: 1_000_000,
        Metrics.filesystemReadonly.name: 0,
    ]

    /// The filesystem labels `.exclude` names, with the test filesystem's candidate values.
    static let labelCandidates: [String: [String]] = [
        "device": ["/dev/sda1", "/dev/nvme0n1p1", "/dev/vdb"],
        "fstype": ["ext4", "xfs", "btrfs"],
        "mountpoint": ["/", "/data", "/srv/app"],
    ]

    let scope: PackScope

    /// The filesystem selector's matchers: real filesystems with a mount point, minus the stack's exclusions
    /// (e.g. `fstype!~"tmpfs"`).
    var filesystemMatchers: [PromQLLabelMatcher] {
        jobMatchers + [PromQLLabelMatcher("fstype", .notEqual, ""), PromQLLabelMatcher("mountpoint", .notEqual, "")]
            + scope.exclusions
    }
    /// The labels of the test filesystem: a device, type and mount point the exclusions leave in.
    var filesystemLabels: [String: String] { scope.testLabels }

    /// `metric` on the filesystems the alerts watch.
    func filesystem(_ metric: String) -> PromQLExpression {
        .series(metric, filesystemMatchers)
    }

    /// `free / total` on the filesystems: the share of their space or inodes left.
    func share(free: String, total: String) -> PromQLExpression {
        filesystem(free).applying(.divide, filesystem(total))
    }

    /// Whether a filesystem is writable: the read-only flag reads 0.
    var writable: PromQLExpression {
        filesystem(Metrics.filesystemReadonly.name).applying(.equal, .number(0))
    }

    /// The definition of `alert` at `threshold` (ignored by alerts without one).
    func definition(of alert: NodeAlert, threshold: Double) -> PackAlertDefinition {
        switch alert {
        case .filesystemSpaceFillingUp, .filesystemSpaceFillingUpFast:
            fillingUp(
                free: Metrics.filesystemAvailBytes.name, total: Metrics.filesystemSizeBytes.name, what: "space",
                threshold: threshold, horizon: alert.predictionHorizon ?? .hours(24))
        case .filesystemInodesFillingUp, .filesystemInodesFillingUpFast:
            fillingUp(
                free: Metrics.filesystemFilesFree.name, total: Metrics.filesystemFiles.name, what: "inodes",
                threshold: threshold, horizon: alert.predictionHorizon ?? .hours(24))
        case .filesystemAlmostOutOfSpace, .filesystemOutOfSpace:
            almostFull(
                free: Metrics.filesystemAvailBytes.name, total: Metrics.filesystemSizeBytes.name, what: "space",
                threshold: threshold)
        case .filesystemAlmostOutOfInodes, .filesystemOutOfInodes:
            almostFull(
                free: Metrics.filesystemFilesFree.name, total: Metrics.filesystemFiles.name, what: "inodes",
                threshold: threshold)
        case .filesystemReadOnly: readOnly()
        case .networkReceiveErrors:
            networkErrors(
                errors: Metrics.networkReceiveErrs.name, packets: Metrics.networkReceivePackets.name,
                direction: "receive", threshold: threshold)
        case .networkTransmitErrors:
            networkErrors(
                errors: Metrics.networkTransmitErrs.name, packets: Metrics.networkTransmitPackets.name,
                direction: "transmit", threshold: threshold)
        case .clockSkew: clockSkew(threshold: threshold)
        case .clockNotSynchronising: clockNotSynchronising(threshold: threshold)
        case .memoryHighUtilization: memoryHighUtilization(threshold: threshold)
        case .memoryMajorPageFaults: majorPageFaults(threshold: threshold)
        case .oomKill: oomKill()
        case .cpuHighUsage: cpuHighUsage(threshold: threshold)
        case .systemSaturation: systemSaturation(threshold: threshold)
        case .diskIOSaturation: diskIOSaturation(threshold: threshold)
        case .fileDescriptorLimit: fileDescriptorLimit(threshold: threshold)
        case .systemdServiceFailed: systemdServiceFailed()
        case .systemdServiceCrashlooping: systemdServiceCrashlooping(threshold: threshold)
        case .textfileScrapeError: textfileScrapeError()
        }
    }

    // MARK: - Filesystems

    func fillingUp(free: String, total: String, what: String, threshold: Double, horizon: Duration)
        -> PackAlertDefinition
    {
        let size = 1_000_000.0
        let start = (threshold * 9_000).rounded(.down)
        let step = max(1, (start / Double(2 * steps)).rounded(.down))
        let readonly = Metrics.filesystemReadonly.name
        let predicted = PromQLExpression.call(
            .predictLinear, .range(free, filesystemMatchers, over: .hours(6)),
            .number(Double(horizon.milliseconds / 1000)))
        return PackAlertDefinition(
            expression:
                share(free: free, total: total).applying(.less, .number(threshold / 100))
                .applying(.and, predicted.applying(.less, .number(0))).applying(.and, writable),
            summary:
                "Filesystem {{ $labels.mountpoint }} on {{ $labels.instance }} runs out of \(what) within \(horizon)",
            description:
                "{{ $labels.mountpoint }} ({{ $labels.device }}) has {{ $value | humanizePercentage }} of its \(what) "
                + "left, and at the pace of the last 6 hours it fills up within \(horizon).",
            meaning:
                "The filesystem has less than \(ThresholdUnit.percent.format(threshold)) of its \(what) free and the "
                + "trend of the last six hours reaches zero within \(horizon). Once full, writes fail: databases stop, "
                + "logs are lost.",
            firstSteps: what == "space"
                ? [
                    "Find what grows: `du -xh --max-depth=2 <mountpoint> | sort -h | tail`.",
                    "Rotate or delete logs and old artefacts; check for deleted files still held open (`lsof +L1`).",
                    "If the growth is legitimate, grow the volume before the predicted time.",
                ]
                : [
                    "Look for directories with huge numbers of small files (`find <mountpoint> -xdev -type d -size +1M`).",
                    "Clean up session, cache or mail spool files; fix the process creating them.",
                    "Inodes are fixed at mkfs time on ext4: plan a migration if the workload needs more.",
                ],
            fault: [
                (series(free, filesystemLabels), .decreasing(from: start, by: step, steps: steps)),
                (series(total, filesystemLabels), .constant(size, steps: steps)),
                (series(readonly, filesystemLabels), .constant(0, steps: steps)),
            ],
            healthy: [
                (series(free, filesystemLabels), .constant(start, steps: steps)),
                (series(total, filesystemLabels), .constant(size, steps: steps)),
                (series(readonly, filesystemLabels), .constant(0, steps: steps)),
            ],
            firingLabels: firing(filesystemLabels),
            firingValue: (start - step * Double(evaluationMinute)) / size,
            faultStory: "when free \(what) is low and falling",
            healthyStory: "when free \(what) is low but steady",
            signal: PackSignal(
                area: "Filesystems", title: "Free \(what) in \(horizon) at the last 6 hours' pace",
                query: predicted.applying(.divide, filesystem(total)),
                unit: .percentUnit, legend: "{{instance}} {{mountpoint}}", thresholds: [.below(0)]))
    }

    func almostFull(free: String, total: String, what: String, threshold: Double) -> PackAlertDefinition {
        let size = 1_000_000.0
        let readonly = Metrics.filesystemReadonly.name
        let low = threshold * 5_000
        let ample = min(size, threshold * 20_000)
        let left = share(free: free, total: total)
        return PackAlertDefinition(
            expression: left.applying(.less, .number(threshold / 100)).applying(.and, writable),
            summary: "Filesystem {{ $labels.mountpoint }} on {{ $labels.instance }} is almost out of \(what)",
            description:
                "{{ $labels.mountpoint }} ({{ $labels.device }}) has only {{ $value | humanizePercentage }} of its "
                + "\(what) left.",
            meaning:
                "The filesystem has less than \(ThresholdUnit.percent.format(threshold)) of its \(what) free. "
                + "Whatever writes to it is about to fail.",
            firstSteps: [
                "Free \(what) now: remove what can be rebuilt (caches, old logs, old images).",
                "Then find the cause, as for the filling-up alerts, before it comes back.",
            ],
            fault: [
                (series(free, filesystemLabels), .constant(low, steps: steps)),
                (series(total, filesystemLabels), .constant(size, steps: steps)),
                (series(readonly, filesystemLabels), .constant(0, steps: steps)),
            ],
            healthy: [
                (series(free, filesystemLabels), .constant(ample, steps: steps)),
                (series(total, filesystemLabels), .constant(size, steps: steps)),
                (series(readonly, filesystemLabels), .constant(0, steps: steps)),
            ],
            firingLabels: firing(filesystemLabels), firingValue: low / size,
            faultStory: "when free \(what) is below the threshold",
            healthyStory: "when free \(what) is well above the threshold",
            signal: PackSignal(
                area: "Filesystems", title: "Free \(what)",
                query: left,
                unit: .percentUnit, legend: "{{instance}} {{mountpoint}}", thresholds: [.below(threshold / 100)]))
    }

    func readOnly() -> PackAlertDefinition {
        let metric = Metrics.filesystemReadonly.name
        let wasWritable = PromQLExpression.call(.minOverTime, metric, filesystemMatchers, over: .hours(1))
        return PackAlertDefinition(
            expression:
                filesystem(metric).applying(.equal, .number(1))
                .applying(.and, wasWritable.applying(.equal, .number(0))),
            summary: "Filesystem {{ $labels.mountpoint }} on {{ $labels.instance }} turned read-only",
            description:
                "{{ $labels.mountpoint }} ({{ $labels.device }}) was writable within the last hour and is read-only "
                + "now: the kernel remounts a filesystem read-only after I/O or consistency errors.",
            meaning:
                "A filesystem went from read-write to read-only in the last hour. Filesystems mounted read-only on "
                + "purpose do not fire. Every write to it fails until it is repaired and remounted.",
            firstSteps: [
                "Read the kernel log (`dmesg -T | grep -iE 'ext4|xfs|I/O error|remount'`).",
                "Check the disk's health (`smartctl -a <device>`) and the hypervisor's or SAN's events.",
                "Repair with fsck from a maintenance window before remounting read-write.",
            ],
            fault: [
                (series(metric, filesystemLabels), .constant(0, steps: 5) + .constant(1, steps: steps - 5))
            ],
            healthy: [(series(metric, filesystemLabels), .constant(1, steps: steps))],
            firingLabels: firing(filesystemLabels), firingValue: nil,
            faultStory: "when a writable filesystem becomes read-only",
            healthyStory: "for a filesystem that has always been read-only",
            signal: PackSignal(
                area: "Filesystems", title: "Read-only filesystems",
                query: filesystem(metric).aggregated(.sum, by: ["instance"]),
                unit: .short, legend: "{{instance}}"))
    }

    // MARK: - Network

    func networkErrors(errors: String, packets: String, direction: String, threshold: Double)
        -> PackAlertDefinition
    {
        let device = ["device": "eth0"]
        let failing = PromQLExpression.call(.rate, errors, jobMatchers, over: .minutes(2)).applying(
            .divide, .call(.rate, packets, jobMatchers, over: .minutes(2)))
        return PackAlertDefinition(
            expression: failing.applying(.greater, .number(threshold / 100)),
            summary: "Network interface {{ $labels.device }} on {{ $labels.instance }} reports \(direction) errors",
            description:
                "{{ $value | humanizePercentage }} of the packets {{ $labels.device }} \(direction)s fail, for an hour.",
            meaning:
                "More than \(ThresholdUnit.percent.format(threshold)) of the interface's \(direction)d packets have "
                + "errors: a bad cable, port, driver or duplex mismatch, or an overloaded virtual NIC.",
            firstSteps: [
                "Compare `ip -s link show <device>` and `ethtool -S <device>` counters over a minute.",
                "Check the switch port, the cable or the hypervisor's virtual switch.",
                "Look for driver or firmware messages in `dmesg`.",
            ],
            fault: [
                (series(packets, device), .increasing(from: 0, by: 1_000, steps: steps)),
                (series(errors, device), .increasing(from: 0, by: 20 * threshold, steps: steps)),
            ],
            healthy: [
                (series(packets, device), .increasing(from: 0, by: 1_000, steps: steps)),
                (series(errors, device), .constant(0, steps: steps)),
            ],
            firingLabels: firing(device), firingValue: threshold / 50,
            faultStory: "when \(Self.number(2 * threshold))% of packets fail",
            healthyStory: "when no packet fails",
            signal: PackSignal(
                area: "Network", title: "Packets with \(direction) errors",
                query: failing, unit: .percentUnit,
                legend: "{{instance}} {{device}}", thresholds: [.above(threshold / 100)]))
    }

    // MARK: - Clock

    func clockSkew(threshold: Double) -> PackAlertDefinition {
        let metric = Metrics.timexOffsetSeconds.name
        let offset = selected(metric)
        let trend = PromQLExpression.call(.deriv, metric, jobMatchers, over: .minutes(5))
        return PackAlertDefinition(
            // Ahead and not slowing down, or behind and not catching up.
            expression:
                offset.applying(.greater, .number(threshold))
                .applying(.and, trend.applying(.greaterOrEqual, .number(0)))
                .applying(
                    .or,
                    offset.applying(.less, .number(-threshold))
                        .applying(.and, trend.applying(.lessOrEqual, .number(0)))),
            summary: "The clock of {{ $labels.instance }} is off",
            description:
                "The clock of {{ $labels.instance }} is {{ $value | humanizeDuration }} away from its time source "
                + "and not getting closer.",
            meaning:
                "The kernel's clock offset exceeds \(ThresholdUnit.seconds.format(threshold)) and NTP is not reducing "
                + "it. Skewed clocks break TLS, token expiry, distributed locks and the ordering of logs and metrics.",
            firstSteps: [
                "Check the time daemon: `chronyc tracking` or `timedatectl timesync-status`.",
                "Make sure the NTP servers are reachable (UDP 123) and agree with each other.",
            ],
            fault: [(series(metric), .constant(2 * threshold, steps: steps))],
            healthy: [(series(metric), .constant(0, steps: steps))],
            firingLabels: firing(), firingValue: 2 * threshold,
            faultStory: "when the offset stays at twice the threshold", healthyStory: "when the offset is zero",
            signal: PackSignal(
                area: "Clock", title: "Clock offset", query: offset, unit: .seconds,
                legend: "{{instance}}", thresholds: [.below(-threshold), .above(threshold)]))
    }

    func clockNotSynchronising(threshold: Double) -> PackAlertDefinition {
        let status = Metrics.timexSyncStatus.name
        let maxError = Metrics.timexMaxerrorSeconds.name
        return PackAlertDefinition(
            expression:
                PromQLExpression.call(.minOverTime, status, jobMatchers, over: .minutes(5)).applying(.equal, .number(0))
                .applying(.and, selected(maxError).applying(.greaterOrEqual, .number(threshold))),
            summary: "The clock of {{ $labels.instance }} is not synchronising",
            description: "{{ $labels.instance }} has not synchronised its clock with NTP for 10 minutes.",
            meaning:
                "The kernel reports the clock unsynchronised, with a maximum error of at least "
                + "\(ThresholdUnit.seconds.format(threshold)): it free-runs and drifts.",
            firstSteps: [
                "Check that chronyd, ntpd or systemd-timesyncd runs and has a reachable source.",
                "On a VM, check whether the host's time sync fights the guest's.",
            ],
            fault: [
                (series(status), .constant(0, steps: steps)),
                (series(maxError), .constant(2 * threshold, steps: steps)),
            ],
            healthy: [
                (series(status), .constant(1, steps: steps)),
                (series(maxError), .constant(2 * threshold, steps: steps)),
            ],
            firingLabels: firing(), firingValue: nil,
            faultStory: "when the clock is unsynchronised", healthyStory: "when the clock is synchronised",
            signal: PackSignal(
                area: "Clock", title: "Clock maximum error", query: selected(maxError), unit: .seconds,
                legend: "{{instance}}", thresholds: [.above(threshold)]))
    }

    // MARK: - Memory

    func memoryHighUtilization(threshold: Double) -> PackAlertDefinition {
        let available = Metrics.memoryMemAvailableBytes.name
        let total = Metrics.memoryMemTotalBytes.name
        let size = 16_000_000_000.0
        let low = (size * (100 - threshold) / 200).rounded()
        return PackAlertDefinition(
            expression:
                selected(available).applying(
                    .less, selected(total).applying(.multiply, .number((100 - threshold) / 100))),
            summary: "{{ $labels.instance }} is running out of memory",
            description:
                "Only {{ $value | humanize1024 }}B of memory is available on {{ $labels.instance }}, less than "
                + "\(ThresholdUnit.percent.format(100 - threshold)) of it.",
            meaning:
                "More than \(ThresholdUnit.percent.format(threshold)) of the host's memory is in use (what the kernel "
                + "could not reclaim without swapping). Next come swapping, stalls and the OOM killer.",
            firstSteps: [
                "See who holds the memory: `ps aux --sort=-rss | head`, and containers' usage.",
                "Look for a leak (steady growth since the last deploy) before adding memory.",
            ],
            fault: [
                (series(available), .constant(low, steps: steps)),
                (series(total), .constant(size, steps: steps)),
            ],
            healthy: [
                (series(available), .constant((size * (1 - threshold / 200)).rounded(), steps: steps)),
                (series(total), .constant(size, steps: steps)),
            ],
            firingLabels: firing(), firingValue: low,
            faultStory: "when available memory is half the allowance", healthyStory: "when memory is ample",
            signal: PackSignal(
                area: "Memory", title: "Memory available",
                query: selected(available).applying(.divide, selected(total)),
                unit: .percentUnit, legend: "{{instance}}", thresholds: [.below((100 - threshold) / 100)]))
    }

    func majorPageFaults(threshold: Double) -> PackAlertDefinition {
        let metric = Metrics.vmstatPgmajfault.name
        return PackAlertDefinition(
            expression:
                .call(.rate, metric, jobMatchers, over: .minutes(5)).applying(.greater, .number(threshold)),
            summary: "{{ $labels.instance }} is paging heavily",
            description:
                "{{ $labels.instance }} takes {{ $value | humanize }} major page faults a second: memory is short "
                + "and pages are read back from disk.",
            meaning:
                "More than \(ThresholdUnit.perSecond.format(threshold)) major page faults: the working set does not "
                + "fit in memory, so code and data are re-read from disk and everything slows down.",
            firstSteps: [
                "Check memory use and swap activity (`vmstat 1`).",
                "Find the faulting processes (`pidstat -r 1`), then reduce their memory or add memory.",
            ],
            fault: [(series(metric), .increasing(from: 0, by: 90 * threshold, steps: steps))],
            healthy: [(series(metric), .constant(0, steps: steps))],
            firingLabels: firing(), firingValue: 1.5 * threshold,
            faultStory: "at one and a half times the threshold", healthyStory: "without page faults",
            signal: PackSignal(
                area: "Memory", title: "Major page faults", query: .call(.rate, metric, jobMatchers, over: .minutes(5)),
                unit: .countsPerSecond, legend: "{{instance}}", thresholds: [.above(threshold)]))
    }

    func oomKill() -> PackAlertDefinition {
        let metric = Metrics.vmstatOomKill.name
        return PackAlertDefinition(
            expression: .call(.increase, metric, jobMatchers, over: .minutes(5)).applying(.greater, .number(0)),
            summary: "The OOM killer killed a process on {{ $labels.instance }}",
            description:
                "The kernel ran out of memory on {{ $labels.instance }} in the last 5 minutes and killed a process "
                + "to recover.",
            meaning:
                "The kernel's out-of-memory killer ended at least one process. The victim may be a service that "
                + "restarted silently, or one that is simply gone.",
            firstSteps: [
                "Find the victim: `journalctl -k | grep -i 'killed process'`.",
                "Check the memory limits of the container or unit, and the host's memory alerts.",
            ],
            fault: [(series(metric), .constant(0, steps: 5) + .increasing(from: 1, by: 1, steps: steps - 5))],
            healthy: [(series(metric), .constant(0, steps: steps))],
            firingLabels: firing(), firingValue: nil,
            faultStory: "when processes are killed", healthyStory: "when none is",
            signal: PackSignal(
                area: "Memory", title: "OOM kills in 5 minutes",
                query: .call(.increase, metric, jobMatchers, over: .minutes(5)),
                unit: .short, legend: "{{instance}}", thresholds: [.above(0)]))
    }

    // MARK: - CPU, load and disks

    func cpuHighUsage(threshold: Double) -> PackAlertDefinition {
        let metric = Metrics.cpuSeconds.name
        let busy = (100 + threshold) / 200
        let used = PromQLExpression.call(
            .rate, metric, jobMatchers + [PromQLLabelMatcher("mode", .doesNotMatchRegex, "idle|iowait")],
            over: .minutes(2)
        ).aggregated(.avg, without: ["cpu"]).aggregated(.sum, without: ["mode"])
        return PackAlertDefinition(
            expression: used.applying(.greater, .number(threshold / 100)),
            summary: "The CPUs of {{ $labels.instance }} are busy",
            description: "{{ $labels.instance }} has used {{ $value | humanizePercentage }} of its CPU for 15 minutes.",
            meaning:
                "The CPUs are busy more than \(ThresholdUnit.percent.format(threshold)) of the time. Alone it is "
                + "information (the host is well used); with latency alerts it explains them.",
            firstSteps: [
                "See which processes use it (`top`, `pidstat 1`).",
                "Decide whether it is expected load (scale) or a runaway process (fix).",
            ],
            fault: [
                (series(metric, ["cpu": "0", "mode": "user"]), .increasing(from: 0, by: 60 * busy, steps: steps)),
                (
                    series(metric, ["cpu": "0", "mode": "idle"]),
                    .increasing(from: 0, by: 60 * (1 - busy), steps: steps)
                ),
            ],
            healthy: [
                (
                    series(metric, ["cpu": "0", "mode": "user"]),
                    .increasing(from: 0, by: 60 * threshold / 200, steps: steps)
                ),
                (
                    series(metric, ["cpu": "0", "mode": "idle"]),
                    .increasing(from: 0, by: 60 * (1 - threshold / 200), steps: steps)
                ),
            ],
            firingLabels: firing(), firingValue: busy,
            faultStory: "when the CPU is busy beyond the threshold", healthyStory: "when it is half as busy",
            signal: PackSignal(
                area: "CPU", title: "CPU busy",
                query: used, unit: .percentUnit, legend: "{{instance}}", thresholds: [.above(threshold / 100)]))
    }

    func systemSaturation(threshold: Double) -> PackAlertDefinition {
        let load = Metrics.load1.name
        let cpu = Metrics.cpuSeconds.name
        let perCPU = selected(load).applying(
            .divide,
            selected(cpu, [PromQLLabelMatcher("mode", .equal, "idle")]).aggregated(.count, without: ["cpu", "mode"]))
        return PackAlertDefinition(
            expression: perCPU.applying(.greater, .number(threshold)),
            summary: "{{ $labels.instance }} is overloaded",
            description:
                "The 1-minute load of {{ $labels.instance }} is {{ $value | humanize }} per CPU: tasks queue for "
                + "CPU or disk.",
            meaning:
                "More than \(Self.number(threshold)) runnable or uninterruptible tasks per CPU, for 15 minutes. "
                + "Work waits: latency grows.",
            firstSteps: [
                "Tell CPU from I/O: `vmstat 1` (r is CPU, b is blocked on I/O).",
                "Find the tasks (`top`, `iotop`) and spread or reduce the load.",
            ],
            fault: [
                (series(load), .constant(2 * threshold, steps: steps)),
                (series(cpu, ["cpu": "0", "mode": "idle"]), .increasing(from: 0, by: 60, steps: steps)),
            ],
            healthy: [
                (series(load), .constant(threshold / 2, steps: steps)),
                (series(cpu, ["cpu": "0", "mode": "idle"]), .increasing(from: 0, by: 60, steps: steps)),
            ],
            firingLabels: firing(), firingValue: 2 * threshold,
            faultStory: "at twice the threshold per CPU", healthyStory: "at half the threshold",
            signal: PackSignal(
                area: "CPU", title: "Load per CPU",
                query: perCPU, unit: .short, legend: "{{instance}}", thresholds: [.above(threshold)]))
    }

    func diskIOSaturation(threshold: Double) -> PackAlertDefinition {
        let metric = Metrics.diskIoTimeWeightedSeconds.name
        let device = ["device": "sda"]
        return PackAlertDefinition(
            expression:
                .call(.rate, metric, jobMatchers + [PromQLLabelMatcher("device", .notEqual, "")], over: .minutes(5))
                .applying(.greater, .number(threshold)),
            summary: "Disk {{ $labels.device }} on {{ $labels.instance }} is saturated",
            description:
                "{{ $labels.device }} has {{ $value | humanize }} seconds of I/O waiting every second, for 30 minutes.",
            meaning:
                "The disk's weighted I/O time grows by more than \(Self.number(threshold)) seconds a second: requests "
                + "queue and everything that reads or writes it waits.",
            firstSteps: [
                "Find the I/O heavy processes (`iotop -o`, `pidstat -d 1`).",
                "Check the device's latency (`iostat -x 1`) and, in the cloud, its IOPS or throughput credits.",
            ],
            fault: [(series(metric, device), .increasing(from: 0, by: 90 * threshold, steps: steps))],
            healthy: [(series(metric, device), .constant(0, steps: steps))],
            firingLabels: firing(device), firingValue: 1.5 * threshold,
            faultStory: "at one and a half times the threshold", healthyStory: "when the disk is idle",
            signal: PackSignal(
                area: "Disks", title: "Disk I/O queue",
                query: .call(
                    .rate, metric, jobMatchers + [PromQLLabelMatcher("device", .notEqual, "")], over: .minutes(5)),
                unit: .short, legend: "{{instance}} {{device}}", thresholds: [.above(threshold)]))
    }

    func fileDescriptorLimit(threshold: Double) -> PackAlertDefinition {
        let allocated = Metrics.filefdAllocated.name
        let maximum = Metrics.filefdMaximum.name
        let limit = 1_000_000.0
        let high = limit * (100 + threshold) / 200
        return PackAlertDefinition(
            expression:
                selected(allocated).applying(.divide, selected(maximum)).applying(.greater, .number(threshold / 100)),
            summary: "{{ $labels.instance }} is running out of file descriptors",
            description: "{{ $labels.instance }} has {{ $value | humanizePercentage }} of its file descriptors open.",
            meaning:
                "More than \(ThresholdUnit.percent.format(threshold)) of the kernel's file handles are allocated. At "
                + "the limit, opening files and sockets fails everywhere on the host.",
            firstSteps: [
                "Find the holders: `lsof | awk '{print $1}' | sort | uniq -c | sort -n | tail`.",
                "Fix the leak, or raise `fs.file-max` if the load is legitimate.",
            ],
            fault: [
                (series(allocated), .constant(high, steps: steps)),
                (series(maximum), .constant(limit, steps: steps)),
            ],
            healthy: [
                (series(allocated), .constant(limit * threshold / 200, steps: steps)),
                (series(maximum), .constant(limit, steps: steps)),
            ],
            firingLabels: firing(), firingValue: high / limit,
            faultStory: "when most descriptors are open", healthyStory: "when half the threshold is open",
            signal: PackSignal(
                area: "System", title: "File descriptors in use",
                query: selected(allocated).applying(.divide, selected(maximum)), unit: .percentUnit,
                legend: "{{instance}}", thresholds: [.above(threshold / 100)]))
    }

    // MARK: - systemd and the textfile collector

    func systemdServiceFailed() -> PackAlertDefinition {
        let metric = Metrics.systemdUnitState.name
        let unit = ["name": "app.service", "state": "failed", "type": "simple"]
        return PackAlertDefinition(
            expression:
                selected(metric, [PromQLLabelMatcher("state", .equal, "failed")]).applying(.equal, .number(1)),
            summary: "systemd unit {{ $labels.name }} on {{ $labels.instance }} failed",
            description: "{{ $labels.name }} is in the failed state on {{ $labels.instance }}.",
            meaning:
                "A systemd unit entered the `failed` state: it exited with an error, or systemd gave up restarting "
                + "it. Needs the exporter's systemd collector (`--collector.systemd`).",
            firstSteps: [
                "Read why: `systemctl status <unit>` and `journalctl -u <unit> -n 100`.",
                "Fix and `systemctl restart <unit>`; `systemctl reset-failed <unit>` for a unit no longer wanted.",
            ],
            fault: [(series(metric, unit), .constant(1, steps: steps))],
            healthy: [(series(metric, unit), .constant(0, steps: steps))],
            firingLabels: firing(unit), firingValue: nil,
            faultStory: "when a unit is failed", healthyStory: "when it is not",
            signal: PackSignal(
                area: "System", title: "Failed systemd units",
                query: selected(metric, [PromQLLabelMatcher("state", .equal, "failed")]).aggregated(
                    .sum, by: ["instance"]),
                unit: .short,
                legend: "{{instance}}", thresholds: [.above(0)]))
    }

    func systemdServiceCrashlooping(threshold: Double) -> PackAlertDefinition {
        let metric = Metrics.systemdServiceRestart.name
        let unit = ["name": "app.service"]
        return PackAlertDefinition(
            expression:
                .call(.increase, metric, jobMatchers, over: .minutes(5)).applying(.greater, .number(threshold)),
            summary: "systemd service {{ $labels.name }} on {{ $labels.instance }} keeps restarting",
            description:
                "{{ $labels.name }} restarted more than \(Self.number(threshold)) times in 5 minutes, for 15 minutes.",
            meaning:
                "A service crashes and systemd restarts it, again and again: it is up only in between, and its "
                + "clients see errors. Needs the systemd collector.",
            firstSteps: [
                "Read the exits: `journalctl -u <unit> -n 200`.",
                "Look at what changed: a deploy, configuration, a dependency that went away.",
            ],
            fault: [(series(metric, unit), .increasing(from: 0, by: threshold + 1, steps: steps))],
            healthy: [(series(metric, unit), .constant(3, steps: steps))],
            firingLabels: firing(unit), firingValue: nil,
            faultStory: "when the service restarts every minute", healthyStory: "when it stays up",
            signal: PackSignal(
                area: "System", title: "systemd service restarts in 5 minutes",
                query: .call(.increase, metric, jobMatchers, over: .minutes(5)), unit: .short,
                legend: "{{instance}} {{name}}",
                thresholds: [.above(threshold)]))
    }

    func textfileScrapeError() -> PackAlertDefinition {
        let metric = Metrics.textfileScrapeError.name
        return PackAlertDefinition(
            expression: selected(metric).applying(.equal, .number(1)),
            summary: "node-exporter on {{ $labels.instance }} cannot read a textfile",
            description: "The textfile collector of {{ $labels.instance }} failed to read one of its .prom files.",
            meaning:
                "A `.prom` file of the textfile collector could not be read or parsed, so the metrics the host's jobs "
                + "write there (backups, cron jobs) are missing.",
            firstSteps: [
                "Run `curl -s localhost:9100/metrics | grep textfile` and read the exporter's log.",
                "Make writers write to a temporary file and rename it, so the exporter never reads half a file.",
            ],
            fault: [(series(metric), .constant(1, steps: steps))],
            healthy: [(series(metric), .constant(0, steps: steps))],
            firingLabels: firing(), firingValue: nil,
            faultStory: "when a file cannot be read", healthyStory: "when every file is read",
            signal: PackSignal(
                area: "System", title: "Textfile collector errors", query: selected(metric), unit: .short,
                legend: "{{instance}}"))
    }
}
