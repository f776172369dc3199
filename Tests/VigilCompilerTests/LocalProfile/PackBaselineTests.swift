import Testing
import VigilDSL

@testable import VigilCompiler
@testable import VigilEndToEnd
@testable import VigilModel

/// The end-to-end exporter serves a healthy target to each rule pack, whose alerts must stay quiet on it.
@Suite("The end-to-end baseline of a rule pack's job")
struct PackBaselineTests {
    @Test("the node job's series read the pack's healthy values, other metrics the default")
    func healthyValues() {
        let stack = StackLowering.lower(Stack("hosts") { NodeExporter() })
        let node = ExporterBaseline.series(of: stack).filter { $0.key.target.job == "node" }
        let offsets = node.filter { $0.key.name == NodeExporterMetrics.timexOffsetSeconds.name }
        #expect(!offsets.isEmpty && offsets.values.allSatisfy { $0 == 0 })
        let failed = node.filter { $0.key.name == NodeExporterMetrics.systemdUnitState.name }
        #expect(!failed.isEmpty && failed.values.allSatisfy { $0 == 0 })
        let load = node.filter { $0.key.name == NodeExporterMetrics.load1.name }
        #expect(load.values.allSatisfy { $0 == 1 })
    }

    @Test("every pack's job reads that pack's healthy values, and no other job does")
    func everyPack() throws {
        let stack = StackLowering.lower(ComponentFixtures.full)
        let series = ExporterBaseline.series(of: stack)
        #expect(
            Set(stack.rulePacks.map(\.name)) == [
                "node", "containers", "postgres", "redis", "blackbox", "prometheus", "grafana", "loki", "alloy",
                "tracing",
            ])
        for pack in stack.rulePacks {
            for (name, value) in pack.healthyValues {
                let served = series.filter { $0.key.target.job == pack.job && $0.key.name == name }
                #expect(!served.isEmpty && served.values.allSatisfy { $0 == value }, "\(pack.name): \(name)")
            }
        }
        let limits = series.filter { $0.key.name == RedisExporterMetrics.memoryMaxBytes.name }
        #expect(limits.keys.allSatisfy { $0.target.job == "redis" })
    }
}
