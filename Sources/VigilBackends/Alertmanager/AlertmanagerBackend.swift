import VigilModel

/// `alertmanager/`: `alertmanager.yml` with its templates, and the amtool routing tests. The routing tree itself
/// is checked whatever the targets (it is part of the model).
public struct AlertmanagerBackend: TargetBackend {
    public let target = OutputTarget.alertmanager
    public let emitters: [any ArtefactEmitter] = [AlertmanagerConfigEmitter(), RoutingTestsEmitter()]
    public let rules: [ValidationRule] = []

    /// Creates the backend.
    public init() {}
}
