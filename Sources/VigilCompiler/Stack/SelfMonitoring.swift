import VigilDSL

/// The services every stack gets for watching itself: Prometheus scraping its own metrics with the Prometheus
/// rule pack (targets down, a configuration that did not load, rules that fail, notifications that do not go
/// out, a failing TSDB or remote write), the Alertmanager's scrape with its pack, and an always-firing Watchdog
/// that proves the alerting path end to end.
package enum SelfMonitoring {
    /// The job name of Prometheus scraping itself.
    package static let jobName = "prometheus"

    /// The address a single Prometheus scrapes itself at, or every replica's address, so that each replica
    /// watches the others.
    static func targets(of prometheus: ResolvedPrometheus) -> [String] {
        prometheus.isHighlyAvailable ? prometheus.replicas.map(\.address) : ["localhost:\(prometheus.port)"]
    }

    /// The self-monitoring service with `pack`'s alerts and tests, attributed to the stack's declaration in
    /// diagnostics.
    static func service(
        _ prometheus: ResolvedPrometheus, pack: any DeployedRulePack, at location: SourceLocation
    ) -> Service {
        let fileID = location.fileID
        let filePath = location.filePath
        let line = location.line
        let column = location.column
        return Service(
            jobName,
            scrape: .targets(targets(of: prometheus), fileID: fileID, filePath: filePath, line: line, column: column),
            fileID: fileID, filePath: filePath, line: line, column: column
        ) {
            PrometheusServerMetrics.all
            pack.elements
            watchdog(at: location)
        }
    }

    /// The Watchdog and its test. It is not part of the pack: it always fires, so it cannot be tuned or
    /// disabled without breaking the dead man's switch that waits for it.
    static func watchdog(at location: SourceLocation) -> [ServiceElement] {
        let fileID = location.fileID
        let filePath = location.filePath
        let line = location.line
        let column = location.column
        let alert = Alert(
            "Watchdog", severity: Severity("none"), fileID: fileID, filePath: filePath, line: line, column: column
        ) {
            PromQL("vector(1)", fileID: fileID, filePath: filePath, line: line, column: column)
        } annotations: {
            AlertAnnotation("summary", "The alerting pipeline works")
            AlertAnnotation(
                "description",
                "Always firing. Route it to a dead man's switch, which raises the alarm when it stops arriving.")
        }
        let test = AlertTest("Watchdog always fires", fileID: fileID, filePath: filePath, line: line, column: column) {
        } expect: {
            Fires("Watchdog", at: .minutes(1))
        }
        return [.alert(alert), .alertTest(test)]
    }

    /// The service that watches the stack's Alertmanager, when it has one: its scrape and `pack`'s alerts and
    /// tests.
    static func alertmanagerService(
        _ alertmanager: ResolvedAlertmanager, pack: any DeployedRulePack, at location: SourceLocation
    ) -> Service {
        Service(
            ResolvedAlertmanager.serviceName,
            scrape: .targets(
                alertmanager.addresses, fileID: location.fileID, filePath: location.filePath, line: location.line,
                column: location.column),
            fileID: location.fileID, filePath: location.filePath, line: location.line, column: location.column
        ) {
            AlertmanagerMetrics.all
            pack.elements
        }
    }
}
