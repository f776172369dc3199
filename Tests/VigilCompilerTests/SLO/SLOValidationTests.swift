import Testing
import VigilBackends
import VigilCompiler
import VigilDSL
import VigilModel

@Suite("SLOs: validation")
struct SLOValidationTests {
    typealias F = SLOFixtures

    /// The diagnostics of `content`, without reminders about alerts that have no test.
    static func diagnostics(@ServiceBuilder _ content: () -> [ServiceElement]) throws -> [Diagnostic] {
        try F.diagnostics(content).filter { $0.id != "untested-alert" }
    }

    static func ids(@ServiceBuilder _ content: () -> [ServiceElement]) throws -> [String] {
        try diagnostics(content).map(\.id)
    }

    @Test("valid SLOs of every kind, and their generated tests, have no diagnostics")
    func valid() throws {
        let diagnostics = try F.diagnostics {
            F.availability
            SLO("fast", objective: 95%) { Latency(F.latency, below: .milliseconds(500), by: [.handler]) }
            SLO("up", objective: 99.5%) { Availability(PrometheusServerMetrics.up.job("api")) }
            SLO("fresh", objective: 99%) { Freshness(F.lastSync, maxAge: .minutes(30)) }
            SLO("good", objective: 99%, window: .days(28), minimumRate: 1) {
                Ratio(good: F.requests.where(.status, matches: "2..|3.."), total: F.requests, by: [.handler])
            }
        }
        #expect(diagnostics.isEmpty, "\(diagnostics)")
    }

    @Test("slo-objective-out-of-range: 0% and 100% and beyond")
    func objective() throws {
        let diagnostics = try Self.diagnostics {
            SLO("none", objective: 0%) { Latency(F.latency, below: .seconds(1)) }
            SLO("all", objective: 100%) { Latency(F.latency, below: .seconds(1)) }
            SLO("more", objective: 100.5%) { Latency(F.latency, below: .seconds(1)) }
        }.filter { $0.id == "slo-objective-out-of-range" }
        #expect(diagnostics.count == 3)
        #expect(diagnostics[1].message == "objective 100% of SLO 'all' must lie strictly between 0% and 100%")
    }

    @Test("slo-objective-as-fraction: 0.9995 asks whether 99.95% was meant, instead of three unreachable tiers")
    func objectiveAsFraction() throws {
        let diagnostics = try Self.diagnostics {
            SLO("payments", objective: 0.9995) { Latency(F.latency, below: .seconds(1)) }
            SLO("half", objective: 0.5) { Latency(F.latency, below: .seconds(1)) }
        }
        #expect(diagnostics.map(\.id) == ["slo-objective-as-fraction", "slo-objective-as-fraction"])
        #expect(
            diagnostics[0].message == "objective 0.9995% of SLO 'payments' is below 1%: almost every event may fail")
        #expect(diagnostics[0].hint == "did you mean 99.95%?")
        #expect(diagnostics[1].hint == "did you mean 50%?")
    }

    @Test("slo-window-beyond-retention: a 30-day SLO on Prometheus's default 15 days names both")
    func windowBeyondRetention() throws {
        let stack = Stack("shop") {
            Service("api", scrape: .target("api:8080")) {
                F.requests
                SLO("availability", objective: 99.9%) {
                    Ratio(errors: F.requests.where(.status, matches: "5.."), total: F.requests)
                }
            }
        }
        let diagnostics = try Fixtures.diagnostics([stack]).filter { $0.id == "slo-window-beyond-retention" }
        #expect(diagnostics.count == 1)
        #expect(
            diagnostics.first?.message
                == "SLO 'availability' looks back 30d (and 3d more for its slowest alert), but Prometheus keeps 15d of "
                + "samples: its period ratio and budget would cover part of the window")
        #expect(diagnostics.first?.hint == "keep at least 33d: Prometheus(retention: .days(33))")
    }

    @Test("slo-threshold-not-bucket names the nearest buckets and points at the indicator")
    func threshold() throws {
        let line = #line + 2
        let diagnostics = try Self.diagnostics {
            SLO("fast", objective: 95%) { Latency(F.latency, below: .milliseconds(300)) }
            SLO("slowest", objective: 95%) { Latency(F.latency, below: .seconds(10)) }
        }
        #expect(diagnostics.map(\.id) == ["slo-threshold-not-bucket", "slo-threshold-not-bucket"])
        #expect(
            diagnostics[0].message
                == "latency threshold 300ms of SLO 'fast' is not a bucket of 'http_request_duration_seconds'; "
                + "the nearest buckets are 0.25 and 0.5")
        #expect(diagnostics[0].location.line == line)
        #expect(diagnostics[0].hint?.contains("add 0.3 to the buckets") == true)
        #expect(diagnostics[1].message.hasSuffix("the nearest buckets are 2.5"))
    }

    @Test("slo-threshold-not-bucket compares a histogram in milliseconds with its buckets in milliseconds")
    func thresholdInMilliseconds() throws {
        let diagnostics = try Self.diagnostics {
            F.latencyMilliseconds
            SLO("fast", objective: 95%) { Latency(F.latencyMilliseconds, below: .milliseconds(200)) }
            SLO("slow", objective: 95%) { Latency(F.latencyMilliseconds, below: .milliseconds(300)) }
        }.filter { $0.id == "slo-threshold-not-bucket" }
        #expect(diagnostics.count == 1)
        #expect(
            diagnostics.first?.message
                == "latency threshold 300ms of SLO 'slow' is not a bucket of 'http_request_duration_ms'; "
                + "the nearest buckets are 200 and 500")
        #expect(diagnostics.first?.hint?.contains("add 300 to the buckets") == true)
    }

    @Test("slo-unreachable-tier: a factor times the budget of 1 or more never fires")
    func unreachable() throws {
        let diagnostics = try Self.diagnostics {
            SLO("loose", objective: 90%) { Latency(F.latency, below: .seconds(1)) }
        }
        // 14.4 × 0.1 exceeds 1; 6 × 0.1 and the ticket tiers do not.
        #expect(diagnostics.map(\.id) == ["slo-unreachable-tier"])
        #expect(
            diagnostics[0].message
                == "page tier of SLO 'loose' can never fire: 14.4x the error budget of 0.1 is an error ratio of 1.44, "
                + "and a ratio never exceeds 1")
        #expect(diagnostics[0].hint?.hasPrefix("use a factor below 10") == true)
    }

    @Test("slo-window-too-short: a window shorter than a tier's long window, pointing at the tier")
    func windowTooShort() throws {
        let line = #line + 6
        let diagnostics = try Self.diagnostics {
            SLO("daily", objective: 99%, window: .days(1)) { Latency(F.latency, below: .seconds(1)) }
            SLO(
                "custom", objective: 99%, window: .days(2),
                tiers: [
                    .ticket(factor: 1, long: .days(3), short: .hours(6))
                ]
            ) { Latency(F.latency, below: .seconds(1)) }
        }
        #expect(diagnostics.map(\.id) == ["slo-window-too-short", "slo-window-too-short"])
        #expect(
            diagnostics[0].message == "SLO 'daily' has a window of 1d, shorter than its ticket tier's long window 3d")
        #expect(diagnostics[1].location.line == line)
    }

    @Test("slo-invalid-tier: a short window not shorter than the long one, a burn rate of zero")
    func invalidTier() throws {
        let ids = try Self.ids {
            SLO(
                "odd", objective: 99%,
                tiers: [
                    .page(factor: 14.4, long: .minutes(5), short: .hours(1)),
                    .ticket(budgetShare: 0%, long: .days(1), short: .hours(2)),
                ]
            ) { Latency(F.latency, below: .seconds(1)) }
        }
        #expect(ids == ["slo-invalid-tier", "slo-invalid-tier"])
    }

    @Test("slo-invalid-name and duplicate-slo")
    func names() throws {
        let ids = try Self.ids {
            SLO("p95 latency", objective: 95%) { Latency(F.latency, below: .seconds(1)) }
            SLO("fast", objective: 95%) { Latency(F.latency, below: .seconds(1)) }
            SLO("fast", objective: 99%) { Latency(F.latency, below: .seconds(1)) }
        }
        #expect(ids == ["slo-invalid-name", "duplicate-slo"])
    }

    @Test("slo-invalid-sli: a freshness SLO with no maximum age")
    func invalidIndicator() throws {
        #expect(
            try Self.ids { SLO("fresh", objective: 99%) { Freshness(F.lastSync, maxAge: .seconds(0)) } } == [
                "slo-invalid-sli"
            ])
    }

    @Test("slo-guard-unsupported: a guard needs counted events and a positive rate")
    func guards() throws {
        let ids = try Self.ids {
            SLO("up", objective: 99%, minimumRate: 1) { Availability(PrometheusServerMetrics.up) }
            SLO("fast", objective: 99%, minimumRate: 0) { Latency(F.latency, below: .seconds(1)) }
        }
        #expect(ids == ["slo-guard-unsupported", "slo-guard-unsupported"])
    }

    @Test("slo-invalid-no-data-window: the no-data alert needs a positive window")
    func noDataWindow() throws {
        let ids = try Self.ids {
            SLO("fast", objective: 99%, noData: .page(after: .seconds(0))) { Latency(F.latency, below: .seconds(1)) }
        }
        #expect(ids == ["slo-invalid-no-data-window"])
    }

    @Test("slo-untested: a hand-written error ratio gets no generated tests, a warning")
    func untested() throws {
        let diagnostics = try Self.diagnostics {
            SLO("raw", objective: 99%) {
                ErrorRatio { window in
                    PromQL(
                        "sum(rate(http_requests_total{status=\"500\"}[\(window)])) / sum(rate(http_requests_total[\(window)]))"
                    )
                }
            }
        }
        #expect(diagnostics.map(\.id) == ["slo-untested"])
        #expect(diagnostics[0].severity == .warning)
        #expect(diagnostics[0].hint == "add an AlertTest of 'RawErrorBudgetBurn' to the service")
    }

    @Test("an SLI on a gauge where a counter is needed: wrong-metric-kind at the query (typed SLIs do not compile)")
    func gaugeForCounter() throws {
        // `Ratio(errors: F.queue, total: F.requests)` fails to compile: "a ratio SLI counts events: its errors
        // must be a counter, not a gauge". Written as a query, the PromQL checks catch it.
        let line = #line + 4
        let diagnostics = try Self.diagnostics {
            SLO("queue", objective: 99%) {
                ErrorRatio { window in
                    PromQL("sum(rate(queue_depth[\(window)])) / sum(rate(http_requests_total[\(window)]))")
                }
            }
        }.filter { $0.id != "slo-untested" }
        // Each window's rule checks the query at the same place: the problem is reported once.
        #expect(diagnostics.map(\.id) == ["wrong-metric-kind"])
        #expect(diagnostics.allSatisfy { $0.location.line == line })
    }

    @Test("SLO rules are checked against the declared metrics like any rule")
    func undeclaredMetric() throws {
        let ids = try Self.ids {
            SLO("missing", objective: 99%) { Availability(Gauge<NoLabels>("probe_success", help: "Probe result.")) }
        }
        // The rules and the generated test input both name the metric at the indicator: one diagnostic.
        #expect(ids == ["unknown-metric"])
    }
}
