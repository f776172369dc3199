import Testing
import VigilBackends
import VigilCompiler
import VigilDSL
import VigilModel

@Suite("Validation: what the targeted Prometheus version and its feature flags run")
struct PrometheusCompatibilityTests {
    enum HTTP: String, LabelKey { case method, status }
    static let requests = Counter<HTTP>("http_requests_total", help: "Requests.")
    static let latency = Histogram<HTTP>("http_request_duration_seconds", help: "Latency.", buckets: [0.5, 1])
    static let inflight = Gauge<NoLabels>("http_requests_in_flight", help: "Requests being served.")

    /// The diagnostics of a stack whose Prometheus is `prometheus` and whose one service, scraped by `scrape`,
    /// exports the metrics above and has `rules`; without the reminders that alerts lack tests.
    static func diagnostics(
        _ prometheus: Prometheus = Prometheus(), scrape: Scrape = .target("api:8080"),
        ruleQueryOffset: Duration? = nil, ruleLabels: [String: String] = [:],
        @ServiceBuilder _ rules: () -> [ServiceElement] = { [] }
    ) throws -> [Diagnostic] {
        let body = rules()
        let service = Service("api", scrape: scrape, ruleQueryOffset: ruleQueryOffset, ruleLabels: ruleLabels) {
            requests
            latency
            inflight
            body
        }
        return try Fixtures.diagnostics([Stack("shop", prometheus: prometheus) { service }]).filter {
            $0.id != "untested-alert"
        }
    }

    /// An alert on a raw query, written where the caller is, and named after its line so that the alerts of
    /// one test differ.
    static func alert(_ query: String, filePath: String = #filePath, line: Int = #line) -> Alert {
        Alert("Line\(line)", severity: .warning, filePath: filePath, line: line) {
            PromQL(query, filePath: filePath, line: line)
        }
    }

    @Test("a stack targeting 3.5 may use every field, and every function its flags enable")
    func everythingAllowed() throws {
        let diagnostics = try Self.diagnostics(
            Prometheus(features: [.promqlExperimentalFunctions, .nativeHistograms]),
            scrape: .target("api:8080").protocols([.openMetricsText100, .prometheusText004])
                .fallbackProtocol(.prometheusText004),
            ruleQueryOffset: .minutes(1), ruleLabels: ["team": "checkout"]
        ) {
            Alert("Busy", severity: .warning, keepFiringFor: .minutes(5)) { Self.inflight > 10 }
            Self.alert("sort_by_label(http_requests_in_flight, \"instance\") > 10")
            Self.alert("limitk(1, http_requests_in_flight) > 10")
            Self.alert("histogram_count(rate(http_request_duration_seconds[5m])) > 10")
            Self.alert("double_exponential_smoothing(http_requests_in_flight[10m], 0.5, 0.5) > 10")
        }
        #expect(diagnostics.isEmpty, "\(diagnostics)")
    }

    @Test("requires-newer-prometheus: configuration fields newer than the targeted version")
    func newerFields() throws {
        let diagnostics = try Self.diagnostics(
            Prometheus(compatibility: PrometheusVersion(2, 41)),
            scrape: .target("api:8080").protocols([.prometheusProto]).fallbackProtocol(.prometheusText004),
            ruleQueryOffset: .minutes(1), ruleLabels: ["team": "checkout"]
        ) {
            Alert("Busy", severity: .warning, keepFiringFor: .minutes(5)) { Self.inflight > 10 }
        }
        #expect(diagnostics.allSatisfy { $0.id == "requires-newer-prometheus" && $0.severity == .error })
        let messages = diagnostics.map(\.message).sorted()
        #expect(
            messages == [
                "alert 'Busy' sets keep_firing_for, which needs Prometheus 2.42; the stack targets 2.41",
                "rule group 'api' sets labels, which needs Prometheus 3.0; the stack targets 2.41",
                "rule group 'api' sets query_offset, which needs Prometheus 2.53; the stack targets 2.41",
                "scrape job 'api' sets fallback_scrape_protocol, which needs Prometheus 3.0; the stack targets 2.41",
                "scrape job 'api' sets scrape_protocols, which needs Prometheus 2.49; the stack targets 2.41",
            ])
        let fallback = try #require(diagnostics.first { $0.message.contains("fallback_scrape_protocol") })
        #expect(fallback.hint?.contains("`compatibility: .v30`") == true)
        #expect(fallback.location.fileID.hasSuffix("PrometheusCompatibilityTests.swift"))
    }

    @Test("requires-newer-prometheus: functions and operators newer than the targeted version")
    func newerFunctions() throws {
        let diagnostics = try Self.diagnostics(
            Prometheus(compatibility: .v253, features: [.promqlExperimentalFunctions, .nativeHistograms])
        ) {
            Self.alert("first_over_time(http_requests_in_flight[5m]) > 1")
            Self.alert("limitk(1, http_requests_in_flight) > 1")
            Self.alert("histogram_avg(rate(http_request_duration_seconds[5m])) > 1")
            // A typed query: histogram_fraction came with 2.40.
            Alert("Slow", severity: .warning) {
                histogramFraction(0, 0.5, Self.latency, over: .minutes(5)) < 0.9
            }
        }
        #expect(
            diagnostics.map(\.message) == [
                "first_over_time() needs Prometheus 3.7; the stack targets 2.53",
                "limitk needs Prometheus 2.54; the stack targets 2.53",
            ])
        #expect(diagnostics.allSatisfy { $0.id == "requires-newer-prometheus" })
        let typed = try Self.diagnostics(Prometheus(compatibility: PrometheusVersion(2, 39))) {
            Alert("Slow", severity: .warning) {
                histogramFraction(0, 0.5, Self.latency, over: .minutes(5)) < 0.9
            }
        }
        #expect(typed.map(\.message) == ["histogram_fraction() needs Prometheus 2.40; the stack targets 2.39"])
    }

    @Test("removed-promql-function: holt_winters on Prometheus 3, allowed on 2.53")
    func holtWinters() throws {
        let diagnostics = try Self.diagnostics {
            Self.alert("holt_winters(http_requests_in_flight[10m], 0.5, 0.5) > 10")
        }
        #expect(diagnostics.map(\.id) == ["removed-promql-function"])
        #expect(diagnostics[0].message == "holt_winters() was removed in Prometheus 3.0; the stack targets 3.5")
        #expect(
            diagnostics[0].hint
                == "call double_exponential_smoothing() instead, which needs `features: [.promqlExperimentalFunctions]` "
                + "on the stack's Prometheus (--enable-feature=promql-experimental-functions)")
        let old = try Self.diagnostics(Prometheus(compatibility: .v253)) {
            Self.alert("holt_winters(http_requests_in_flight[10m], 0.5, 0.5) > 10")
        }
        #expect(old.isEmpty, "\(old)")
    }

    @Test("requires-feature-flag: experimental functions and operators in alerts, recording rules and panels")
    func experimental() throws {
        let diagnostics = try Self.diagnostics {
            Self.alert("sort_by_label(http_requests_in_flight, \"instance\") > 10")
            Record("api:in_flight:limited") { PromQL("limit_ratio(0.5, http_requests_in_flight)") }
            Dashboard("API") {
                TimeSeries("Smoothed", unit: .none) {
                    PromQL("double_exponential_smoothing(http_requests_in_flight[10m], 0.5, 0.5)")
                }
            }
        }
        #expect(diagnostics.map(\.id) == ["requires-feature-flag", "requires-feature-flag", "requires-feature-flag"])
        #expect(
            diagnostics[0].message
                == "sort_by_label() is experimental: Prometheus rejects the query unless it is started with "
                + "--enable-feature=promql-experimental-functions")
        #expect(diagnostics[1].message.hasPrefix("limit_ratio is experimental"))
        #expect(
            diagnostics[2].message.hasPrefix("panel 'Smoothed': double_exponential_smoothing() is experimental"))
        #expect(diagnostics.allSatisfy { $0.hint?.contains("`features: [.promqlExperimentalFunctions]`") == true })
    }

    @Test("requires-feature-flag: native histogram functions without native histograms ingested")
    func nativeHistograms() throws {
        let diagnostics = try Self.diagnostics {
            Self.alert("histogram_sum(rate(http_request_duration_seconds[5m])) > 10")
            // Classic histograms answer histogram_quantile and histogram_fraction without the flag.
            Self.alert("histogram_quantile(0.9, sum by (le) (rate(http_request_duration_seconds_bucket[5m]))) > 1")
        }
        #expect(diagnostics.map(\.id) == ["requires-feature-flag"])
        #expect(
            diagnostics[0].message
                == "histogram_sum() reads native histograms, which Prometheus only ingests when started with "
                + "--enable-feature=native-histograms")
        #expect(diagnostics[0].hint?.contains("`features: [.nativeHistograms]`") == true)
    }

    @Test("unnormalized-bound-matcher: integer le and quantile values match nothing on Prometheus 3")
    func integerBounds() throws {
        let diagnostics = try Self.diagnostics {
            Self.alert(#"rate(http_request_duration_seconds_bucket{le="1"}[5m]) > 1"#)
            Self.alert(#"sum(rate(http_request_duration_seconds_bucket{le=~"1|2.5"}[5m])) > 1"#)
            Dashboard("API") {
                Stat("Fast", unit: .none) { PromQL(#"http_request_duration_seconds_bucket{le!="10"}"#) }
            }
        }
        #expect(diagnostics.map(\.id) == Array(repeating: "unnormalized-bound-matcher", count: 3))
        #expect(
            diagnostics[0].message
                == #"le="1" matches nothing on Prometheus 3, which stores the 'le' label of classic histograms and "#
                + #"summaries in float form (le="1.0")"#)
        #expect(diagnostics.map(\.hint) == [#"write le="1.0""#, #"write le=~"1.0|2.5""#, #"write le!="10.0""#])
    }

    @Test("bound matchers in float form, in other regular expressions, or on Prometheus 2 are left alone")
    func normalizedBounds() throws {
        let diagnostics = try Self.diagnostics {
            Self.alert(#"rate(http_request_duration_seconds_bucket{le="1.0"}[5m]) > 1"#)
            Self.alert(#"rate(http_request_duration_seconds_bucket{le="+Inf"}[5m]) > 1"#)
            Self.alert(#"rate(http_request_duration_seconds_bucket{le=~"0.5|1.0"}[5m]) > 1"#)
            Self.alert(#"rate(http_request_duration_seconds_bucket{le=~"1.*"}[5m]) > 1"#)
        }
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let old = try Self.diagnostics(Prometheus(compatibility: .v253)) {
            Self.alert(#"rate(http_request_duration_seconds_bucket{le="1"}[5m]) > 1"#)
        }
        #expect(old.isEmpty, "\(old)")
    }

    @Test("a latency SLO matches its bucket in float form")
    func sloBucket() throws {
        let diagnostics = try Self.diagnostics {
            SLO("latency", objective: 95%) { Latency(Self.latency, below: .seconds(1)) }
        }
        #expect(!diagnostics.contains { $0.id == "unnormalized-bound-matcher" }, "\(diagnostics)")
    }
}
