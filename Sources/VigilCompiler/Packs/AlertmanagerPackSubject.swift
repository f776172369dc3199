import VigilDSL

/// The stack's Alertmanager as the subject of its rule pack: its scrape job, its peers, and the overrides
/// written on its declaration.
struct AlertmanagerPackSubject: PackSubject {
    /// The Alertmanager.
    var alertmanager: ResolvedAlertmanager
    /// The overrides written on the ``Alertmanager`` declaration.
    var overrides: [any AnyPackOverride]
    /// The stack's declaration: self-monitoring is attributed to it.
    var location: SourceLocation

    var job: String { ResolvedAlertmanager.serviceName }
    var instance: String { alertmanager.addresses[0] }
    /// Whether its peers form a cluster.
    var isClustered: Bool { alertmanager.peers.count > 1 }
}
