import Foundation
import VigilDSL

/// The node exporter's rule pack as one exporter declares it: the pack's alerts (``NodePackAlerts``) with the
/// exporter's overrides applied, each with a firing and a quiet test, and the ``ResolvedRulePack`` the README
/// and the end-to-end run read.
struct NodePack {
    /// One alert's settled values.
    struct Settings {
        var severity: Severity
        var duration: Duration?
        var threshold: Double?
        var labels: [String: String] = [:]
        var tuned = false
    }

    /// The exporter.
    let exporter: Exporter

    /// The pack's overrides, by alert, applied in order (a later one wins).
    var settings: [NodeAlert: Settings] {
        var settings = Dictionary(
            uniqueKeysWithValues: NodeAlert.allCases.map {
                ($0, Settings(severity: $0.defaultSeverity, duration: $0.defaultFor, threshold: $0.defaultThreshold))
            })
        for override in exporter.nodePack {
            switch override.change {
            case .tune(let alert, let threshold, let duration):
                if let threshold, alert.defaultThreshold != nil { settings[alert]?.threshold = threshold }
                if let duration { settings[alert]?.duration = duration }
                settings[alert]?.tuned = true
            case .route(let alert, let severity, let labels):
                if let severity { settings[alert]?.severity = severity }
                settings[alert]?.labels.merge(labels) { $1 }
                settings[alert]?.tuned = true
            case .disable, .exclude:
                break
            }
        }
        return settings
    }

    /// The disabled alerts and the reasons given.
    var disabled: [NodeAlert: String] {
        var disabled: [NodeAlert: String] = [:]
        for override in exporter.nodePack {
            if case .disable(let alert, let reason) = override.change { disabled[alert] = reason }
        }
        return disabled
    }

    /// The filesystem exclusions, as PromQL matchers.
    var filesystemMatchers: [String] {
        exporter.nodePack.compactMap { override in
            guard case .exclude(let label, let regex) = override.change else { return nil }
            return PromQLLabelMatcher(label, .doesNotMatchRegex, regex).description
        }
    }

    /// The labels of the tests' filesystem: the first candidates no exclusion matches.
    var filesystemLabels: [String: String] {
        let candidates: [String: [String]] = [
            "device": ["/dev/sda1", "/dev/nvme0n1p1", "/dev/vdb"],
            "fstype": ["ext4", "xfs", "btrfs"],
            "mountpoint": ["/", "/data", "/srv/app"],
        ]
        var labels: [String: String] = [:]
        for (label, values) in candidates {
            let exclusions = exporter.nodePack.compactMap { override -> String? in
                guard case .exclude(label, let regex) = override.change else { return nil }
                return regex
            }
            labels[label] =
                values.first { value in
                    !exclusions.contains { regex in
                        value.range(of: "^(?:\(regex))$", options: .regularExpression) != nil
                    }
                } ?? values[0]
        }
        return labels
    }

    /// The pack's alert definitions for an alert settled as `settings`: its `for` sets when the tests look.
    func alerts(for settings: Settings) -> NodePackAlerts {
        let forMinutes = Int(((settings.duration?.milliseconds ?? 0) + 59_999) / 60_000)
        return NodePackAlerts(
            job: exporter.job, instance: ResolvedExporter(exporter).address, filesystemMatchers: filesystemMatchers,
            filesystemLabels: filesystemLabels, evaluationMinute: forMinutes + 10)
    }

    /// The alerts and tests the pack adds to the exporter's service.
    var elements: [ServiceElement] {
        let location = exporter.location
        let (fileID, filePath, line, column) = (location.fileID, location.filePath, location.line, location.column)
        let settings = settings
        let disabled = disabled
        return NodeAlert.allCases.filter { disabled[$0] == nil }.flatMap { alert -> [ServiceElement] in
            guard let settled = settings[alert] else { return [] }
            let pack = alerts(for: settled)
            let definition = pack.definition(of: alert, threshold: settled.threshold ?? 0)
            let name = alert.alertName
            let at = Duration.minutes(Int64(pack.evaluationMinute))
            return [
                .alert(
                    Alert(
                        name, severity: settled.severity, for: settled.duration, labels: settled.labels,
                        fileID: fileID, filePath: filePath, line: line, column: column
                    ) {
                        PromQL(definition.expression, fileID: fileID, filePath: filePath, line: line, column: column)
                    } annotations: {
                        AlertSummary(definition.summary, fileID: fileID, filePath: filePath, line: line, column: column)
                        AlertDescription(
                            definition.description, fileID: fileID, filePath: filePath, line: line, column: column)
                    }),
                .alertTest(
                    AlertTest(
                        "\(name) fires \(definition.faultStory)", fileID: fileID, filePath: filePath, line: line,
                        column: column
                    ) {
                        for (series, values) in definition.fault {
                            InputSeries(
                                series, values: values, fileID: fileID, filePath: filePath, line: line,
                                column: column)
                        }
                    } expect: {
                        Fires(
                            name, at: at, labels: definition.firingLabels, value: definition.firingValue,
                            fileID: fileID, filePath: filePath, line: line, column: column)
                    }),
                .alertTest(
                    AlertTest(
                        "\(name) stays quiet \(definition.healthyStory)", fileID: fileID, filePath: filePath,
                        line: line, column: column
                    ) {
                        for (series, values) in definition.healthy {
                            InputSeries(
                                series, values: values, fileID: fileID, filePath: filePath, line: line,
                                column: column)
                        }
                    } expect: {
                        Quiet(name, at: at, fileID: fileID, filePath: filePath, line: line, column: column)
                    }),
            ]
        }
    }

    /// The pack as the README and the end-to-end run read it.
    var resolved: ResolvedRulePack {
        let settings = settings
        let disabled = disabled
        let entries = NodeAlert.allCases.filter { disabled[$0] == nil }.compactMap { alert -> ResolvedRulePack.Entry? in
            guard let settled = settings[alert] else { return nil }
            let definition = alerts(for: settled).definition(of: alert, threshold: settled.threshold ?? 0)
            return ResolvedRulePack.Entry(
                name: alert.alertName, severity: settled.severity, duration: settled.duration,
                threshold: settled.threshold.map { alert.thresholdUnit.format($0) }, tuned: settled.tuned,
                meaning: definition.meaning, firstSteps: definition.firstSteps)
        }
        return ResolvedRulePack(
            name: "node", job: exporter.job, alerts: entries,
            disabled: NodeAlert.allCases.compactMap { alert in disabled[alert].map { (alert.alertName, $0) } },
            selectors: filesystemMatchers, healthyValues: Self.healthyValues, problems: problems,
            location: exporter.location)
    }

    /// What a healthy host serves where the end-to-end exporter's default (1) would be a fault.
    static let healthyValues: [String: Double] = [
        NodeExporterMetrics.timexOffsetSeconds.name: 0,
        NodeExporterMetrics.timexMaxerrorSeconds.name: 0,
        NodeExporterMetrics.systemdUnitState.name: 0,
        NodeExporterMetrics.textfileScrapeError.name: 0,
        NodeExporterMetrics.filefdMaximum.name: 1_000_000,
        NodeExporterMetrics.filesystemReadonly.name: 0,
    ]

    /// The overrides that cannot work: a threshold for an alert without one, a percentage outside 0–100, a
    /// negative threshold or `for`, an override of a disabled alert, an empty reason or exclusion.
    var problems: [ResolvedRulePack.Problem] {
        let disabled = disabled
        var problems: [ResolvedRulePack.Problem] = []
        for override in exporter.nodePack {
            func problem(_ message: String, _ hint: String) {
                problems.append(ResolvedRulePack.Problem(message: message, hint: hint, location: override.location))
            }
            switch override.change {
            case .tune(let alert, let threshold, let duration):
                if let threshold {
                    if alert.defaultThreshold == nil {
                        problem(
                            "\(alert.alertName) has no threshold to tune",
                            "tune its `for` only, or disable it")
                    } else if threshold < 0 || (alert.thresholdUnit == .percent && threshold > 100) {
                        problem(
                            "the threshold \(NodePackAlerts.number(threshold)) of \(alert.alertName) is out of range",
                            alert.thresholdUnit == .percent
                                ? "it is a percentage, from 0 to 100" : "it cannot be negative")
                    }
                }
                if let duration, duration.milliseconds < 0 {
                    problem("the `for` of \(alert.alertName) is negative", "give a positive duration")
                }
                if disabled[alert] != nil {
                    problem("\(alert.alertName) is tuned and disabled", "remove one of the two overrides")
                }
            case .route(let alert, _, _):
                if disabled[alert] != nil {
                    problem("\(alert.alertName) is rerouted and disabled", "remove one of the two overrides")
                }
            case .disable(let alert, let reason):
                if reason.allSatisfy(\.isWhitespace) {
                    problem("\(alert.alertName) is disabled without a reason", "say why, for the README")
                }
            case .exclude(let label, let regex):
                if regex.isEmpty || (try? NSRegularExpression(pattern: regex)) == nil {
                    problem(
                        "the exclusion of \(label) '\(regex)' is not a regular expression",
                        "give an RE2 expression, e.g. \"tmpfs|overlay\"")
                }
            }
        }
        return problems
    }
}
