import VigilModel

/// The Grafana release the dashboards are written for: its dashboard `schemaVersion`, and the version its
/// panel plugins stamp on the panels they saved, so that Grafana runs no migration when loading them.
enum GrafanaRelease {
    /// The classic dashboard model's schema version of Grafana 12.
    static let schemaVersion = 42
    /// The panels' `pluginVersion`.
    static let pluginVersion = PinnedImages.grafana.tag
}
