import VigilCompiler
import VigilDSL

/// The synthetic fleet of the rule pack benchmark: a stack that runs every exporter with a rule pack, lowered by
/// the compiler, and `hosts` targets of each exporter's job, each serving the series a real one would of every
/// metric the pack's alerts read: 8 CPUs in 8 modes, 4 filesystems, 20 containers, 20 systemd units in 5 states,
/// 3 databases, and so on (``cardinality``). Each series reaches back as far as the longest range its alerts
/// read, plus Prometheus's 5-minute lookback.
struct PackFleet {
    /// One alert of a pack, as the stack deploys it.
    struct Alert: Codable, Sendable {
        /// The pack's job, e.g. `node`.
        var job: String
        /// The alert's name.
        var name: String
        /// Its condition.
        var expression: String
    }

    /// One synthetic series: its metric and labels, how its value moves, and how far back it reaches.
    struct Series {
        /// The metric's name.
        var metric: String
        /// `label="value"` pairs, job and instance first.
        var labels: String
        /// Whether it is a counter (it grows every scrape) or a gauge (it holds its healthy value).
        var isCounter: Bool
        /// The gauge's value, or the counter's growth per scrape.
        var value: Double
        /// How far back it reaches, in seconds.
        var reach: Int64
    }

    /// The targets of each job.
    let hosts: Int
    /// The stack, lowered.
    let stack: ResolvedStack
    /// The exporters' packs: the stack's own Prometheus and Alertmanager are not part of the fleet.
    let packs: [ResolvedRulePack]
    /// Every pack alert, in the stack's order.
    let alerts: [Alert]
    /// The selectors each job's alerts read.
    let selectors: [String: [PromQLSelectorUsage]]

    /// The values per host of labels that vary with each other (a container's name, id and image), or, for
    /// `crossed` labels, independently of the others.
    static let cardinality: [String: Int] = [
        "cpu": 8, "mode": 8, "state": 5, "name": 20, "id": 20, "image": 20, "mountpoint": 4, "fstype": 4, "device": 4,
        "datname": 3,
    ]
    /// The labels whose values multiply the series rather than vary with the others.
    static let crossed: Set<String> = ["cpu", "mode", "state"]
    /// The values per host of any other label.
    static let defaultCardinality = 2
    /// Prometheus's lookback: an instant selector reads up to 5 minutes back.
    static let lookback: Int64 = 300

    /// A fleet of `hosts` targets per exporter job.
    init(hosts: Int) {
        self.hosts = hosts
        stack = StackLowering.lower(
            Stack("pack-bench") {
                NodeExporter()
                CAdvisor()
                PostgresExporter(
                    address: "postgres:5432", database: "app", user: "exporter", password: .secret("exporter_password"))
                RedisExporter(address: "redis:6379")
                BlackboxExporter { Probe.http("https://shop.example.com/health") }
            })
        let exporterJobs = Set(stack.components.exporters.map(\.job))
        packs = stack.rulePacks.filter { exporterJobs.contains($0.job) }
        let jobs = Set(packs.map(\.job))
        let deployed = stack.alerts.filter { jobs.contains($0.group) }.compactMap { alert in
            alert.expression?.tree.map { (alert, $0) }
        }
        alerts = deployed.map { Alert(job: $0.group, name: $0.name, expression: $1.description) }
        selectors = Dictionary(deployed.map { ($0.group, $1.selectorUsages) }, uniquingKeysWith: +)
    }

    /// The stack's scrape interval, in seconds: the data's step.
    var scrapeInterval: Int64 { stack.prometheus.scrapeInterval.milliseconds / 1000 }

    /// Every series of the fleet: for each job, each host, each metric its pack's alerts read.
    var series: [Series] {
        var reach: [String: [String: Int64]] = [:]
        var matched: [String: [String]] = [:]
        for (job, usages) in selectors.sorted(by: { $0.key < $1.key }) {
            for usage in usages {
                guard let metric = usage.selector.metricName else { continue }
                let range = (usage.range?.milliseconds ?? 0) / 1000
                reach[job, default: [:]][metric] = max(reach[job]?[metric] ?? 0, range + Self.lookback)
                for matcher in usage.selector.matchers
                where matcher.op == .equal && !matcher.value.isEmpty && matcher.label != "job"
                    && !(matched[matcher.label] ?? []).contains(matcher.value)
                {
                    matched[matcher.label, default: []].append(matcher.value)
                }
            }
        }
        let declared = Dictionary(
            stack.services.flatMap(\.metrics).map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let healthy = packs.reduce(into: [String: Double]()) { values, pack in
            values.merge(pack.healthyValues) { first, _ in first }
        }
        var series: [Series] = []
        for pack in packs {
            for (metric, reach) in (reach[pack.job] ?? [:]).sorted(by: { $0.key < $1.key }) {
                let declaration = declared[metric]
                let labelNames = (declaration?.labelNames ?? []).filter { $0 != "job" && $0 != "instance" }
                let isCounter = declaration?.kind == .counter
                for host in 0..<hosts {
                    for labels in Self.labelSets(labelNames, matched: matched) {
                        let identity = [#"job="\#(pack.job)""#, #"instance="host-\#(host)""#] + labels
                        series.append(
                            Series(
                                metric: metric, labels: identity.joined(separator: ","), isCounter: isCounter,
                                value: isCounter ? 1 : healthy[metric] ?? 1, reach: reach))
                    }
                }
            }
        }
        return series
    }

    /// The label sets of one host's series of a metric with `labelNames`: the crossed labels' values multiplied,
    /// the others varying together. The values an alert matches (`mode="idle"`) come first.
    static func labelSets(_ labelNames: [String], matched: [String: [String]]) -> [[String]] {
        func values(_ label: String, count: Int) -> [String] {
            let known = matched[label] ?? []
            return Array((known + (1...count).map { "\(label)-\($0)" }).prefix(max(count, known.count)))
        }
        let together = labelNames.filter { !crossed.contains($0) }
        let width = together.map { cardinality[$0] ?? defaultCardinality }.max() ?? 1
        var sets: [[String]] = (0..<width).map { index in
            together.map { label in #"\#(label)="\#(values(label, count: width)[index])""# }
        }
        for label in labelNames where crossed.contains(label) {
            let labelValues = values(label, count: cardinality[label] ?? defaultCardinality)
            sets = sets.flatMap { set in labelValues.map { set + [#"\#(label)="\#($0)""#] } }
        }
        return sets
    }
}
