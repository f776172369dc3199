import VigilDSL

/// The services every stack gets for watching itself: Prometheus scraping its own metrics, with alerts on
/// what makes a monitoring stack silently useless (targets down, a configuration that did not load, rules
/// that fail to evaluate, notifications that cannot be sent) and an always-firing Watchdog that proves the
/// alerting path end to end.
package enum SelfMonitoring {
    /// The job name of Prometheus scraping itself.
    package static let jobName = "prometheus"

    /// The address a single Prometheus scrapes itself at, or every replica's address, so that each replica
    /// watches the others.
    static func targets(of prometheus: ResolvedPrometheus) -> [String] {
        prometheus.isHighlyAvailable ? prometheus.replicas.map(\.address) : ["localhost:\(prometheus.port)"]
    }

    /// The self-monitoring service, attributed to the stack's declaration in diagnostics.
    static func service(_ prometheus: ResolvedPrometheus, at location: SourceLocation) -> Service {
        typealias Metrics = PrometheusServerMetrics
        let fileID = location.fileID
        let filePath = location.filePath
        let line = location.line
        let column = location.column
        let target = ["job": "api", "instance": "api:8080"]
        let targets = targets(of: prometheus)
        let server = ["job": jobName, "instance": targets[0]]
        let alertmanagerURL = "http://alertmanager:9093/api/v2/alerts"
        return Service(
            jobName,
            scrape: .targets(targets, fileID: fileID, filePath: filePath, line: line, column: column),
            fileID: fileID, filePath: filePath, line: line, column: column
        ) {
            Metrics.all
            Alert(
                "TargetDown", severity: .warning, for: .minutes(5), labels: ["service": "{{ $labels.job }}"],
                fileID: fileID, filePath: filePath, line: line, column: column
            ) {
                Metrics.up.equals(0)
            } annotations: {
                AlertAnnotation("summary", "Target {{ $labels.job }}/{{ $labels.instance }} is down")
                AlertAnnotation(
                    "description",
                    "Prometheus has failed to scrape {{ $labels.instance }} of job {{ $labels.job }} for 5 minutes.")
            }
            configReloadRules(
                component: "Prometheus", metric: Metrics.configReloadSuccessful, labels: server, at: location)
            Alert(
                "PrometheusRuleEvaluationFailures", severity: .critical, for: .minutes(15),
                fileID: fileID, filePath: filePath, line: line, column: column
            ) {
                increase(Metrics.ruleEvaluationFailures, over: .minutes(5)) > 0
            } annotations: {
                AlertAnnotation("summary", "Rules of group {{ $labels.rule_group }} fail to evaluate")
                AlertAnnotation(
                    "description",
                    "{{ $value | humanize }} evaluations failed in the last 5 minutes: alerts of this group cannot fire."
                )
            }
            Alert(
                "PrometheusNotificationsFailing", severity: .critical, for: .minutes(15),
                fileID: fileID, filePath: filePath, line: line, column: column
            ) {
                rate(Metrics.notificationErrors, over: .minutes(5)) > 0
            } annotations: {
                AlertAnnotation("summary", "Prometheus cannot send alerts to {{ $labels.alertmanager }}")
                AlertAnnotation("description", "Notifications to Alertmanager fail: firing alerts reach no one.")
            }
            Alert(
                "Watchdog", severity: Severity("none"),
                fileID: fileID, filePath: filePath, line: line, column: column
            ) {
                PromQL("vector(1)", fileID: fileID, filePath: filePath, line: line, column: column)
            } annotations: {
                AlertAnnotation("summary", "The alerting pipeline works")
                AlertAnnotation(
                    "description",
                    "Always firing. Route it to a dead man's switch, which raises the alarm when it stops arriving.")
            }
            AlertTest(
                "TargetDown fires after 5 minutes of failed scrapes", fileID: fileID, filePath: filePath, line: line,
                column: column
            ) {
                InputSeries(Metrics.up, labels: target, values: .constant(1, steps: 2) + .constant(0, steps: 10))
            } expect: {
                Quiet("TargetDown", at: .minutes(6))
                Fires("TargetDown", at: .minutes(9), labels: target)
            }
            AlertTest(
                "PrometheusRuleEvaluationFailures fires on failures that last 15 minutes",
                fileID: fileID, filePath: filePath, line: line, column: column
            ) {
                InputSeries(
                    Metrics.ruleEvaluationFailures.where(.ruleGroup, equals: "api"), labels: server,
                    values: .increasing(from: 0, by: 1, steps: 30))
            } expect: {
                Quiet("PrometheusRuleEvaluationFailures", at: .minutes(10))
                Fires(
                    "PrometheusRuleEvaluationFailures", at: .minutes(25),
                    labels: server.merging(["rule_group": "api"]) { $1 },
                    value: 5)
            }
            AlertTest(
                "PrometheusNotificationsFailing fires on errors that last 15 minutes",
                fileID: fileID, filePath: filePath, line: line, column: column
            ) {
                InputSeries(
                    Metrics.notificationErrors.where(.alertmanager, equals: alertmanagerURL), labels: server,
                    values: .increasing(from: 0, by: 3, steps: 30))
            } expect: {
                Quiet("PrometheusNotificationsFailing", at: .minutes(10))
                Fires(
                    "PrometheusNotificationsFailing", at: .minutes(25),
                    labels: server.merging(["alertmanager": alertmanagerURL]) { $1 })
            }
            AlertTest("Watchdog always fires", fileID: fileID, filePath: filePath, line: line, column: column) {
            } expect: {
                Fires("Watchdog", at: .minutes(1))
            }
        }
    }

    /// The service that watches the stack's Alertmanager, when it has one: its scrape, and alerts on a
    /// configuration that did not load and on notifications that do not go out.
    static func alertmanagerService(_ alertmanager: ResolvedAlertmanager, at location: SourceLocation) -> Service {
        typealias Metrics = AlertmanagerMetrics
        let fileID = location.fileID
        let filePath = location.filePath
        let line = location.line
        let column = location.column
        let server = ["job": ResolvedAlertmanager.serviceName, "instance": alertmanager.addresses[0]]
        return Service(
            ResolvedAlertmanager.serviceName,
            scrape: .targets(alertmanager.addresses, fileID: fileID, filePath: filePath, line: line, column: column),
            fileID: fileID, filePath: filePath, line: line, column: column
        ) {
            Metrics.all
            configReloadRules(
                component: "Alertmanager", metric: Metrics.configReloadSuccessful, labels: server, at: location)
            Alert(
                "AlertmanagerNotificationsFailing", severity: .critical, for: .minutes(15),
                fileID: fileID, filePath: filePath, line: line, column: column
            ) {
                rate(Metrics.notificationsFailed, over: .minutes(5)) > 0
            } annotations: {
                AlertSummary("Alertmanager cannot deliver {{ $labels.integration }} notifications")
                AlertDescription("Notifications through {{ $labels.integration }} fail: check its receiver and secret.")
            }
            AlertTest(
                "AlertmanagerNotificationsFailing fires on failures that last 15 minutes",
                fileID: fileID, filePath: filePath, line: line, column: column
            ) {
                InputSeries(
                    Metrics.notificationsFailed.where(.integration, equals: "slack"), labels: server,
                    values: .increasing(from: 0, by: 2, steps: 30))
            } expect: {
                Quiet("AlertmanagerNotificationsFailing", at: .minutes(10))
                Fires(
                    "AlertmanagerNotificationsFailing", at: .minutes(25),
                    labels: server.merging(["integration": "slack"]) { $1 })
            }
        }
    }

    /// `<component>ConfigReloadFailed` and its test: the component's last configuration reload failed, so it
    /// still runs the previous configuration.
    static func configReloadRules(
        component: String, metric: Gauge<NoLabels>, labels: [String: String], at location: SourceLocation
    ) -> [ServiceElement] {
        let name = "\(component)ConfigReloadFailed"
        let fileID = location.fileID
        let filePath = location.filePath
        let line = location.line
        let column = location.column
        let alert = Alert(
            name, severity: .warning, for: .minutes(10), fileID: fileID, filePath: filePath, line: line, column: column
        ) {
            metric.equals(0)
        } annotations: {
            AlertSummary("\(component) {{ $labels.instance }} failed to reload its configuration")
            AlertDescription("The last configuration reload failed; \(component) still runs the previous one.")
        }
        let test = AlertTest(
            "\(name) fires after 10 minutes on the previous configuration",
            fileID: fileID, filePath: filePath, line: line, column: column
        ) {
            InputSeries(metric, labels: labels, values: .constant(0, steps: 15))
        } expect: {
            Quiet(name, at: .minutes(5))
            Fires(name, at: .minutes(12), labels: labels)
        }
        return [.alert(alert), .alertTest(test)]
    }
}
