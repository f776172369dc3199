import Testing
import VigilBackends
import VigilCompiler
import VigilDSL
import VigilModel

@Suite("SLOs: lowering into rules, alerts and tests")
struct SLOLoweringTests {
    typealias F = SLOFixtures

    static func expressions(_ stack: ResolvedStack, group: String) -> [String: String] {
        Dictionary(
            stack.recordingRules.filter { $0.group == group }.map { ($0.name, $0.expression.tree?.description ?? "") }
        ) { first, _ in first }
    }

    @Test("a 99.9% ratio SLO: exact budget, the workbook's factors, ratio-of-sums records, one page and one ticket")
    func ratio() throws {
        let stack = F.lowered { F.availability }
        let slo = try #require(stack.slos.first)
        #expect(slo.errorBudget == Fraction(1, 1000))
        #expect(slo.tiers.map(\.factor) == [Fraction(72, 5), Fraction(6), Fraction(3), Fraction(1)])
        #expect(
            slo.tiers.map { $0.threshold(budget: slo.errorBudget).description } == [
                "0.0144", "0.006", "0.003", "0.001",
            ])
        #expect(slo.windows.map(\.description) == ["5m", "30m", "1h", "2h", "6h", "1d", "3d", "30d"])
        #expect(slo.ruleGroup == "api-slos-slo-availability")
        #expect(slo.alertName == "AvailabilityErrorBudgetBurn")
        let records = Self.expressions(stack, group: slo.ruleGroup)
        #expect(
            records["slo:sli_error:ratio_rate5m"]
                == #"sum(rate(http_requests_total{status=~"5.."}[5m])) / sum(rate(http_requests_total[5m]))"#)
        #expect(records["slo:sli_error:ratio_rate30d"] == nil)
        #expect(records["slo:objective:ratio"] == "vector(0.999)")
        #expect(records["slo:error_budget:ratio"] == "vector(0.001)")
        #expect(records["slo:window:seconds"] == "vector(2592000)")
        // Windows of a day and more: sums of 5-minute increases, in groups of their own.
        #expect(slo.ruleGroups == [slo.ruleGroup, slo.increasesGroup, slo.longWindowsGroup])
        let increases = Self.expressions(stack, group: slo.increasesGroup)
        // Exact differences of the counters over the 5 minutes, `increase` where a counter was reset or is new.
        let total = "http_requests_total - http_requests_total offset 5m >= 0 or increase(http_requests_total[5m])"
        let errors = #"http_requests_total{status=~"5.."}"#
        #expect(
            increases["slo:sli_error:increase5m"]
                == "sum(\(errors) - \(errors) offset 5m >= 0 or increase(\(errors)[5m])) or sum(\(total)) * 0")
        #expect(increases["slo:sli_total:increase5m"] == "sum(\(total))")
        let long = Self.expressions(stack, group: slo.longWindowsGroup)
        let own = #"{service="api-slos",slo="availability"}"#
        #expect(
            long["slo:sli_error:ratio_rate30d"]
                == "sum_over_time(slo:sli_error:increase5m\(own)[30d]) / sum_over_time(slo:sli_total:increase5m\(own)[30d])"
        )
        #expect(
            Set(long.keys)
                == Set(
                    ["1d", "3d", "30d"].map { "slo:sli_error:ratio_rate\($0)" } + ["slo:error_budget_remaining:ratio"]))
        #expect(
            long["slo:error_budget_remaining:ratio"]
                == #"1 - slo:sli_error:ratio_rate30d{service="api-slos",slo="availability"} / 0.001"#)
        let groups = stack.ruleGroups.filter { slo.ruleGroups.contains($0.name) }
        #expect(groups.map(\.interval) == [nil, .minutes(5), .minutes(1)])
        #expect(groups.map(\.path) == Array(repeating: "prometheus/rules/api-slos-slo-availability.yml", count: 3))
        #expect(
            records["slo:current_burn_rate:ratio"]
                == #"slo:sli_error:ratio_rate5m{service="api-slos",slo="availability"} / 0.001"#)
        let alerts = stack.alerts.filter { $0.group == slo.ruleGroup && $0.name == slo.alertName }
        #expect(alerts.map(\.severity) == [.critical, .warning])
        #expect(
            alerts.map { $0.labels.map { "\($0.name)=\($0.value)" } } == [
                ["service=api-slos", "severity=critical", "slo=availability"],
                ["service=api-slos", "severity=warning", "slo=availability"],
            ])
        let selector = #"{service="api-slos",slo="availability"}"#
        #expect(
            alerts[0].expression?.tree?.description
                == "slo:sli_error:ratio_rate1h\(selector) > 0.0144 and slo:sli_error:ratio_rate5m\(selector) > 0.0144 "
                + "or slo:sli_error:ratio_rate6h\(selector) > 0.006 and slo:sli_error:ratio_rate30m\(selector) > 0.006")
        #expect(
            alerts[1].annotations.first { $0.key == "description" }?.value
                == "The error ratio is above 3x the error budget over 1d and 2h, or 1x over 3d and 6h. The objective "
                + "is 99.9% over 30d; at 3x the whole error budget lasts 10d. Windows of a day and more are recorded "
                + "every minute from 5-minute increases: they see a burn up to 6m late.")
        #expect(stack.ruleGroups.map(\.name).contains(slo.ruleGroup))
        // 9 of the burn-rate alerts, 2 of the no-data alert.
        #expect(stack.alertTests.filter { $0.group == slo.ruleGroup }.count == 11)
        let tests = stack.alertTests.filter { $0.group == slo.ruleGroup }
        #expect(tests.allSatisfy { $0.evaluationInterval == .hours(1) && $0.interval == .seconds(150) })
        #expect(tests.allSatisfy { $0.ruleFiles == ["../rules/api-slos-slo-availability.yml"] })
        #expect(
            tests.allSatisfy { $0.groupEvaluationOrder == [slo.increasesGroup, slo.longWindowsGroup, slo.ruleGroup] })
    }

    @Test("longWindows: .fromRawCounters computes every window from the counters, in the SLO's one group")
    func rawLongWindows() throws {
        let stack = F.lowered {
            F.requests
            SLO("availability", objective: 99.9%, longWindows: .fromRawCounters) {
                Ratio(errors: F.requests.where(.status, matches: "5.."), total: F.requests)
            }
        }
        let slo = try #require(stack.slos.first)
        #expect(!slo.recordsIncreases && slo.ruleGroups == [slo.ruleGroup])
        let records = Self.expressions(stack, group: slo.ruleGroup)
        #expect(
            records["slo:sli_error:ratio_rate30d"]
                == #"sum(rate(http_requests_total{status=~"5.."}[30d])) / sum(rate(http_requests_total[30d]))"#)
        #expect(records["slo:sli_error:increase5m"] == nil)
        #expect(stack.alertTests.allSatisfy { $0.groupEvaluationOrder.isEmpty })
    }

    @Test("a low-traffic guard over a long window reads the recorded increases, as events per second")
    func guardFromIncreases() throws {
        let stack = F.lowered {
            F.requests
            SLO("availability", objective: 99.9%, minimumRate: 0.5) {
                Ratio(errors: F.requests.where(.status, matches: "5.."), total: F.requests)
            }
        }
        let alerts = stack.alerts.filter { $0.group == "api-slos-slo-availability" }
        let ticket = try #require(alerts.first { $0.severity == .warning }?.expression?.tree?.description)
        let own = #"{service="api-slos",slo="availability"}"#
        #expect(ticket.contains("and on () avg_over_time(slo:sli_total:increase5m\(own)[1d]) / 300 > 0.5"))
        let page = try #require(alerts.first { $0.severity == .critical }?.expression?.tree?.description)
        #expect(page.contains("and on () sum(rate(http_requests_total[1h])) > 0.5"))
    }

    @Test("a latency SLO of a histogram in milliseconds counts the bucket of its threshold in milliseconds")
    func milliseconds() throws {
        let stack = F.lowered {
            F.latencyMilliseconds
            SLO("fast", objective: 95%) { Latency(F.latencyMilliseconds, below: .milliseconds(200)) }
            SLO("seconds", objective: 95%) { Latency(F.latency, below: .milliseconds(500)) }
        }
        #expect(stack.slos.map(\.latencyBucket) == [200, 0.5])
        let records = Self.expressions(stack, group: "api-slos-slo-fast")
        #expect(
            records["slo:sli_error:ratio_rate5m"]
                == "(sum(rate(http_request_duration_ms_count[5m])) - "
                + #"sum(rate(http_request_duration_ms_bucket{le="200.0"}[5m]))) / "#
                + "sum(rate(http_request_duration_ms_count[5m]))")
    }

    @Test("tiers by budget share scale with the window as Sloth's do; tiers by factor do not")
    func scaledFactors() throws {
        let stack = F.lowered {
            SLO("month", objective: 99.9%, window: .days(28)) {
                Ratio(errors: F.requests.where(.status, matches: "5.."), total: F.requests)
            }
            SLO(
                "week", objective: 99.9%, window: .days(7),
                tiers: [
                    .page(budgetShare: 8%, long: .hours(1), short: .minutes(5)),
                    .page(budgetShare: 12.5%, long: .hours(6), short: .minutes(30)),
                    .ticket(budgetShare: 20%, long: .days(1), short: .hours(2)),
                    .ticket(budgetShare: 42%, long: .days(3), short: .hours(6)),
                ]
            ) { Ratio(errors: F.requests.where(.status, matches: "5.."), total: F.requests) }
            SLO(
                "pyrra", objective: 99.5%, window: .days(28),
                tiers: [.page(factor: 14, long: .hours(1), short: .minutes(5))]
            ) {
                Ratio(errors: F.requests.where(.status, matches: "5.."), total: F.requests)
            }
        }
        #expect(stack.slos[0].tiers.map(\.factor.description) == ["13.44", "5.6", "2.8", "0.9333333333333333"])
        #expect(stack.slos[1].tiers.map(\.factor.description) == ["13.44", "3.5", "1.4", "0.98"])
        #expect(stack.slos[2].tiers.map(\.factor) == [Fraction(14)])
        #expect(stack.slos[2].errorBudget.description == "0.005")
        #expect(stack.slos[0].windows.last == .days(28))
    }

    @Test("latency: (total - good in the threshold's bucket) / total, with le as Prometheus 3 stores it")
    func latency() throws {
        let stack = F.lowered {
            SLO("fast", objective: 95%) {
                Latency(F.latency.where(.handler, equals: "/deals"), below: .milliseconds(500))
            }
            SLO("bounded", objective: 99%) { Latency(F.latency, below: .seconds(1), by: [.handler]) }
        }
        #expect(
            Self.expressions(stack, group: "api-slos-slo-fast")["slo:sli_error:ratio_rate1h"]
                == #"(sum(rate(http_request_duration_seconds_count{handler="/deals"}[1h])) - "#
                + #"sum(rate(http_request_duration_seconds_bucket{handler="/deals",le="0.5"}[1h]))) / "#
                + #"sum(rate(http_request_duration_seconds_count{handler="/deals"}[1h]))"#)
        #expect(
            Self.expressions(stack, group: "api-slos-slo-bounded")["slo:sli_error:ratio_rate5m"]
                == #"(sum by (handler) (rate(http_request_duration_seconds_count[5m])) - "#
                + #"sum by (handler) (rate(http_request_duration_seconds_bucket{le="1.0"}[5m]))) / "#
                + #"sum by (handler) (rate(http_request_duration_seconds_count[5m]))"#)
        let grouped = try #require(stack.alerts.first { $0.group == "api-slos-slo-bounded" })
        #expect(
            grouped.annotations.first { $0.key == "summary" }?.value
                == "SLO 'bounded' of api-slos (handler={{ $labels.handler }}) burns its error budget too fast")
    }

    @Test("availability, freshness, good events and a hand-written error ratio")
    func otherIndicators() throws {
        let stack = F.lowered {
            SLO("up", objective: 99.5%) { Availability(PrometheusServerMetrics.up.job("api")) }
            SLO("fresh", objective: 99%) { Freshness(F.lastSync, maxAge: .minutes(30)) }
            SLO("good", objective: 99%) {
                Ratio(good: F.requests.where(.status, matches: "2..|3.."), total: F.requests, by: [.handler])
            }
            SLO("raw", objective: 99%) {
                ErrorRatio { window in
                    PromQL(
                        "sum(rate(http_requests_total{status=\"500\"}[\(window)])) / sum(rate(http_requests_total[\(window)]))"
                    )
                }
            }
        }
        #expect(
            Self.expressions(stack, group: "api-slos-slo-up")["slo:sli_error:ratio_rate1h"]
                == #"1 - avg(avg_over_time(up{job="api"}[1h]))"#)
        let fresh = Self.expressions(stack, group: "api-slos-slo-fresh")
        #expect(
            fresh["slo:sli_error:ratio_instant"]
                == "time() - max(etl_last_success_timestamp_seconds) > bool 1800 or on () vector(1)")
        #expect(
            fresh["slo:sli_error:ratio_rate6h"]
                == #"avg_over_time(slo:sli_error:ratio_instant{service="api-slos",slo="fresh"}[6h])"#)
        #expect(
            Self.expressions(stack, group: "api-slos-slo-good")["slo:sli_error:ratio_rate2h"]
                == #"(sum by (handler) (rate(http_requests_total[2h])) - sum by (handler) (rate(http_requests_total{status=~"2..|3.."}[2h]))) / sum by (handler) (rate(http_requests_total[2h]))"#
        )
        #expect(
            Self.expressions(stack, group: "api-slos-slo-raw")["slo:sli_error:ratio_rate3d"]
                == #"sum(rate(http_requests_total{status="500"}[3d])) / sum(rate(http_requests_total[3d]))"#)
        #expect(stack.slos.map { $0.untestedReason == nil } == [true, true, true, false])
    }

    @Test("a low-traffic guard adds the total event rate over each tier's long window")
    func guardCondition() throws {
        let stack = F.lowered {
            SLO(
                "guarded", objective: 99%, tiers: [.page(factor: 10, long: .hours(1), short: .minutes(5))],
                minimumRate: 0.5
            ) {
                Ratio(errors: F.requests.where(.status, matches: "5.."), total: F.requests, by: [.handler])
            }
        }
        let selector = #"{service="api-slos",slo="guarded"}"#
        let burn = stack.alerts.filter { $0.name == "GuardedErrorBudgetBurn" }
        #expect(
            burn.last?.expression?.tree?.description
                == "slo:sli_error:ratio_rate1h\(selector) > 0.1 and slo:sli_error:ratio_rate5m\(selector) > 0.1 "
                + "and on (handler) sum by (handler) (rate(http_requests_total[1h])) > 0.5")
        #expect(burn.map(\.severity) == [.critical])
    }

    @Test("no tiers: recording rules and the no-data alert only, over the standard windows")
    func recordsOnly() throws {
        let stack = F.lowered {
            SLO("quiet", objective: 95%, tiers: [], alertName: "Unused") {
                Ratio(errors: F.requests.where(.status, matches: "5.."), total: F.requests)
            }
        }
        #expect(stack.alerts.filter { $0.group == "api-slos-slo-quiet" }.map(\.name) == ["QuietSLONoData"])
        #expect(stack.alertTests.filter { $0.group == "api-slos-slo-quiet" }.count == 2)
        #expect(stack.slos[0].windows.count == 8)
    }

    @Test("alert names are derived in UpperCamelCase, and may be given")
    func alertNames() {
        let stack = F.lowered {
            SLO("request-latency_p95", objective: 95%) { Latency(F.latency, below: .milliseconds(500)) }
            SLO("99th", objective: 99%) { Latency(F.latency, below: .seconds(1)) }
            SLO("named", objective: 99%, alertName: "CheckoutSlow") { Latency(F.latency, below: .seconds(1)) }
        }
        #expect(
            stack.slos.map(\.alertName) == [
                "RequestLatencyP95ErrorBudgetBurn", "SLO99thErrorBudgetBurn", "CheckoutSlow",
            ])
    }
}

@Suite("SLOs: indicators scoped to their service's job")
struct SLOScopeTests {
    typealias F = SLOFixtures

    static func lowered(_ service: Service) -> [String: String] {
        let stack = StackLowering.lower(Stack("scoped") { service })
        return Dictionary(
            stack.recordingRules.map { ($0.name, $0.expression.tree?.description ?? "") }
        ) { first, _ in first }
    }

    @Test("a scraped service's SLO reads its own job's series; a selector naming a job keeps it")
    func scoped() {
        let records = Self.lowered(
            Service("api", scrape: .target("api:8080")) {
                F.requests
                SLO("availability", objective: 99.9%) {
                    Ratio(errors: F.requests.where(.status, matches: "5.."), total: F.requests)
                }
            })
        #expect(
            records["slo:sli_error:ratio_rate5m"]
                == #"sum(rate(http_requests_total{job="api",status=~"5.."}[5m])) / sum(rate(http_requests_total{job="api"}[5m]))"#
        )
        let stack = StackLowering.lower(
            Stack("scoped") {
                Service("api", scrape: .target("api:8080")) {
                    SLO("gateway", objective: 99%) { Availability(PrometheusServerMetrics.up.job("gateway")) }
                }
            })
        guard case .availability(let gauge)? = stack.slos.first?.indicator.kind else {
            Issue.record("no availability SLO")
            return
        }
        #expect(gauge.description == #"up{job="gateway"}"#)
    }

    @Test("scope: .anyJob, and a service that is not scraped, read every job's series")
    func unscoped() {
        let spanning = Self.lowered(
            Service("api", scrape: .target("api:8080")) {
                F.requests
                SLO("availability", objective: 99.9%, scope: .anyJob) {
                    Ratio(errors: F.requests.where(.status, matches: "5.."), total: F.requests)
                }
            })
        let unscraped = Self.lowered(
            Service("api") {
                F.requests
                SLO("availability", objective: 99.9%) {
                    Ratio(errors: F.requests.where(.status, matches: "5.."), total: F.requests)
                }
            })
        let raw = #"sum(rate(http_requests_total{status=~"5.."}[5m])) / sum(rate(http_requests_total[5m]))"#
        #expect(spanning["slo:sli_error:ratio_rate5m"] == raw)
        #expect(unscraped["slo:sli_error:ratio_rate5m"] == raw)
    }
}

@Suite("SLOs: the no-data alert")
struct SLONoDataAlertTests {
    typealias F = SLOFixtures

    static func noData(_ stack: ResolvedStack) -> [ResolvedAlert] {
        stack.alerts.filter { $0.name.hasSuffix("SLONoData") }
    }

    @Test("counted events: none counted over the window, whether the counters are absent or idle; a ticket by default")
    func events() throws {
        let stack = F.lowered { F.availability }
        let alert = try #require(Self.noData(stack).first)
        #expect(alert.name == "AvailabilitySLONoData")
        #expect(alert.severity == .warning)
        #expect(alert.expression?.tree?.description == "(sum(increase(http_requests_total[30m])) or vector(0)) == 0")
        #expect(
            alert.labels.map { "\($0.name)=\($0.value)" } == [
                "service=api-slos", "severity=warning", "slo=availability",
            ])
        let tests = stack.alertTests.filter { $0.expectations.first?.alertName == alert.name }
        #expect(tests.map { $0.expectations[0].firing.count } == [1, 0])
        #expect(tests.map { $0.series.isEmpty } == [true, false])
    }

    @Test("gauges: no sample over the window; a page when asked, named after a custom burn alert")
    func gauges() throws {
        let stack = F.lowered {
            SLO(
                "up", objective: 99%, alertName: "BackendUpErrorBudgetBurn", noData: .page(after: .minutes(10))
            ) { Availability(PrometheusServerMetrics.up.job("backend")) }
        }
        let alert = try #require(Self.noData(stack).first)
        #expect(alert.name == "BackendUpSLONoData")
        #expect(alert.severity == .critical)
        #expect(
            alert.expression?.tree?.description == #"(count(last_over_time(up{job="backend"}[10m])) or vector(0)) == 0"#
        )
    }

    @Test("a hand-written error ratio: no number recorded over its shortest window")
    func handWritten() throws {
        let stack = F.lowered {
            SLO("raw", objective: 99%) {
                ErrorRatio { window in
                    PromQL(
                        "sum(rate(http_requests_total{status=\"500\"}[\(window)])) / sum(rate(http_requests_total[\(window)]))"
                    )
                }
            }
        }
        let alert = try #require(Self.noData(stack).first)
        #expect(
            alert.expression?.tree?.description
                == #"(count(last_over_time(slo:sli_error:ratio_rate5m{service="api-slos",slo="raw"}[30m]) >= 0) or vector(0)) == 0"#
        )
    }
}
