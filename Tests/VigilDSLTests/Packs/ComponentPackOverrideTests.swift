import Testing
import VigilDSL

/// The overrides of the components' rule packs are typed by each pack's alerts, as the exporters' are.
@Suite("Overrides of the components' rule packs")
struct ComponentPackOverrideTests {
    @Test("each component takes its own pack's alerts: a misspelt alert or another pack's does not compile")
    func misspeltDoesNotCompile() throws {
        let text = try TypeCheck.failure(
            of: """
                import VigilDSL
                let grafana = Grafana(pack: [.tune(.httpErors, threshold: 10)])
                let loki = Loki(pack: [.disable(.compactionFailng, because: "off")])
                let alloy = Loki(alloyPack: [.route(.requestErrors, severity: .critical)])
                let tracing = Tracing(.tempo, pack: [.tune(.tempoFlushFailing, threshold: 3)])
                """)
        let lines = text.split(separator: "\n").filter { $0.hasPrefix("/") && $0.contains("error:") }
        for (line, pack) in [(2, "GrafanaAlert"), (3, "LokiAlert"), (4, "AlloyAlert"), (5, "TracingAlert")] {
            #expect(
                lines.contains { $0.contains(".swift:\(line):") && $0.contains("PackOverride<\(pack)>") }, "\(text)")
        }
    }

    @Test("the overrides are kept on the declaration, in order, with where they were written")
    func kept() throws {
        let tune = PackOverride<LokiAlert>.tune(.requestErrors, threshold: 5)
        let route = PackOverride<AlloyAlert>.route(.unhealthyComponents, severity: .critical)
        let loki = Loki(pack: [tune], alloyPack: [route])
        #expect(loki.pack.map(\.location.line) == [tune.location.line])
        #expect(loki.alloyPack.map(\.location.line) == [route.location.line])
        #expect(Grafana().pack.isEmpty && Tracing(.jaeger).pack.isEmpty)
        let tracing = Tracing(.tempo, pack: [.disable(.tempoCompactionsFailing, because: "One block a day.")])
        #expect(tracing.pack.count == 1 && tracing.port == 3200)
    }
}
