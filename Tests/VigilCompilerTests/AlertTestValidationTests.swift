import Testing
import VigilBackends
import VigilCompiler
import VigilDSL
import VigilModel

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

    @Test("expected-label-dropped: a test expects a label the alert's aggregation drops, with a suggestion")
    func droppedLabel() throws {
        let diagnostics = try Fixtures.diagnostics([
            Stack("shop") {
                Service("worker") {
                    Self.queue
                    Alert("Backlog", severity: .warning) { sum(Self.queue) > 10 }
                    Alert("Busy", severity: .warning) { Self.queue > 10 }
                    AlertTest("t") {
                        InputSeries(Self.queue, labels: ["instance": "w1"], values: .constant(20, steps: 5))
                    } expect: {
                        Fires("Backlog", at: .minutes(1), labels: ["instance": "w1"])
                        Fires("Busy", at: .minutes(1), labels: ["instance": "w1", "severity": "warning"])
                        Fires("Busy", at: .minutes(1), labels: ["instanse": "w1"])
                    }
                }
            }
        ]).filter { $0.id != "untested-alert" }
        #expect(diagnostics.map(\.id) == ["expected-label-dropped", "expected-label-dropped"])
        #expect(diagnostics[0].message.contains("expects alert 'Backlog' with the label 'instance'"))
        #expect(diagnostics[1].hint == "did you mean 'instance'?")
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

    @Test("coarse-test-input: input sampled every 5m for an alert on rate over 5m, which Prometheus 3 leaves empty")
    func coarseInput() throws {
        let failures = Counter<NoLabels>("jobs_failed_total", help: "Jobs that failed.")
        func diagnostics(interval: Duration) throws -> [Diagnostic] {
            try Fixtures.diagnostics([
                Stack("shop") {
                    Service("worker") {
                        failures
                        Alert("Failing", severity: .warning) { rate(failures, over: .minutes(5)) > 0 }
                        AlertTest("failing jobs", interval: interval) {
                            InputSeries(failures, values: .increasing(from: 0, by: 1, steps: 20))
                        } expect: {
                            Fires("Failing", at: .minutes(30))
                        }
                    }
                }
            ])
        }
        let coarse = try diagnostics(interval: .minutes(5))
        #expect(coarse.map(\.id) == ["coarse-test-input"])
        #expect(
            coarse.first?.message
                == "test 'failing jobs' samples its input every 5m, but alert 'Failing' takes the difference over 5m: "
                + "Prometheus 3's left-open range holds one sample of that, and the function returns nothing")
        #expect(coarse.first?.hint == "give the AlertTest an interval of at most 2m30s")
        #expect(try diagnostics(interval: .seconds(150)).isEmpty)
    }

    @Test("unnormalized-bound-matcher: a bucket input series with le=\"2\", which Prometheus 3 stores as le=\"2.0\"")
    func unnormalizedInputBound() throws {
        let latency = Histogram<NoLabels>("job_duration_seconds", help: "Job duration.", buckets: [2, 5])
        func diagnostics(_ bound: String) throws -> [Diagnostic] {
            try Fixtures.diagnostics([
                Stack("shop") {
                    Service("worker") {
                        latency
                        Alert("SlowJobs", severity: .warning) { histogramQuantile(0.9, latency, over: .minutes(5)) > 3 }
                        AlertTest("slow jobs") {
                            InputSeries(
                                "job_duration_seconds_bucket{le=\"\(bound)\"}",
                                values: .increasing(from: 0, by: 1, steps: 20))
                            InputSeries(
                                "job_duration_seconds_bucket{le=\"+Inf\"}",
                                values: .increasing(from: 0, by: 2, steps: 20))
                        } expect: {
                            Fires("SlowJobs", at: .minutes(10))
                        }
                    }
                }
            ]).filter { $0.severity == .error && $0.id != "unrenderable-expectation" }
        }
        let found = try diagnostics("2")
        #expect(found.map(\.id) == ["unnormalized-bound-matcher"])
        #expect(found.first?.hint == #"write le="2.0""#)
        #expect(try diagnostics("2.0").isEmpty)
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
