import Testing
import VigilCore

@Suite("Duration parsing (Prometheus syntax)")
struct DurationParsingTests {
    @Test(
        "accepts one or more integer-unit pairs, largest unit first",
        arguments: [
            ("5m", Duration.minutes(5)) as (String, Duration),
            ("1h30m", .minutes(90)),
            ("500ms", .milliseconds(500)),
            ("1s500ms", .milliseconds(1_500)),
            ("2w", .days(14)),
            ("1y", .days(365)),
            ("1y2w3d4h5m6s7ms", .milliseconds(33_019_506_007)),
            ("0s", .seconds(0)),
            ("90m", .minutes(90)),
        ])
    func accepts(text: String, expected: Duration) {
        #expect(Duration(parsing: text) == expected)
    }

    @Test(
        "rejects anything else",
        arguments: [
            "", "5", "m", "5M", "1m1h", "1m1m", "1.5m", "-5m", "5m ", " 5m", "5x", "5mss", "1ms1s",
            "99999999999999999999s",
        ])
    func rejects(text: String) {
        #expect(Duration(parsing: text) == nil)
    }

    @Test(
        "the canonical form parses back",
        arguments: [Duration.minutes(90), .milliseconds(1), .days(400), .seconds(3_661)])
    func canonicalFormParses(duration: Duration) {
        #expect(Duration(parsing: duration.description) == duration)
    }
}
