/// Metrics that every Prometheus target and the Prometheus server itself expose, for alerting on the stack.
public enum PrometheusServerMetrics {
    /// The labels of rule-evaluation metrics.
    public enum RuleGroupLabel: String, LabelKey { case ruleGroup = "rule_group" }
    /// The labels of notification metrics.
    public enum AlertmanagerLabel: String, LabelKey { case alertmanager }
    /// The labels of remote-write queue metrics: the queue's name and the endpoint it writes to.
    public enum RemoteWriteLabel: String, LabelKey {
        case remoteName = "remote_name"
        case url
    }

    /// 1 when the last scrape of a target succeeded, 0 when it failed; one series per target.
    public static let up = Gauge<NoLabels>("up", help: "Whether the last scrape of the target succeeded.")

    /// How long the last scrape of a target took.
    public static let scrapeDuration = Gauge<NoLabels>(
        "scrape_duration_seconds", help: "Duration of the last scrape of the target.", unit: .seconds)

    /// How many samples the last scrape of a target returned.
    public static let scrapeSamples = Gauge<NoLabels>(
        "scrape_samples_scraped", help: "Samples the last scrape of the target returned.")

    /// 1 when the last configuration reload succeeded.
    public static let configReloadSuccessful = Gauge<NoLabels>(
        "prometheus_config_last_reload_successful", help: "Whether the last configuration reload attempt succeeded.")

    /// Rule evaluations that failed.
    public static let ruleEvaluationFailures = Counter<RuleGroupLabel>(
        "prometheus_rule_evaluation_failures_total", help: "Rule evaluations that failed.")

    /// Alert notifications that could not be sent to an Alertmanager.
    public static let notificationErrors = Counter<AlertmanagerLabel>(
        "prometheus_notifications_errors_total", help: "Errors sending alert notifications.")

    /// Alert notifications sent to an Alertmanager.
    public static let notificationsSent = Counter<AlertmanagerLabel>(
        "prometheus_notifications_sent_total", help: "Alert notifications sent.")

    /// Rule group evaluations skipped because the previous one was still running.
    public static let ruleGroupIterationsMissed = Counter<RuleGroupLabel>(
        "prometheus_rule_group_iterations_missed_total",
        help: "Rule group evaluations missed due to slow rule group evaluation.")

    /// Alerts waiting in the queue to be sent.
    public static let notificationsQueueLength = Gauge<NoLabels>(
        "prometheus_notifications_queue_length", help: "The number of alert notifications in the queue.")

    /// How many alerts the queue holds.
    public static let notificationsQueueCapacity = Gauge<NoLabels>(
        "prometheus_notifications_queue_capacity", help: "The capacity of the alert notifications queue.")

    /// Alerts dropped instead of sent, after errors or with the queue full.
    public static let notificationsDropped = Counter<NoLabels>(
        "prometheus_notifications_dropped_total",
        help: "Alerts dropped due to errors when sending to Alertmanager.")

    /// The Alertmanagers Prometheus knows to send alerts to.
    public static let alertmanagersDiscovered = Gauge<NoLabels>(
        "prometheus_notifications_alertmanagers_discovered", help: "The number of alertmanagers discovered and active.")

    /// TSDB compactions that failed.
    public static let tsdbCompactionsFailed = Counter<NoLabels>(
        "prometheus_tsdb_compactions_failed_total", help: "Total number of compactions that failed for the partition.")

    /// Failed reloads of the TSDB's blocks from disk.
    public static let tsdbReloadFailures = Counter<NoLabels>(
        "prometheus_tsdb_reloads_failures_total", help: "Number of times the database failed to reload block data.")

    /// Corruptions of the write-ahead log found.
    public static let tsdbWALCorruptions = Counter<NoLabels>(
        "prometheus_tsdb_wal_corruptions_total", help: "Total number of WAL corruptions.")

    /// Scrapes rejected for exceeding their job's `sample_limit`.
    public static let scrapesExceededSampleLimit = Counter<NoLabels>(
        "prometheus_target_scrapes_exceeded_sample_limit_total",
        help: "Total number of scrapes that hit the sample limit and were rejected.")

    /// Samples remote write failed to send and did not retry.
    public static let remoteSamplesFailed = Counter<RemoteWriteLabel>(
        "prometheus_remote_storage_samples_failed_total",
        help: "Total number of samples which failed on send to remote storage, non-recoverable errors.")

    /// Samples remote write sent.
    public static let remoteSamples = Counter<RemoteWriteLabel>(
        "prometheus_remote_storage_samples_total", help: "Total number of samples sent to remote storage.")

    /// The timestamp of the newest sample appended to the TSDB, which remote write has to send.
    public static let remoteHighestTimestamp = Gauge<NoLabels>(
        "prometheus_remote_storage_highest_timestamp_in_seconds",
        help: "Highest timestamp that has come into the remote storage via the Appender interface.", unit: .seconds)

    /// The timestamp of the newest sample each remote-write queue has sent.
    public static let remoteHighestSentTimestamp = Gauge<RemoteWriteLabel>(
        "prometheus_remote_storage_queue_highest_sent_timestamp_seconds",
        help: "Timestamp from a WAL sample, the highest successfully sent by this queue.", unit: .seconds)

    /// Every metric of this catalogue, for declaring it on a service.
    public static let all: [MetricDeclaration] = [
        up.declaration, scrapeDuration.declaration, scrapeSamples.declaration, configReloadSuccessful.declaration,
        ruleEvaluationFailures.declaration, notificationErrors.declaration, notificationsSent.declaration,
        ruleGroupIterationsMissed.declaration, notificationsQueueLength.declaration,
        notificationsQueueCapacity.declaration, notificationsDropped.declaration, alertmanagersDiscovered.declaration,
        tsdbCompactionsFailed.declaration, tsdbReloadFailures.declaration, tsdbWALCorruptions.declaration,
        scrapesExceededSampleLimit.declaration, remoteSamplesFailed.declaration, remoteSamples.declaration,
        remoteHighestTimestamp.declaration, remoteHighestSentTimestamp.declaration,
    ]
}
