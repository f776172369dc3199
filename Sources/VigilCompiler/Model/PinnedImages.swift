/// The image versions a generated stack runs unless the spec or the environment says otherwise: the one
/// table to update when upgrading.
public enum PinnedImages {
    /// Prometheus 3.5, the long-term-support line.
    public static let prometheus = ContainerImage(
        repository: "prom/prometheus", tag: "v3.5.0", versionVariable: "PROMETHEUS_VERSION")
    /// Alertmanager 0.28.
    public static let alertmanager = ContainerImage(
        repository: "prom/alertmanager", tag: "v0.28.1", versionVariable: "ALERTMANAGER_VERSION")
}
