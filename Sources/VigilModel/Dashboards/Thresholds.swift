/// The colours of a panel's values by range: a base colour, then a colour from each step's value upwards.
///
/// ```swift
/// Thresholds(.green, .at(0.01, .orange), .at(0.05, .red))
/// ```
/// The base step has no value, so it cannot be left out or misplaced; validation checks that the steps
/// ascend.
public struct Thresholds: Hashable, Sendable {
    /// Whether step values are absolute, or percentages of the field's min-max range.
    public enum Mode: String, Hashable, Sendable {
        case absolute, percentage
    }

    /// The colour below the first step.
    public let base: PanelColor
    /// The steps, in the order written.
    public let steps: [ThresholdStep]
    /// How step values are read.
    public let mode: Mode

    /// A base colour and steps.
    public init(_ base: PanelColor, _ steps: ThresholdStep..., mode: Mode = .absolute) {
        self.init(base, steps: steps, mode: mode)
    }

    /// A base colour and a list of steps, for code that computes or reads them (pack dashboards, the importer).
    public init(_ base: PanelColor, steps: [ThresholdStep], mode: Mode = .absolute) {
        self.base = base
        self.steps = steps
        self.mode = mode
    }
}

/// A threshold step: from `value` upwards, values take `color`.
public struct ThresholdStep: Hashable, Sendable {
    /// The lowest value of the step.
    public let value: Double
    /// The colour of the step.
    public let color: PanelColor

    /// The step starting at `value`.
    public static func at(_ value: Double, _ color: PanelColor) -> ThresholdStep {
        ThresholdStep(value: value, color: color)
    }
}
