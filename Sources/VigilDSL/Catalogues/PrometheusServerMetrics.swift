/// Metrics that every Prometheus target and the Prometheus server itself expose, for alerting on the stack.
public enum PrometheusServerMetrics {
    /// The labels of rule-evaluation metrics.
    public enum RuleGroupLabel: String, LabelKey { case ruleGroup = "rule_group" }
    /// The labels of notification metrics.
    public enum AlertmanagerLabel: String, LabelKey { case alertmanager }

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

    /// Every metric of this catalogue, for declaring it on a service.
    public static let all: [MetricDeclaration] = [
        up.declaration, scrapeDuration.declaration, scrapeSamples.declaration, configReloadSuccessful.declaration,
        ruleEvaluationFailures.declaration, notificationErrors.declaration, notificationsSent.declaration,
    ]
}
