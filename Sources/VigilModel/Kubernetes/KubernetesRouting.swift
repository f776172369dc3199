/// How the Kubernetes target hands the stack's Alertmanager routing to the operator's Alertmanager.
///
/// ```swift
/// Kubernetes(namespace: "shop")                                                   // an AlertmanagerConfig
/// Kubernetes(namespace: "shop", alertmanager: .configSecret(name: "alertmanager-shop"))  // the whole file
/// ```
public enum KubernetesRouting: Hashable, Sendable {
    /// An `AlertmanagerConfig` object in the stack's namespace, which the operator merges into its
    /// Alertmanager's configuration: the routing tree under a route that matches `namespace="<namespace>"`,
    /// receivers reading their credentials from Secrets by `secretKeyRef`. Receivers the object cannot express
    /// (Jira) and schedules in a time zone are errors.
    case alertmanagerConfig
    /// The whole `alertmanager.yaml` (the compose target's, its secrets read from the Secrets the operator mounts
    /// below `/etc/alertmanager/secrets/`) and the notification templates in a Secret called `name`, for an
    /// Alertmanager in the stack's namespace (kube-prometheus-stack's `alertmanagerSpec.useExistingSecret`).
    /// The file holds no credential: every one is a `*_file` path.
    case configSecret(name: String)
}
