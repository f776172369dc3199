import Foundation
import VigilDSL

/// A rule pack as one declaration brings it (``PackSubject``: an exporter, a service, the stack's Prometheus or
/// Alertmanager): the pack's alerts with the declaration's overrides applied, each with a firing and a quiet
/// test, and the ``ResolvedRulePack`` the README and the end-to-end run read. The same for every pack: the pack
/// itself only declares its alerts (``RulePack``).
struct SettledPack<Pack: RulePack> {
    /// The declaration that brings the pack.
    let subject: Pack.Subject
    /// The exclusions, as PromQL matchers.
    let exclusions: [PromQLLabelMatcher]
    /// The labels of the tests' series: for each excludable label, the first candidate no exclusion matches.
    let testLabels: [String: String]
    /// The enabled alerts that apply to the subject, in the pack's order, with their settings and definitions:
    /// worked out once, for the rules, the README's pack and the dashboard read them all.
    private(set) var deployed: [Deployed] = []

    /// An enabled alert with its settings, the pack's definitions at those settings, and its definition.
    typealias Deployed = (alert: Pack.Alert, settings: PackSettings, pack: Pack, definition: PackAlertDefinition)

    /// The pack `subject` brings, settled.
    init(subject: Pack.Subject) {
        self.subject = subject
        let overrides = Self.overrides(of: subject)
        exclusions = Self.exclusions(in: overrides)
        testLabels = Self.testLabels(excluding: overrides)
        deployed = settledAlerts()
    }

    /// The declaration's overrides of this pack, in order.
    var overrides: [PackOverride<Pack.Alert>] { Self.overrides(of: subject) }

    static func overrides(of subject: Pack.Subject) -> [PackOverride<Pack.Alert>] {
        subject.overrides.compactMap { $0 as? PackOverride<Pack.Alert> }
    }

    /// Each alert's settings with the overrides applied in order (a later one wins).
    var settings: [Pack.Alert: PackSettings] {
        var settings = Dictionary(
            uniqueKeysWithValues: Pack.Alert.allCases.map { ($0, Pack.defaults(of: $0, on: subject)) })
        for override in overrides {
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
    var disabled: [Pack.Alert: String] {
        var disabled: [Pack.Alert: String] = [:]
        for override in overrides {
            if case .disable(let alert, let reason) = override.change { disabled[alert] = reason }
        }
        return disabled
    }

    static func exclusions(in overrides: [PackOverride<Pack.Alert>]) -> [PromQLLabelMatcher] {
        overrides.compactMap { override in
            guard case .exclude(let label, let regex) = override.change else { return nil }
            return PromQLLabelMatcher(label, .doesNotMatchRegex, regex)
        }
    }

    /// The values the pack's tests give their series' labels: for each label, the first candidate that no
    /// exclusion matches (the first candidate when they all do).
    static func testLabels(excluding overrides: [PackOverride<Pack.Alert>]) -> [String: String] {
        var labels: [String: String] = [:]
        for (label, values) in Pack.labelCandidates {
            // Each exclusion compiled once (an expression that does not compile excludes nothing), then tried on
            // the candidates.
            let exclusions = overrides.compactMap { override -> NSRegularExpression? in
                guard case .exclude(label, let regex) = override.change else { return nil }
                return try? NSRegularExpression(pattern: "^(?:\(regex))$")
            }
            labels[label] =
                values.first { value in
                    !exclusions.contains {
                        $0.firstMatch(in: value, range: NSRange(value.startIndex..., in: value)) != nil
                    }
                } ?? values[0]
        }
        return labels
    }

    /// The pack's definitions for an alert settled as `settings`: its `for` sets when the tests look;
    /// `narrowing` adds matchers to every selector (the dashboard's).
    func pack(for settings: PackSettings, narrowing: [PromQLLabelMatcher] = []) -> Pack {
        let forMinutes = Int(((settings.duration?.milliseconds ?? 0) + 59_999) / 60_000)
        return Pack(
            scope: PackScope(
                job: subject.job, instance: subject.instance, exclusions: exclusions,
                testLabels: testLabels, evaluationMinute: forMinutes + 10, selectsJob: Pack.selectsJob,
                narrowing: narrowing))
    }

    private func settledAlerts() -> [Deployed] {
        let settings = settings
        let disabled = disabled
        return Pack.Alert.allCases.filter { disabled[$0] == nil && Pack.absence(of: $0, on: subject) == nil }
            .compactMap { alert in
                guard let settled = settings[alert] else { return nil }
                let pack = pack(for: settled)
                return (alert, settled, pack, pack.definition(of: alert, threshold: settled.threshold ?? 0))
            }
    }

    /// The pack as the README and the end-to-end run read it.
    var resolved: ResolvedRulePack {
        let disabled = disabled
        let entries = deployed.map { alert, settled, _, definition in
            ResolvedRulePack.Entry(
                name: alert.alertName, severity: settled.severity, duration: settled.duration,
                threshold: settled.threshold.map { alert.thresholdUnit.format($0) }, tuned: settled.tuned,
                meaning: definition.meaning, firstSteps: definition.firstSteps)
        }
        return ResolvedRulePack(
            name: Pack.name, job: subject.job, alerts: entries,
            disabled: Pack.Alert.allCases.compactMap { alert in disabled[alert].map { (alert.alertName, $0) } },
            selectors: exclusions.map(\.description), healthyValues: Pack.healthyValues, problems: problems,
            location: subject.location)
    }
}

extension SettledPack {
    /// The pack's dashboard (``PackDashboard``), from the definitions of its enabled alerts narrowed to the
    /// dashboard's instances; `nil` when none of them has a signal.
    var dashboard: DashboardOutline? {
        var graphs: [PackDashboard.Graph] = []
        for (alert, settled, _, _) in deployed {
            let definition = pack(for: settled, narrowing: [PackDashboard.narrowing])
                .definition(of: alert, threshold: settled.threshold ?? 0)
            guard let signal = definition.signal else { continue }
            let threshold = settled.threshold.map { ", threshold \(alert.thresholdUnit.format($0))" } ?? ""
            let watcher = "\(alert.alertName) (\(settled.severity)\(threshold))"
            let lines = signal.thresholds.map { PackDashboard.Line(threshold: $0, severity: settled.severity) }
            if let index = graphs.firstIndex(where: {
                $0.signal.title == signal.title && $0.signal.query == signal.query
            }) {
                graphs[index].watchers.append(watcher)
                graphs[index].lines += lines
            } else {
                graphs.append(PackDashboard.Graph(signal: signal, watchers: [watcher], lines: lines))
            }
        }
        guard !graphs.isEmpty else { return nil }
        let disabled = disabled
        return PackDashboard(
            title: Pack.title, pack: Pack.name, job: subject.job, graphs: graphs,
            alerts: deployed.map(\.alert.alertName),
            disabled: Pack.Alert.allCases.compactMap { alert in disabled[alert].map { (alert.alertName, $0) } },
            location: subject.location
        ).dashboard
    }
}
