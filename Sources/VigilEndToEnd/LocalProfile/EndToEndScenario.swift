import VigilCompiler

/// One fault injected into a running local stack: what breaks, how it heals, and the alerts it must fire.
public struct EndToEndScenario: Sendable {
    /// What the scenario shows, for reports.
    public var name: String
    /// Targets whose exporter answers every scrape with an error while the fault lasts.
    public var down: [LocalTarget] = []
    /// Counters that grow at these rates (per second) while the fault lasts.
    public var faultRates: [ScriptedSeries: Double] = [:]
    /// The rates once the fault is removed, until its alerts resolve: traffic that dilutes the bad events
    /// out of the rules' windows within seconds.
    public var recoveryRates: [ScriptedSeries: Double] = [:]
    /// Gauges set to these values while the fault lasts.
    public var faultValues: [ScriptedSeries: Double] = [:]
    /// The gauges' values once the fault is removed.
    public var recoveryValues: [ScriptedSeries: Double] = [:]
    /// The alerts that must fire.
    public var expected: [ExpectedFiring] = []

    /// Creates an empty scenario called `name`.
    public init(name: String) {
        self.name = name
    }

    /// Adds counter rates of bad events to the fault, or of good events to the recovery. Their series stay at
    /// rest in the other phase, so that they exist from the fault on: a ratio whose counter has no series yet
    /// reads nothing at all.
    mutating func add(_ rates: [ScriptedSeries: Double], of kind: ScriptedEvent.Kind) {
        let resting = rates.mapValues { _ in 0.0 }
        switch kind {
        case .bad:
            faultRates.merge(rates, uniquingKeysWith: Swift.max)
            recoveryRates.merge(resting, uniquingKeysWith: Swift.max)
        case .good:
            faultRates.merge(resting, uniquingKeysWith: Swift.max)
            recoveryRates.merge(rates, uniquingKeysWith: Swift.max)
        }
    }

    /// Whether this scenario and `other` set a gauge to different values, so that they cannot run at once.
    func contradicts(_ other: EndToEndScenario) -> Bool {
        other.faultValues.contains { series, value in faultValues[series].map { $0 != value } ?? false }
            || other.recoveryValues.contains { series, value in recoveryValues[series].map { $0 != value } ?? false }
    }

    /// The scenario that injects this one's faults and `other`'s at once.
    func merged(with other: EndToEndScenario, name: String) -> EndToEndScenario {
        var merged = EndToEndScenario(name: name)
        merged.down = down + other.down
        merged.faultRates = faultRates.merging(other.faultRates, uniquingKeysWith: Swift.max)
        merged.recoveryRates = recoveryRates.merging(other.recoveryRates, uniquingKeysWith: Swift.max)
        merged.faultValues = faultValues.merging(other.faultValues) { $1 }
        merged.recoveryValues = recoveryValues.merging(other.recoveryValues) { $1 }
        merged.expected = expected + other.expected
        return merged
    }
}
