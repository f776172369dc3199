/// The rules on the long-term store a stack runs: Prometheus writes to it.
package enum LongTermStoreRules {
    package static let all: [ValidationRule] = [
        ValidationRule("the stack's VictoriaMetrics receives a remote write", check: unusedStores)
    ]

    /// A VictoriaMetrics no remote write goes to stays empty, and Grafana's long-term data source shows nothing.
    static func unusedStores(_ stack: ResolvedStack) -> [Diagnostic] {
        guard let store = stack.components.longTermStores.first else { return [] }
        let address = VictoriaMetrics.address + "/"
        guard !stack.prometheus.remoteWrite.contains(where: { $0.url.hasPrefix(address) }) else { return [] }
        return [
            .warning(
                "unused-long-term-store",
                "the stack runs VictoriaMetrics, but no remote write sends to it at \(VictoriaMetrics.address), so "
                    + "it stays empty",
                at: store.location,
                hint: "add `remoteWrite: [.victoriaMetrics(url: \"\(VictoriaMetrics.writeURL)\")]` to the stack's "
                    + "Prometheus, or remove VictoriaMetrics(...)")
        ]
    }
}
