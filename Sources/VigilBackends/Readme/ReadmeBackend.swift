import VigilModel

/// The stack's `README.md`: what it runs, its alerts, SLOs, dashboards and routing, and how to deploy it.
public struct ReadmeBackend: TargetBackend {
    public let target = OutputTarget.readme
    public let emitters: [any ArtefactEmitter] = [ReadmeEmitter()]
    public let rules: [ValidationRule] = []

    /// Creates the backend.
    public init() {}
}
