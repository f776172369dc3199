import VigilModel

/// One alert of a rule pack with its values settled: its PromQL, its annotations, its runbook, and the input
/// series of its two tests (one where the fault holds and the alert fires, one where the host is healthy and
/// it stays quiet), and the signal its pack's dashboard draws. ``SettledPack`` turns it into a ``ResolvedAlert`` and
/// two ``ResolvedAlertTest``s (``SettledPack/rules(in:)``).
struct PackAlertDefinition {
    /// The condition, a syntax tree built from its parts (``RulePack/selected``, the shared alert shapes
    /// ``RulePack/flag``, ``RulePack/increase``, ``PackErrorShare``, ``PackFailureRatio``, ``PackLimitRatio``, and
    /// the builders of `PromQLExpression+Building.swift`), never text: a pack cannot write PromQL as a string.
    var expression: PromQLExpression
    /// The summary annotation (a Go template).
    var summary: String
    /// The description annotation (a Go template).
    var description: String
    /// What the alert means, for the README's runbook (Markdown).
    var meaning: String
    /// The first things to check when it fires (Markdown).
    var firstSteps: [String]
    /// The input series of the firing test: series selector and values.
    var fault: [(String, SeriesValues)]
    /// The input series of the quiet test.
    var healthy: [(String, SeriesValues)]
    /// The labels of the alert the firing test expects (besides the alert's own).
    var firingLabels: [String: String]
    /// The alert's value at the firing test's evaluation, when its annotations print it.
    var firingValue: Double?
    /// What the firing test shows, after the alert's name ("fires …").
    var faultStory: String
    /// What the quiet test shows, after the alert's name ("stays quiet …").
    var healthyStory: String
    /// What the pack's dashboard draws for the alert; `nil` for an alert that adds no panel.
    var signal: PackSignal? = nil
}
