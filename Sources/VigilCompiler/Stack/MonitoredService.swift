import VigilDSL

/// One service the stack's Prometheus scrapes and evaluates rules for, as the first stage of lowering lists it:
/// written with the DSL, with the rule pack it brings, or built in the model's terms.
enum MonitoredService {
    /// Where a DSL service's rule pack goes among its own rules.
    enum PackPlacement {
        /// Before them: an exporter's pack, then the alerts of the declarations' bodies.
        case first
        /// After them: a service's process pack.
        case last
    }

    /// A service the spec declares, or an exporter's job, which carries the exporters' bodies; its pack's alerts
    /// and tests are model values, placed among its own as `placement` says.
    case declared(Service, pack: (any DeployedRulePack)?, placement: PackPlacement)
    /// What the stack runs or deploys itself, built without the DSL: its servers (``SelfMonitoring``) and
    /// components (``MonitoredComponent``).
    case built(ServiceRules)

    /// The DSL service, when it is one.
    var declaration: Service? {
        guard case .declared(let service, _, _) = self else { return nil }
        return service
    }
}
