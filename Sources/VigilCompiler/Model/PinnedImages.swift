/// The image versions a generated stack runs unless the spec or the environment says otherwise: the one
/// table to update when upgrading.
public enum PinnedImages {
    /// Prometheus 3.5, the long-term-support line.
    public static let prometheus = ContainerImage(
        repository: "prom/prometheus", tag: "v3.5.0", versionVariable: "PROMETHEUS_VERSION")
}
