import VigilDSL

/// A pack settled on its exporter, whatever its alerts: what the exporter's service and the model read.
protocol DeployedRulePack {
    /// The alerts and tests the pack adds to the exporter's service.
    var elements: [ServiceElement] { get }
    /// The pack as the README and the end-to-end run read it.
    var resolved: ResolvedRulePack { get }
    /// The pack's dashboard, derived from its alerts; `nil` when they draw nothing.
    var dashboard: Dashboard? { get }
}

extension SettledPack: DeployedRulePack {}

/// The rule pack each exporter brings.
enum RulePacks {
    /// The pack of `exporter`, with its overrides applied.
    static func pack(of exporter: Exporter) -> any DeployedRulePack {
        switch exporter.kind {
        case .node: SettledPack<NodePackAlerts>(exporter: exporter)
        case .cadvisor: SettledPack<ContainerPackAlerts>(exporter: exporter)
        case .postgres: SettledPack<PostgresPackAlerts>(exporter: exporter)
        case .redis: SettledPack<RedisPackAlerts>(exporter: exporter)
        case .blackbox: SettledPack<BlackboxPackAlerts>(exporter: exporter)
        }
    }
}
