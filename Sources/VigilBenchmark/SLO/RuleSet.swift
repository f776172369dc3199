import VigilDSL

/// One generator's rules for one SLO, read from its rule file: every recording rule with its group's interval,
/// the series it reads, the recorded series it depends on and the window it covers. Alerts are left out: the
/// benchmark measures what the recording rules cost.
struct RuleSet: Sendable {
    /// A recording rule and what the benchmark knows about it.
    struct Recording: Sendable {
        /// Its group's name.
        var group: String
        /// Its group's interval, or the server's evaluation interval.
        var interval: Duration
        /// The series it records.
        var record: String
        /// Its expression as written.
        var expression: String
        /// The labels it sets.
        var labels: [(name: String, value: String)]
        /// The series its expression reads.
        var reads: [SeriesRead]
        /// The rules of this set whose series it reads (indices into ``RuleSet/recordings``), with how far back.
        var dependencies: [(rule: Int, lookback: Duration)] = []
        /// The window it covers (``RuleWindow``).
        var window: Duration?
        /// Its class, from its window and the SLO's period.
        var windowClass = WindowClass.other
    }

    /// A rule set the benchmark cannot work with.
    struct Unsupported: Error, CustomStringConvertible {
        var description: String
    }

    /// Which generator wrote it: Vigil, Sloth or Pyrra.
    var generator: String
    /// Which of the benchmark's SLOs it is for: `availability` or `latency`.
    var slo: String
    /// The SLO's period.
    var period: Duration
    /// A query of its recorded series giving the error ratio over the period, as the generator's dashboards read
    /// it: compared with the true ratio.
    var periodQuery: String
    /// The recording rules, in file order.
    var recordings: [Recording]

    /// The recording rules of `file`, each analysed; groups without an interval get `evaluationInterval`.
    init(
        generator: String, slo: String, period: Duration, periodQuery: String, file: RuleFile,
        evaluationInterval: Duration
    ) throws {
        self.generator = generator
        self.slo = slo
        self.period = period
        self.periodQuery = periodQuery
        var recordings: [Recording] = []
        for group in file.groups {
            for rule in group.rules {
                guard let record = rule.record else { continue }
                let reads: [SeriesRead]
                do {
                    reads = try SeriesRead.all(in: rule.expression)
                } catch {
                    throw Unsupported(description: "\(generator) \(slo): '\(record)' does not parse: \(error)")
                }
                recordings.append(
                    Recording(
                        group: group.name, interval: group.interval ?? evaluationInterval, record: record,
                        expression: rule.expression, labels: rule.labels, reads: reads))
            }
        }
        self.recordings = recordings
        for index in recordings.indices {
            self.recordings[index].dependencies = dependencies(of: self.recordings[index].reads)
        }
        var windows: [Int: Duration?] = [:]
        for index in recordings.indices {
            let window = try window(of: index, known: &windows, visiting: [])
            self.recordings[index].window = window
            self.recordings[index].windowClass = WindowClass(window: window, period: period)
        }
    }

    /// The recording rules of this set that `reads` select, with how far back each is read.
    func dependencies(of reads: [SeriesRead]) -> [(rule: Int, lookback: Duration)] {
        reads.flatMap { read in
            recordings.indices.filter {
                recordings[$0].record == read.name && read.selects(recordedWith: recordings[$0].labels)
            }
            .map { (rule: $0, lookback: read.lookback) }
        }
    }

    /// The series `reads` select that no rule of this set records: the raw data, with how far back.
    func rawReads(_ reads: [SeriesRead]) -> [SeriesRead] {
        reads.filter { read in !recordings.contains { $0.record == read.name } }
    }

    private func window(of index: Int, known: inout [Int: Duration?], visiting: Set<Int>) throws -> Duration? {
        if let window = known[index] { return window }
        guard !visiting.contains(index) else {
            throw Unsupported(description: "\(generator) \(slo): '\(recordings[index].record)' depends on itself")
        }
        let rule = recordings[index]
        var window = RuleWindow.named(in: rule.record) ?? RuleWindow.longestRange(rule.reads)
        if window == nil {
            window = try rule.dependencies.compactMap {
                try self.window(of: $0.rule, known: &known, visiting: visiting.union([index]))
            }.max()
        }
        known[index] = window
        return window
    }
}
