import Testing
import VigilDSL

@testable import VigilBackends
@testable import VigilCompiler
@testable import VigilEndToEnd
@testable import VigilModel

/// The scenarios and exporter series an end-to-end run derives from a stack's model.
@Suite("End-to-end plan")
struct EndToEndPlanTests {
    enum Request: String, LabelKey { case status }
    enum Route: String, LabelKey { case handler }
    static let requests = Counter<Request>("api_requests_total", help: "Requests handled.")
    static let latency = Histogram<Route>(
        "api_request_duration_seconds", help: "Request latency.", unit: .seconds, buckets: [0.1, 0.5, 2])
    static let queue = Gauge<NoLabels>("api_queue_jobs", help: "Jobs waiting.")
    enum Call: String, LabelKey { case route, status }
    static let calls = Histogram<Call>(
        "api_call_duration_seconds", help: "Call latency.", unit: .seconds, buckets: [0.1, 0.3, 1])
    static let callAvailability = SLO("availability", objective: 99%) {
        Ratio(errors: calls.count.where(.status, matches: "5.."), total: calls.count)
    }
    static let api = LocalTarget(job: "api", instance: "api:8080")

    static func plan(@ServiceBuilder _ body: () -> [ServiceElement]) -> EndToEndPlan {
        let elements = body()
        let stack = Stack("shop") {
            Service("api", scrape: .target("api:8080")) {
                requests
                latency
                queue
                elements
            }
            Service("db", scrape: .target("db:9187"))
        }
        return EndToEndPlan(for: StackLowering.lower(stack))
    }

    @Test("the baseline serves two steady series per labelled metric, with the values the rules select")
    func baseline() {
        let plan = Self.plan {
            Alert("Errors", severity: .critical) {
                sum(rate(Self.requests.where(.status, matches: "5.."), over: .minutes(5))) > 1
            }
        }
        let served = plan.baseline.keys.filter { $0.name == "api_requests_total" }.map(\.exposition).sorted()
        #expect(served == ["api_requests_total{status=\"500\"}", "api_requests_total{status=\"a\"}"])
        #expect(plan.baseline.keys.filter { $0.name == "api_queue_jobs" }.count == 1)
        let buckets = plan.baseline.keys.filter { $0.name == "api_request_duration_seconds_bucket" }
        #expect(
            Set(buckets.compactMap { $0.labels.first { $0.name == "le" }?.value }) == ["0.1", "0.5", "2.0", "+Inf"])
        #expect(plan.baseline.values.allSatisfy { $0 == 0 || $0 == 1 })
    }

    @Test("targets down: the stack's TargetDown for each target, an alert on one job's `up` for that job only")
    func targetsDown() throws {
        let plan = Self.plan {
            Alert("ApiDown", severity: .critical) { PrometheusServerMetrics.up.job("api").equals(0) }
        }
        let scenario = try #require(plan.scenarios.first)
        #expect(scenario.down == [Self.api, LocalTarget(job: "db", instance: "db:9187")])
        #expect(
            scenario.expected.map(\.description) == [
                "TargetDown{instance=\"api:8080\",job=\"api\",severity=\"warning\"} (target api/api:8080 down)",
                "ApiDown{instance=\"api:8080\",job=\"api\",service=\"api\",severity=\"critical\"} (target api/api:8080 down)",
                "TargetDown{instance=\"db:9187\",job=\"db\",severity=\"warning\"} (target db/db:9187 down)",
            ])
    }

    @Test("an SLO of counted events burns with all events bad, expects its page and ticket, and recovers")
    func sloBurn() throws {
        let plan = Self.plan {
            SLO("availability", objective: 99%) {
                Ratio(errors: Self.requests.where(.status, matches: "5.."), total: Self.requests)
            }
        }
        let scenario = try #require(plan.scenarios.last)
        let bad = ScriptedSeries(target: Self.api, name: "api_requests_total", labels: ["status": "500"])
        let good = ScriptedSeries(target: Self.api, name: "api_requests_total", labels: ["status": "200"])
        #expect(scenario.faultRates[bad] ?? 0 > 0)
        #expect(scenario.faultRates[good] == 0)
        #expect(scenario.recoveryRates[bad] == 0)
        #expect(scenario.recoveryRates[good] ?? 0 > 1000 * (scenario.faultRates[bad] ?? 0))
        #expect(Set(scenario.expected.map { $0.labels["severity"] }) == ["critical", "warning"])
        #expect(scenario.expected.allSatisfy { $0.alertName == "AvailabilityErrorBudgetBurn" })
    }

    @Test("a latency alert gets observations beyond the largest bucket, where its quantile reads 2")
    func slowRequests() throws {
        let plan = Self.plan {
            Alert("Slow", severity: .warning) { histogramQuantile(0.95, Self.latency, over: .minutes(5)) > 1 }
        }
        let scenario = try #require(plan.scenarios.last)
        #expect(scenario.expected.map(\.alertName) == ["Slow"])
        let rates = scenario.faultRates.filter { $0.value > 0 }.keys.map(\.exposition).sorted()
        #expect(
            rates == [
                "api_request_duration_seconds_bucket{handler=\"a\",le=\"+Inf\"}",
                "api_request_duration_seconds_count{handler=\"a\"}", "api_request_duration_seconds_sum{handler=\"a\"}",
            ])
    }

    @Test("a gauge alert gets its gauge set beyond the threshold, then back on the quiet side")
    func gauges() throws {
        let plan = Self.plan {
            Alert("Backlog", severity: .warning) { max(Self.queue) > 100 }
        }
        let scenario = try #require(plan.scenarios.last)
        let queue = ScriptedSeries(target: Self.api, name: "api_queue_jobs", labels: [:])
        #expect(scenario.faultValues == [queue: 201])
        #expect(scenario.recoveryValues == [queue: 50])
        #expect(scenario.expected.map(\.alertName) == ["Backlog"])
    }

    @Test("a probe failing and a certificate near expiry: a flag set to its value, a time set relative to now")
    func probes() throws {
        let stack = StackLowering.lower(
            Stack("shop") {
                BlackboxExporter { Probe.http("https://shop.example.com/health") }
            })
        let plan = EndToEndPlan(for: stack)
        let faults = try #require(plan.scenarios.last)
        #expect(faults.expected.map(\.alertName).contains("ProbeFailed"))
        #expect(faults.expected.map(\.alertName).contains("ProbeCertificateExpiringSoon"))
        let success = try #require(faults.faultValues.keys.first { $0.name == "probe_success" })
        #expect(faults.faultValues[success] == 0 && faults.recoveryValues[success] == 1)
        // Both certificate alerts read one gauge: the 3-day one's fault would contradict the 20-day one's.
        #expect(
            plan.skipped.contains(
                "alert 'ProbeCertificateExpiring': its fault contradicts another one on the same gauge"))
        let soon = try #require(stack.alerts.first { $0.name == "ProbeCertificateExpiringSoon" })
        guard case .success(let scenario?) = EndToEndPlan.gaugeBeyondThreshold(soon, in: stack, now: 1_000) else {
            Issue.record("the certificate alert is not scripted")
            return
        }
        let expiry = try #require(scenario.faultValues.keys.first)
        #expect(expiry.name == "probe_ssl_earliest_cert_expiry")
        let (soonest, latest): (Double, Double) = (1_000 + 1_728_000 / 2, 1_000 + 2 * 1_728_000 + 1)
        #expect(scenario.faultValues[expiry] == soonest)
        #expect(scenario.recoveryValues[expiry] == latest)
        // With two replicas such faults are not scripted, and the plan says why.
        let replicated = EndToEndPlan(
            for: StackLowering.lower(
                Stack("shop", prometheus: Prometheus(replicas: 2)) {
                    BlackboxExporter { Probe.http("https://shop.example.com/health") }
                }))
        #expect(replicated.skipped.contains { $0.hasPrefix("alert 'ProbeFailed': a flag, share or time fault") })
    }

    @Test("a filesystem almost full: free space set to a share of the size, the read-only guard left as it is")
    func shares() throws {
        let plan = EndToEndPlan(for: StackLowering.lower(Stack("hosts") { NodeExporter() }))
        let faults = try #require(plan.scenarios.last)
        let names = faults.expected.map(\.alertName)
        #expect(names.contains("NodeFilesystemAlmostOutOfSpace") && names.contains("NodeFileDescriptorLimit"))
        let free = try #require(faults.faultValues.keys.first { $0.name == "node_filesystem_avail_bytes" })
        let size = try #require(plan.baseline[ScriptedSeries(free, renamed: "node_filesystem_size_bytes")])
        #expect(faults.faultValues[free] == 0.025 * size)
        #expect(faults.recoveryValues[free] == 1.1 * size)
        let open = try #require(faults.faultValues.keys.first { $0.name == "node_filefd_allocated" })
        #expect(faults.faultValues[open] == 2.4 * 1_000_000)
        #expect(
            plan.skipped.contains(
                "alert 'NodeFilesystemOutOfSpace': its fault contradicts another one on the same gauge"))
    }

    @Test("two gauge faults that set one gauge differently do not run together")
    func contradictions() {
        let plan = Self.plan {
            Alert("Backlog", severity: .warning) { Self.queue > 100 }
            Alert("Idle", severity: .info) { Self.queue < 1 }
        }
        #expect(plan.skipped == ["alert 'Idle': its fault contradicts another one on the same gauge"])
        #expect(plan.scenarios.last?.expected.map(\.alertName) == ["Backlog"])
    }

    @Test("what cannot be scripted is reported with its reason")
    func skipped() {
        let plan = Self.plan {
            Alert("Slow", severity: .warning) { histogramQuantile(0.95, Self.latency, over: .minutes(5)) > 2 }
            SLO("up", objective: 99%) { Availability(PrometheusServerMetrics.up.job("api")) }
        }
        #expect(
            plan.skipped == [
                "SLO 'up' of api: its indicator reads a gauge over time, which cannot recover within seconds",
                "alert 'Slow': its threshold 2.0 is not below the largest bucket of api_request_duration_seconds",
            ])
    }

    /// The counter series of `rates` that grow, in exposition form.
    static func growing(_ rates: [ScriptedSeries: Double]) -> [String] {
        rates.filter { $0.value > 0 }.keys.map(\.exposition).sorted()
    }

    @Test("two SLOs on one histogram: the fault observes slow failed calls, the recovery fast good ones, whole")
    func twoSLOsOnOneHistogram() throws {
        let plan = Self.plan {
            Self.calls
            Self.callAvailability
            SLO("latency", objective: 95%) { Latency(Self.calls, below: .milliseconds(300)) }
        }
        #expect(plan.skipped == [])
        let scenario = try #require(plan.scenarios.last)
        #expect(
            Set(scenario.expected.map(\.alertName)) == ["AvailabilityErrorBudgetBurn", "LatencyErrorBudgetBurn"])
        // One series fails slowly for both SLOs: in the +Inf bucket only, with the status the availability counts.
        #expect(
            Self.growing(scenario.faultRates) == [
                "api_call_duration_seconds_bucket{le=\"+Inf\",route=\"a\",status=\"500\"}",
                "api_call_duration_seconds_count{route=\"a\",status=\"500\"}",
                "api_call_duration_seconds_sum{route=\"a\",status=\"500\"}",
            ])
        // One series recovers quickly for both: in every bucket, with a status the availability counts as good.
        #expect(
            Self.growing(scenario.recoveryRates) == [
                "api_call_duration_seconds_bucket{le=\"+Inf\",route=\"a\",status=\"200\"}",
                "api_call_duration_seconds_bucket{le=\"0.1\",route=\"a\",status=\"200\"}",
                "api_call_duration_seconds_bucket{le=\"0.3\",route=\"a\",status=\"200\"}",
                "api_call_duration_seconds_bucket{le=\"1.0\",route=\"a\",status=\"200\"}",
                "api_call_duration_seconds_count{route=\"a\",status=\"200\"}",
            ])
        // Each phase's series exist, at rest, in the other, so that both sides of each ratio read from the start.
        #expect(Set(scenario.faultRates.keys) == Set(scenario.recoveryRates.keys))
    }

    @Test("a latency alert on a histogram an SLO counts by status recovers with calls the SLO counts as good")
    func latencyAlertBesideAnSLO() throws {
        let plan = Self.plan {
            Self.calls
            Self.callAvailability
            Alert("SlowCalls", severity: .warning) { histogramQuantile(0.95, Self.calls, over: .minutes(5)) > 0.5 }
        }
        let scenario = try #require(plan.scenarios.last)
        #expect(Self.growing(scenario.recoveryRates).allSatisfy { $0.contains("status=\"200\"") })
        #expect(Self.growing(scenario.faultRates).allSatisfy { $0.contains("status=\"500\"") })
    }

    @Test("SLOs that judge the same calls oppositely are skipped, with the reason")
    func contradictingSLOs() {
        let plan = Self.plan {
            Self.calls
            Self.callAvailability
            SLO("failures", objective: 99%) {
                Ratio(good: Self.calls.count.where(.status, matches: "5.."), total: Self.calls.count)
            }
        }
        #expect(
            plan.skipped == [
                "SLO 'availability' of api: no labels of api_call_duration_seconds let its fault's events be bad "
                    + "for every SLO counting them",
                "SLO 'failures' of api: no labels of api_call_duration_seconds let its recovery's events be good "
                    + "for every SLO counting them",
            ])
    }
}
