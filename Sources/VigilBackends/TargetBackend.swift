import VigilModel

/// The backend of an ``OutputTarget``: the files it writes for a stack and the rules those files need beyond the
/// rules every stack is checked against (``StackValidator/modelRules``). A stack runs the backends of its
/// targets only.
public protocol TargetBackend: Sendable {
    /// The target it generates.
    var target: OutputTarget { get }
    /// Its emitters, in the order they run.
    var emitters: [any ArtefactEmitter] { get }
    /// The rules its files need.
    var rules: [ValidationRule] { get }
}

/// Every backend, in ``OutputTarget`` order.
public enum TargetBackends {
    /// One backend per target.
    public static let all: [any TargetBackend] = [
        PrometheusBackend(), AlertmanagerBackend(), GrafanaBackend(), ComposeBackend(), KubernetesBackend(),
        ReadmeBackend(),
    ]

    /// The backends of `targets`, in ``OutputTarget`` order.
    public static func backends(for targets: [OutputTarget]) -> [any TargetBackend] {
        all.filter { targets.contains($0.target) }
    }
}
