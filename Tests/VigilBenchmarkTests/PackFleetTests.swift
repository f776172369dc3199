import Testing
import VigilDSL

@testable import vigil_bench

@Suite("Rule pack benchmark: the synthetic fleet")
struct PackFleetTests {
    @Test("crossed labels multiply, the others vary together, and the values alerts match come first")
    func labelSets() {
        let cpu = PackFleet.labelSets(["cpu", "mode"], matched: ["mode": ["idle"]])
        #expect(cpu.count == 64)
        #expect(cpu.first == [#"cpu="cpu-1""#, #"mode="idle""#])
        let containers = PackFleet.labelSets(["id", "name", "image"], matched: [:])
        #expect(containers.count == 20)
        #expect(containers[3] == [#"id="id-4""#, #"name="name-4""#, #"image="image-4""#])
        #expect(PackFleet.labelSets([], matched: [:]) == [[]])
    }

    @Test("every metric an alert reads has series for every target, reaching as far back as it is read")
    func series() throws {
        let fleet = PackFleet(hosts: 2)
        #expect(fleet.alerts.count == fleet.packs.map(\.alerts.count).reduce(0, +))
        let series = fleet.series
        let written = Set(series.map { "\($0.labels.prefix { $0 != "," })|\($0.metric)" })
        for (job, usages) in fleet.selectors {
            for metric in usages.compactMap(\.selector.metricName) {
                #expect(written.contains(#"job="\#(job)"|\#(metric)"#), "\(job): \(metric)")
            }
        }
        let available = try #require(series.first { $0.metric == "node_filesystem_avail_bytes" })
        #expect(available.reach == 6 * 3600 + PackFleet.lookback)
        #expect(series.filter { $0.metric == "node_filesystem_avail_bytes" }.count == 2 * 4)
        let oom = try #require(series.first { $0.metric == "node_vmstat_oom_kill" })
        #expect(oom.isCounter && oom.reach == 5 * 60 + PackFleet.lookback)
    }
}
