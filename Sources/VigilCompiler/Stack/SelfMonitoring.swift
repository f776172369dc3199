import VigilModel

/// The services every stack gets for watching itself, built in the model's terms from the lowered settings of its
/// servers: Prometheus scraping its own metrics with the Prometheus rule pack (targets down, a configuration that
/// did not load, rules that fail, notifications that do not go out, a failing TSDB or remote write) and an
/// always-firing Watchdog that proves the alerting path end to end, and the Alertmanager's scrape with its pack.
/// Everything is attributed to the stack's declaration in diagnostics.
package enum SelfMonitoring {
    /// The job name of Prometheus scraping itself.
    package static let jobName = "prometheus"

    /// The address a single Prometheus scrapes itself at, or every replica's address, so that each replica
    /// watches the others.
    static func targets(of prometheus: ResolvedPrometheus) -> [String] {
        prometheus.isHighlyAvailable ? prometheus.replicas.map(\.address) : ["localhost:\(prometheus.port)"]
    }

    /// Prometheus scraping itself, declaring `metrics` (its catalogue), with `pack`'s alerts and tests and the
    /// Watchdog after them.
    static func prometheus(
        _ prometheus: ResolvedPrometheus, metrics: [MetricDeclaration], pack: any DeployedRulePack,
        at location: SourceLocation
    ) -> ServiceRules {
        var rules = ServiceRules(
            scraping: jobName, at: targets(of: prometheus), metrics: metrics, pack: pack, declaredAt: location)
        rules.add(watchdog(in: rules.group, at: location))
        return rules
    }

    /// The Watchdog and its test. It is not part of the pack: it always fires, so it cannot be tuned or
    /// disabled without breaking the dead man's switch that waits for it. Its condition is `vector(1)`.
    static func watchdog(in group: ResolvedRuleGroup, at location: SourceLocation) -> PackRules {
        let name = "Watchdog"
        let alert = group.alert(
            name, severity: Severity("none"), labels: [:],
            expression: ResolvedExpression(
                tree: .call(.vector, .number(1)), rawText: nil, syntaxError: nil, location: location),
            duration: nil,
            annotations: [
                ResolvedAnnotation(key: "summary", value: "The alerting pipeline works", location: location),
                ResolvedAnnotation(
                    key: "description",
                    value:
                        "Always firing. Route it to a dead man's switch, which raises the alarm when it stops arriving.",
                    location: location),
            ], location: location)
        let fires = AlertExpectation(
            alertName: name, time: .minutes(1), firing: [AlertExpectation.Firing(labels: [:])], location: location)
        let test = PackRules.test("\(name) always fires", of: group, series: [], expecting: fires, at: location)
        return PackRules(alerts: [alert], tests: [test])
    }

    /// The Alertmanager's scrape, declaring `metrics` (its catalogue), with `pack`'s alerts and tests.
    static func alertmanager(
        _ alertmanager: ResolvedAlertmanager, metrics: [MetricDeclaration], pack: any DeployedRulePack,
        at location: SourceLocation
    ) -> ServiceRules {
        ServiceRules(
            scraping: ResolvedAlertmanager.serviceName, at: alertmanager.addresses, metrics: metrics, pack: pack,
            declaredAt: location)
    }
}
