import VigilDSL

/// The order in which `promtool tsdb create-blocks-from rules` must backfill recorded series so that every rule
/// can be evaluated at the end time, and over how long.
///
/// promtool evaluates each rule with range queries against a running Prometheus, as written: a rule that reads
/// another rule's series sees only what the server already holds (rules in one group do not see each other's
/// results). So a recorded series is backfilled only when a rule (or the period query) reads it, over exactly
/// how far back that reader looks, and in passes: pass 1 holds the rules that read only raw data, pass 2 those
/// that read pass 1's series, and so on; the server loads each pass's blocks before the next.
struct BackfillPlan: Sendable {
    /// One promtool run: some rules over one time range, with one block length.
    struct Step: Sendable {
        /// Its pass, from 1.
        var pass: Int
        /// The first evaluation time, in Unix seconds.
        var start: Int64
        /// The last, in Unix seconds.
        var end: Int64
        /// The blocks it writes (`--max-block-duration`).
        var blockRange: Duration
        /// The rule files it evaluates, named.
        var files: [(name: String, file: RuleFile)]
    }

    /// Per rule set and recording rule: how far back before the end its recorded series must exist; `nil` when
    /// nothing reads it.
    private(set) var needed: [[Duration?]]
    /// Per rule set and recording rule: its backfill pass; `nil` when it needs none.
    private(set) var passes: [[Int?]]
    /// The promtool runs, in order.
    private(set) var steps: [Step] = []
    /// How far before the end the raw data must reach for every evaluation, backfill included.
    private(set) var rawLookback = Duration(milliseconds: 0)

    /// Plans the backfill of `sets` for evaluations at `end` (Unix seconds).
    init(sets: [RuleSet], end: Int64) throws {
        needed = sets.map { Array(repeating: nil, count: $0.recordings.count) }
        passes = needed.map { $0.map { _ in nil } }
        for (setIndex, set) in sets.enumerated() {
            try plan(set, at: setIndex)
        }
        steps = Self.steps(sets: sets, needed: needed, passes: passes, end: end)
    }

    private mutating func plan(_ set: RuleSet, at setIndex: Int) throws {
        // Who reads each rule's series: every rule (evaluated at the end, and maybe backfilled), and the period
        // query (evaluated at the end).
        var readers = Array(repeating: [(reader: Int?, lookback: Duration)](), count: set.recordings.count)
        for (reader, rule) in set.recordings.enumerated() {
            for dependency in rule.dependencies {
                readers[dependency.rule].append((reader, dependency.lookback))
            }
        }
        let periodReads = try SeriesRead.all(in: set.periodQuery)
        for dependency in set.dependencies(of: periodReads) {
            readers[dependency.rule].append((nil, dependency.lookback))
        }
        var memo: [Int: Duration?] = [:]
        for rule in set.recordings.indices {
            needed[setIndex][rule] = try need(rule, set, readers, &memo, visiting: [])
        }
        var passMemo: [Int: Int] = [:]
        for rule in set.recordings.indices where needed[setIndex][rule] != nil {
            passes[setIndex][rule] = pass(rule, set, &passMemo)
        }
        for (index, rule) in set.recordings.enumerated() {
            let backfilled = needed[setIndex][index].map { $0 + rule.interval } ?? Duration(milliseconds: 0)
            for read in set.rawReads(rule.reads) {
                rawLookback = max(rawLookback, backfilled + read.lookback)
            }
        }
        for read in set.rawReads(periodReads) {
            rawLookback = max(rawLookback, read.lookback)
        }
    }

    /// How far back rule `index`'s series must exist: the furthest any reader looks, plus, for a reader that is
    /// itself backfilled, how far back that reader is evaluated.
    private func need(
        _ index: Int, _ set: RuleSet, _ readers: [[(reader: Int?, lookback: Duration)]],
        _ memo: inout [Int: Duration?], visiting: Set<Int>
    ) throws -> Duration? {
        if let known = memo[index] { return known }
        guard !visiting.contains(index) else {
            throw RuleSet.Unsupported(description: "\(set.generator) \(set.slo): rules read each other in a cycle")
        }
        var furthest: Duration?
        for (reader, lookback) in readers[index] {
            var back = lookback
            if let reader, let readerNeed = try need(reader, set, readers, &memo, visiting: visiting.union([index])) {
                back = back + readerNeed + set.recordings[reader].interval
            }
            furthest = max(furthest ?? back, back)
        }
        memo[index] = furthest
        return furthest
    }

    /// One more than the latest pass among the recorded series rule `index` reads; 1 when it reads only raw data.
    private func pass(_ index: Int, _ set: RuleSet, _ memo: inout [Int: Int]) -> Int {
        if let known = memo[index] { return known }
        let pass = 1 + (set.recordings[index].dependencies.map { self.pass($0.rule, set, &memo) }.max() ?? 0)
        memo[index] = pass
        return pass
    }

    /// The promtool runs: the rules of one pass that share a start (rounded down to the minute) and a block
    /// length, each rule set in a file of its own with the rules' groups and intervals.
    private static func steps(sets: [RuleSet], needed: [[Duration?]], passes: [[Int?]], end: Int64) -> [Step] {
        struct Key: Hashable, Comparable {
            var pass: Int
            var start: Int64
            var blockMilliseconds: Int64
            static func < (lhs: Key, rhs: Key) -> Bool {
                (lhs.pass, lhs.start, lhs.blockMilliseconds) < (rhs.pass, rhs.start, rhs.blockMilliseconds)
            }
        }
        var members: [Key: [(set: Int, rule: Int)]] = [:]
        for (setIndex, set) in sets.enumerated() {
            for (index, rule) in set.recordings.enumerated() {
                guard let back = needed[setIndex][index], let pass = passes[setIndex][index] else { continue }
                let start = (end - (back + rule.interval).milliseconds / 1000) / 60 * 60
                let block = BlockRange.longest(forStep: rule.interval)
                members[Key(pass: pass, start: start, blockMilliseconds: block.milliseconds), default: []].append(
                    (setIndex, index))
            }
        }
        return members.keys.sorted().map { key in
            let rules = members[key] ?? []
            let files = Dictionary(grouping: rules, by: \.set).keys.sorted().map { setIndex in
                let set = sets[setIndex]
                let chosen = rules.filter { $0.set == setIndex }.map { set.recordings[$0.rule] }
                var groups: [RuleFile.Group] = []
                for rule in chosen {
                    let backfilled = RuleFile.Rule(
                        record: rule.record, alert: nil, expression: rule.expression, labels: rule.labels,
                        duration: nil)
                    if let last = groups.indices.last, groups[last].name == rule.group {
                        groups[last].rules.append(backfilled)
                    } else {
                        groups.append(RuleFile.Group(name: rule.group, interval: rule.interval, rules: [backfilled]))
                    }
                }
                // Named after the rule set and the step's own settings only: promtool aligns a group's evaluations
                // on a hash of its name and file name, so this keeps a set's recorded samples where they are when
                // other sets change.
                let block = Duration(milliseconds: key.blockMilliseconds)
                let name = "\(set.generator)-\(set.slo)-pass\(key.pass)-\(key.start)-\(block).yml".lowercased()
                return (name: name, file: RuleFile(groups: groups))
            }
            return Step(
                pass: key.pass, start: key.start, end: end, blockRange: Duration(milliseconds: key.blockMilliseconds),
                files: files)
        }
    }
}
