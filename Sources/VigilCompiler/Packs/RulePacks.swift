import VigilDSL

/// The rule pack each exporter brings: today the node exporter's (``NodePack``).
enum RulePacks {
    /// The pack of `exporter`, or `nil` for an exporter without one yet.
    static func pack(of exporter: Exporter) -> ResolvedRulePack? {
        switch exporter.kind {
        case .node: NodePack(exporter: exporter).resolved
        case .cadvisor, .postgres, .redis, .blackbox: nil
        }
    }
}
