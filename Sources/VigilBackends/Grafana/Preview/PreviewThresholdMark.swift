import VigilModel

/// A threshold step as a preview draws it: a swatch of the step's colour and the value it starts at.
struct PreviewThresholdMark: Hashable {
    /// The swatch's SVG paint.
    var paint: String
    /// The value the step starts at, `base` for the colour below the first step; `%` after it in percentage mode.
    var label: String

    /// The marks of `thresholds`: the base colour, then each step in the order written.
    static func marks(of thresholds: Thresholds) -> [PreviewThresholdMark] {
        let suffix = thresholds.mode == .percentage ? "%" : ""
        return [PreviewThresholdMark(paint: thresholds.base.previewPaint, label: "base")]
            + thresholds.steps.map { step in
                PreviewThresholdMark(paint: step.color.previewPaint, label: number(step.value) + suffix)
            }
    }

    /// `value` as Swift prints a `Double`, without a trailing `.0`: `0.05`, `80`, `1e-06`.
    static func number(_ value: Double) -> String {
        let text = value.description
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }
}
