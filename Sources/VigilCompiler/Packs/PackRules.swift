import VigilModel

/// The alerts and alert tests Vigil adds to a service's rule group on the stack's behalf (a rule pack's, the
/// Watchdog), in the model's terms, in the order they go after (or before) the service's own.
struct PackRules {
    /// The alerts, in the pack's order.
    var alerts: [ResolvedAlert] = []
    /// The tests, in the order of the alerts they test.
    var tests: [ResolvedAlertTest] = []

    /// A test Vigil writes for an alert of `group`: `series` sampled every minute, and what it expects of the
    /// alert at one moment, attributed to `location`.
    static func test(
        _ name: String, of group: ResolvedRuleGroup, series: [(String, SeriesValues)], expecting: AlertExpectation,
        at location: SourceLocation
    ) -> ResolvedAlertTest {
        ResolvedAlertTest(
            name: name, group: group.name, interval: .minutes(1),
            series: series.map {
                InputSeries(
                    $0.0, values: $0.1, fileID: location.fileID, filePath: location.filePath, line: location.line,
                    column: location.column)
            },
            expectations: [expecting], location: location)
    }
}
