/// The options of Grafana's `stat` panel: what ``PanelKind`` carries for it; written with `Stat` in the
/// DSL, which names them `Stat.Options`.
public struct StatOptions: Hashable, Sendable {
    /// What is coloured by the thresholds.
    public enum ColorMode: String, Hashable, Sendable {
        case value, background, none
    }

    /// What is shown: the value, the series name, or both.
    public enum TextMode: String, Hashable, Sendable {
        case auto, value, name, none
        case valueAndName = "value_and_name"
    }

    /// How each series becomes one value.
    public var reduction: Reduction
    /// Whether a sparkline of the series is drawn behind the value.
    public var sparkline: Bool
    /// What the thresholds colour.
    public var colorMode: ColorMode
    /// What is shown.
    public var textMode: TextMode

    /// Options with every value given.
    public init(reduction: Reduction, sparkline: Bool, colorMode: ColorMode, textMode: TextMode) {
        self.reduction = reduction
        self.sparkline = sparkline
        self.colorMode = colorMode
        self.textMode = textMode
    }
}
