import Testing
import VigilCompiler
import VigilDSL

@Suite("Validation: alert tests")
struct AlertTestValidationTests {
    static let queue = Gauge<NoLabels>("queue_depth", help: "Jobs waiting.")

    static func ids(@ServiceBuilder _ content: () -> [ServiceElement]) throws -> [String] {
        try Fixtures.ids([Stack("shop") { Service("worker", scrape: .target("worker:9100"), content: content) }])
    }

    @Test("untested-alert: an alert no test fires is a warning")
    func untested() throws {
        let ids = try Self.ids {
            Self.queue
            Alert("Busy", severity: .warning) { Self.queue > 10 }
        }
        #expect(ids == ["untested-alert"])
    }

    @Test("unknown-alert-in-test, with a suggestion")
    func unknownAlert() throws {
        let diagnostics = try Fixtures.diagnostics([
            Stack("shop") {
                Service("worker") {
                    Self.queue
                    Alert("Busy", severity: .warning) { Self.queue > 10 }
                    AlertTest("t") {
                        InputSeries(Self.queue, values: .constant(20, steps: 5))
                    } expect: {
                        Fires("Bussy", at: .minutes(1))
                    }
                }
            }
        ]).filter { $0.id != "untested-alert" }
        #expect(diagnostics.map(\.id) == ["unknown-alert-in-test"])
        #expect(diagnostics[0].hint == "did you mean 'Busy'?")
    }

    @Test("unrenderable-expectation: a template printing $value needs the expected value")
    func unrenderable() throws {
        let ids = try Self.ids {
            Self.queue
            Alert("Busy", severity: .warning) {
                Self.queue > 10
            } annotations: {
                AlertDescription("{{ $value }} jobs")
            }
            AlertTest("t") {
                InputSeries(Self.queue, values: .constant(20, steps: 5))
            } expect: {
                Fires("Busy", at: .minutes(1))
            }
        }
        #expect(ids == ["unrenderable-expectation"])
    }

    @Test("invalid-test-series and unknown-metric in input series")
    func inputSeries() throws {
        let ids = try Self.ids {
            Self.queue
            Alert("Busy", severity: .warning) { Self.queue > 10 }
            AlertTest("t") {
                InputSeries(#"queue_depth{job=~"w.*"}"#, values: .constant(20, steps: 5))
                InputSeries("queue_dept", values: .constant(20, steps: 5))
                InputSeries(Self.queue, values: .constant(20, steps: 5))
            } expect: {
                Fires("Busy", at: .minutes(1))
            }
        }
        #expect(ids == ["invalid-test-series", "unknown-metric"])
    }
}
