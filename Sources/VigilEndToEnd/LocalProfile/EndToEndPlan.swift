import VigilCompiler
import VigilModel

/// What an end-to-end run does with one stack, derived from its model so that every stack gets it: the series
/// the exporter serves, the scenarios, and what could not be exercised, with the reason.
///
/// Two scenarios: every service's targets down at once (the alerts on `up` fire, grouped), then every metric
/// fault at once — each SLO of counted events burning all of its budget, and each latency alert's histogram
/// observing beyond its threshold. The faults of the second never contradict each other: every event a fault
/// scripts is bad for each SLO that counts it and every event of a recovery good (on a histogram, whole
/// observations: slow ones above the largest bucket, fast ones in the smallest).
public struct EndToEndPlan: Sendable {
    /// The steady series and their values.
    public var baseline: [ScriptedSeries: Double]
    /// The scenarios, in the order they run.
    public var scenarios: [EndToEndScenario]
    /// What the plan could not exercise, and why.
    public var skipped: [String]

    /// The rate, per second, of bad events during a fault, unless an SLO's traffic guard asks for more.
    static let faultRate = 100.0
    /// The rate of good events once a fault is removed, as a multiple of the fault's rate: enough to dilute
    /// its bad events below any alert's threshold (the budget of a 99.999% objective) within seconds.
    static let recoveryFactor = 100_000.0

    /// The plan for `stack`.
    public init(for stack: ResolvedStack) {
        baseline = ExporterBaseline.series(of: stack)
        var skipped: [String] = []
        var scenarios: [EndToEndScenario] = []
        let down = Self.targetsDown(stack)
        if !down.expected.isEmpty {
            scenarios.append(down)
        } else {
            skipped.append("targets down: the stack has no scraped service or no alert on `up`")
        }
        var metricFaults: [EndToEndScenario] = []
        for slo in stack.slos {
            switch Self.burn(slo, in: stack) {
            case .success(let scenario): metricFaults.append(scenario)
            case .failure(let reason): skipped.append("SLO '\(slo.name)' of \(slo.service): \(reason.reason)")
            }
        }
        for alert in stack.alerts {
            let derivations: [(ResolvedAlert, ResolvedStack) -> Result<EndToEndScenario?, Unscriptable>] = [
                Self.slowRequests, { Self.gaugeBeyondThreshold($0, in: $1) },
            ]
            for derive in derivations {
                switch derive(alert, stack) {
                case .success(let scenario?) where metricFaults.contains(where: scenario.contradicts):
                    skipped.append("alert '\(alert.name)': its fault contradicts another one on the same gauge")
                case .success(let scenario?): metricFaults.append(scenario)
                case .success(nil): break
                case .failure(let reason): skipped.append("alert '\(alert.name)': \(reason.reason)")
                }
            }
        }
        if let first = metricFaults.first {
            let name = "metric faults (\(metricFaults.map(\.name).joined(separator: ", ")))"
            var merged = metricFaults.dropFirst().reduce(first) { $0.merged(with: $1, name: name) }
            merged.name = name
            scenarios.append(merged)
        }
        self.scenarios = scenarios
        self.skipped = skipped
    }

    /// Why a fault cannot be scripted.
    struct Unscriptable: Error {
        var reason: String

        init(_ reason: String) {
            self.reason = reason
        }
    }

    /// The target serving `metric` (a series name) with `labels`: the first target of the scraped service that
    /// declares it, or of the job its `job` label names.
    static func target(serving seriesName: String, labels: [String: String], in stack: ResolvedStack) -> LocalTarget? {
        let targets = LocalProfile.targets(of: stack)
        if let job = labels["job"] {
            return targets.first { $0.job == job && (labels["instance"] == nil || labels["instance"] == $0.instance) }
        }
        return targets.first { target in
            stack.services.first { $0.name == target.job }?.metrics.contains { $0.seriesNames.contains(seriesName) }
                ?? false
        }
    }

    /// The declared metric exported as `seriesName`.
    static func metric(exportedAs seriesName: String, in stack: ResolvedStack) -> MetricDeclaration? {
        stack.services.lazy.flatMap(\.metrics).first { $0.seriesNames.contains(seriesName) }
    }

    /// `labels` completed with the values the steady series of `metric` have for the labels it leaves open,
    /// so that a fault's series look like the others.
    static func completed(_ labels: [String: String], of metric: MetricDeclaration, in stack: ResolvedStack)
        -> [String: String]
    {
        let steady = ExporterBaseline.variants(of: metric, matchers: ExporterBaseline.selectorMatchers(of: stack))
        return (steady.first ?? [:]).merging(labels) { $1 }
    }
}
