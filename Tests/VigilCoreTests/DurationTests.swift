import Testing
import VigilCore

@Suite("Duration")
struct DurationTests {
    @Test(
        "renders canonically, largest unit first",
        arguments: [
            (Duration.minutes(90), "1h30m"),
            (.seconds(0), "0s"),
            (.milliseconds(500), "500ms"),
            (.milliseconds(1_500), "1s500ms"),
            (.seconds(90), "1m30s"),
            (.hours(24), "1d"),
            (.days(30), "30d"),
            (.weeks(2), "14d"),
            (.hours(36), "1d12h"),
            (.seconds(3_661), "1h1m1s"),
            (.seconds(-90), "-1m30s"),
        ])
    func canonicalForm(duration: Duration, expected: String) {
        #expect(duration.description == expected)
    }

    @Test("compares and adds by length")
    func arithmetic() {
        #expect(Duration.minutes(1) == .seconds(60))
        #expect(Duration.seconds(59) < .minutes(1))
        #expect(Duration.minutes(30) + .minutes(60) == .minutes(90))
        #expect(Duration.minutes(5) * 3 == .minutes(15))
        #expect(Duration.milliseconds(2_500).seconds == 2.5)
    }
}
