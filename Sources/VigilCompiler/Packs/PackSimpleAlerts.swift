import VigilModel

/// The two simplest shapes of pack alert, shared by the packs: a gauge reading a bad value, and a counter of
/// failures growing.
extension RulePack {
    /// A definition whose fault is `metric` reading `bad` and whose health is it reading `good`; the pack's
    /// dashboard draws the gauge where `panel` says, when it says.
    func flag(
        _ metric: String, bad: Double, good: Double, panel: PackSignal.Placement? = nil, summary: String,
        description: String, meaning: String, firstSteps: [String], stories: (String, String)
    ) -> PackAlertDefinition {
        PackAlertDefinition(
            expression: selected(metric).applying(.equal, .number(bad)), summary: summary,
            description: description, meaning: meaning, firstSteps: firstSteps,
            fault: [(series(metric), .constant(bad, steps: steps))],
            healthy: [(series(metric), .constant(good, steps: steps))],
            firingLabels: firing(), firingValue: nil, faultStory: stories.0, healthyStory: stories.1,
            signal: panel.map {
                PackSignal(
                    area: $0.area, title: $0.title, query: selected(metric), unit: .short, legend: $0.legend,
                    thresholds: [bad < good ? .below(good) : .above(good)])
            })
    }

    /// A definition on the increase of `counter` (its series with `labels`, selected by the `matching` ones
    /// too) over `minutes` above `threshold`. The firing test's counter grows by one more than the threshold
    /// each minute from 0 at the start, so a window longer than the test reads what it grew since; the quiet
    /// test's stays put. The pack's dashboard draws the increase where `panel` says, when it says.
    func increase(
        _ counter: String, labels: [String: String] = [:], matching: [String: String] = [:], over minutes: Int = 5,
        above threshold: Double, panel: PackSignal.Placement? = nil, summary: String, description: String,
        meaning: String, firstSteps: [String], faultStory: String, healthyStory: String = "when the count is steady"
    ) -> PackAlertDefinition {
        let matchers = matching.sorted { $0.key < $1.key }.map { PromQLLabelMatcher($0.key, .equal, $0.value) }
        let increase = PromQLExpression.call(.increase, counter, jobMatchers + matchers, over: .minutes(Int64(minutes)))
        let labels = labels.merging(matching) { $1 }
        return PackAlertDefinition(
            expression: increase.applying(.greater, .number(threshold)),
            summary: summary, description: description, meaning: meaning, firstSteps: firstSteps,
            fault: [(series(counter, labels), .increasing(from: 0, by: threshold + 1, steps: steps))],
            healthy: [(series(counter, labels), .constant(7, steps: steps))],
            firingLabels: firing(labels), firingValue: Double(min(minutes, evaluationMinute)) * (threshold + 1),
            faultStory: faultStory, healthyStory: healthyStory,
            signal: panel.map {
                PackSignal(
                    area: $0.area, title: $0.title, query: increase, unit: .short,
                    legend: $0.legend, thresholds: [.above(threshold)])
            })
    }
}
