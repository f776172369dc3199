import ArgumentParser
import Foundation

/// `vigil-bench packs-setup`: the rule pack benchmark's data and plan. It lowers a stack running every exporter
/// with a rule pack, writes the series a fleet of `hosts` targets per job serves (``PackFleet``) as OpenMetrics,
/// and `plan.json` with every pack alert. `scripts/bench/packs.sh` runs it, then promtool and Prometheus, then
/// `vigil-bench packs-measure`.
struct PacksSetupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "packs-setup",
        abstract: "Write the rule pack benchmark's data and plan into a work folder.")

    @Option(help: "The work folder (created if missing).")
    var work: String

    @Option(help: "The targets of each exporter's job.")
    var hosts = 100

    @Option(help: "The evaluation time in Unix seconds (default 2026-03-01T00:00:00Z).")
    var end: Int64 = 1_772_323_200

    func run() throws {
        let fleet = PackFleet(hosts: hosts)
        let folder = URL(fileURLWithPath: work)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let series = fleet.series
        let samples = try write(series, step: fleet.scrapeInterval, to: folder.appendingPathComponent("data.om").path)
        let plan = PackCostPlan(
            end: end, hosts: hosts, series: series.count, samples: samples,
            evaluationIntervalSeconds: Double(fleet.stack.prometheus.evaluationInterval.milliseconds) / 1000,
            alerts: fleet.alerts)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(plan).write(to: folder.appendingPathComponent("plan.json"))
        let reach = series.map(\.reach).max() ?? 0
        guard let dataBlock = BlockRange.holding(from: end - reach, to: end) else {
            throw ValidationError("no promtool block holds \(reach) s of data before \(end); pick another --end")
        }
        try "end=\(end)\ndata_block=\(dataBlock)\n".write(
            to: folder.appendingPathComponent("setup.env"), atomically: true, encoding: .utf8)
        print(
            """
            data: \(series.count) series (\(hosts) targets of each of \(fleet.packs.count) jobs), \
            \(samples) samples every \(fleet.scrapeInterval) s, reaching back up to \(reach / 60) min
            alerts: \(fleet.alerts.count) in \(fleet.packs.map(\.name).joined(separator: ", "))
            """)
    }

    /// Writes `series` as OpenMetrics, each with a sample every `step` seconds up to the end, and returns the
    /// number of samples.
    func write(_ series: [PackFleet.Series], step: Int64, to path: String) throws -> Int {
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let file = FileHandle(forWritingAtPath: path)
        else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
        defer { try? file.close() }
        var output = OpenMetricsWriter.Output(file: file)
        var samples = 0
        // OpenMetrics wants each metric's series together, under one TYPE line.
        for (metric, family) in Dictionary(grouping: series, by: \.metric).sorted(by: { $0.key < $1.key }) {
            try output.append("# TYPE \(metric) unknown\n")
            for one in family {
                let prefix = Array("\(metric){\(one.labels)} ".utf8)
                let first = end - one.reach / step * step
                for (index, time) in stride(from: first, through: end, by: Int(step)).enumerated() {
                    let value = one.isCounter ? one.value * Double(index) : one.value
                    output.line(prefix, milliseconds: Int64((value * 1000).rounded()), time: time)
                    samples += 1
                }
                try output.flushIfFull()
            }
        }
        try output.append("# EOF\n")
        try output.flush()
        return samples
    }
}
