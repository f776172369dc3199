/// Metrics Alertmanager exposes about itself, for alerting on the stack's notification path.
public enum AlertmanagerMetrics {
    /// The label of notification metrics: the receiver integration (`slack`, `pagerduty`, `email`, ...).
    public enum IntegrationLabel: String, LabelKey { case integration }

    /// 1 when the last configuration reload succeeded.
    public static let configReloadSuccessful = Gauge<NoLabels>(
        "alertmanager_config_last_reload_successful", help: "Whether the last configuration reload attempt succeeded.")

    /// Notifications that could not be delivered, by integration.
    public static let notificationsFailed = Counter<IntegrationLabel>(
        "alertmanager_notifications_failed_total", help: "The total number of failed notifications.")

    /// Notifications attempted, by integration.
    public static let notifications = Counter<IntegrationLabel>(
        "alertmanager_notifications_total", help: "The total number of attempted notifications.")

    /// The members of the cluster this peer sees.
    public static let clusterMembers = Gauge<NoLabels>(
        "alertmanager_cluster_members", help: "Number indicating current number of members in cluster.")

    /// The members of the cluster this peer cannot reach.
    public static let clusterFailedPeers = Gauge<NoLabels>(
        "alertmanager_cluster_failed_peers",
        help: "Number indicating the current number of failed peers in the cluster.")

    /// Every metric of this catalogue, for declaring it on a service.
    public static let all: [MetricDeclaration] = [
        configReloadSuccessful.declaration, notificationsFailed.declaration, notifications.declaration,
        clusterMembers.declaration, clusterFailedPeers.declaration,
    ]
}
