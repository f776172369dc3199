import Testing
import VigilBackends
import VigilCompiler
import VigilDSL
import VigilModel

@Suite("Validation: dashboards")
struct DashboardValidationTests {
    typealias F = DashboardFixtures

    @Test("the fixture dashboards have no diagnostics")
    func valid() throws {
        #expect(try Fixtures.diagnostics([F.shop]).isEmpty)
    }

    @Test("unknown-metric and unknown-label in a panel query, naming the panel")
    func unknownMetricAndLabel() throws {
        let diagnostics = try F.diagnostics {
            Dashboard("D") {
                TimeSeries("Typo") { PromQL("rate(http_request_total[5m])") }
                TimeSeries("Label") { PromQL(#"rate(http_requests_total{route="/"}[5m])"#) }
            }
        }
        #expect(diagnostics.map(\.id) == ["unknown-metric", "unknown-label"])
        #expect(diagnostics[0].message.hasPrefix("panel 'Typo': metric 'http_request_total'"))
        #expect(diagnostics[0].hint == "did you mean 'http_requests_total'?")
    }

    @Test("unknown-label in a query variable's label_values")
    func variableLabel() throws {
        let ids = try F.ids {
            Dashboard("D") {
                Variable("route", .queryResult(PromQL("sum by (route) (rate(http_requests_total[5m]))")))
                Variable("job", .labelValues(.job, of: F.inFlight))
            }
        }
        #expect(ids == ["unknown-label"])
    }

    @Test("promql-syntax and invalid-query-type")
    func syntaxAndType() throws {
        let ids = try F.ids {
            Dashboard("D") {
                TimeSeries("Broken") { PromQL("sum(rate(http_requests_total[5m])") }
                TimeSeries("Range") { PromQL("http_requests_total[5m]") }
            }
        }
        #expect(ids == ["promql-syntax", "invalid-query-type"])
    }

    @Test("Grafana's own variables parse wherever PromQL takes a value")
    func builtInVariables() throws {
        let ids = try F.ids {
            Dashboard("D") {
                Variable("handler", .labelValues(.handler, of: F.requests))
                TimeSeries("Rates") {
                    PromQL(
                        #"sum(rate(http_requests_total{handler=~"$handler"}[$__rate_interval] offset $__interval)) > ${__range_s}"#
                    )
                    PromQL(#"max_over_time(rate(http_requests_total[5m])[$__range:$__interval])"#)
                    PromQL(#"label_replace(rate(http_requests_total[5m]), "h", "$1", "handler", "(.*)")"#)
                }
            }
        }
        #expect(ids.isEmpty)
    }

    @Test("legend-unknown-label: a legend may name only labels the query keeps")
    func legend() throws {
        let diagnostics = try F.diagnostics {
            Dashboard("D") {
                TimeSeries("Requests") { sum(rate(F.requests, over: .minutes(5)), by: [.method]) }
                    .legendFormat("{{method}} {{handlr}}")
            }
        }
        #expect(diagnostics.map(\.id) == ["legend-unknown-label"])
        #expect(diagnostics[0].hint == "did you mean 'handler'?" || diagnostics[0].hint == "it keeps method")
    }

    @Test("undeclared-variable, in queries and variables, with a suggestion")
    func undeclaredVariable() throws {
        let diagnostics = try F.diagnostics {
            Dashboard("D") {
                Variable("handler", .labelValues(.handler, of: F.requests.where(.method, equals: "$methd")))
                TimeSeries("Requests") { sum(rate(F.requests.where(.handler, matches: "$handlr"), over: .minutes(5))) }
                TimeSeries("Rate") { PromQL("sum(rate(http_requests_total[$interval]))") }
            }
        }
        #expect(diagnostics.map(\.id) == ["undeclared-variable", "undeclared-variable", "undeclared-variable"])
        #expect(diagnostics.map(\.hint).contains("did you mean 'handler'?"))
        #expect(diagnostics.map(\.hint).contains("did you mean '__interval'?"))
        #expect(diagnostics[0].message == "variable 'handler' uses $methd, which dashboard 'D' does not declare")
    }

    @Test("undeclared-variable is located at the query that uses it, not at its panel")
    func undeclaredVariableLocation() throws {
        let line = #line + 4
        let diagnostics = try F.diagnostics {
            Dashboard("D") {
                TimeSeries("Requests") {
                    sum(rate(F.requests.where(.handler, matches: "$handlr"), over: .minutes(5)))
                    PromQL("sum(rate(http_requests_total{handler=~\"$hndlr\"}[5m]))")
                }
            }
        }
        #expect(diagnostics.map(\.id) == ["undeclared-variable", "undeclared-variable"])
        #expect(diagnostics.map(\.location.line) == [line, line + 1])
    }

    @Test("duplicate-variable, invalid-variable-name and empty-variable")
    func variableDeclarations() throws {
        let ids = try F.ids {
            Dashboard("D") {
                Variable("env", .custom(["prod"]))
                Variable("env", .custom(["staging"]))
                Variable("__mine", .constant("x"))
                Variable("nothing", .interval([]))
            }
        }
        #expect(ids == ["duplicate-variable", "invalid-variable-name", "empty-variable"])
    }

    @Test("duplicate-dashboard: two dashboards with one title in one folder")
    func duplicateDashboard() throws {
        let ids = try F.ids {
            Dashboard("Overview") { Stat("Up") { F.inFlight } }
            Dashboard("Overview") { Stat("Up") { F.inFlight } }
            Dashboard("Overview", folder: "Other") { Stat("Up") { F.inFlight } }
        }
        #expect(ids == ["duplicate-dashboard"])
    }

    @Test("duplicate-dashboard-uid and invalid-dashboard-uid")
    func uids() throws {
        let ids = try F.ids {
            Dashboard("A b") { Stat("Up") { F.inFlight } }
            Dashboard("A-b") { Stat("Up") { F.inFlight } }
            Dashboard("C", uid: "not/valid") { Stat("Up") { F.inFlight } }
        }
        #expect(ids == ["duplicate-dashboard-uid", "invalid-dashboard-uid"])
    }

    @Test("invalid-folder")
    func folders() throws {
        let ids = try F.ids {
            Dashboard("A", folder: "a/b") { Stat("Up") { F.inFlight } }
            Dashboard("B", folder: ".hidden") { Stat("Up") { F.inFlight } }
        }
        #expect(ids == ["invalid-folder", "invalid-folder"])
    }

    @Test("panel-size: a panel wider than 24 or not high at all")
    func panelSize() throws {
        let diagnostics = try F.diagnostics {
            Dashboard("D") {
                Stat("Wide") { F.inFlight }.size(width: 25)
                Stat("Flat") { F.inFlight }.size(height: 0)
            }
        }
        #expect(diagnostics.map(\.id) == ["panel-size", "panel-size"])
        #expect(diagnostics[0].message == "panel 'Wide' is 25 columns wide; Grafana's grid has 1 to 24")
    }

    @Test("panel-after-row: Grafana would move the panel into the row before it")
    func panelAfterRow() throws {
        let ids = try F.ids {
            Dashboard("D") {
                Stat("First") { F.inFlight }
                Row("R") { Stat("In row") { F.inFlight } }
                Stat("After") { F.inFlight }
            }
        }
        #expect(ids == ["panel-after-row"])
    }

    @Test("missing-datasource: a logs panel in a stack without Loki")
    func missingDatasource() throws {
        let diagnostics = try F.diagnostics {
            Dashboard("D") {
                Logs("Errors", query: #"{job="api"} |= "error""#)
                Variable("logs", .datasource(.loki))
            }
        }
        #expect(diagnostics.map(\.id) == ["missing-datasource", "missing-datasource"])
        #expect(diagnostics[0].hint == "the stack provisions Prometheus")
    }

    @Test("thresholds-not-ascending, min-above-max and invalid-color")
    func fieldValues() throws {
        let ids = try F.ids {
            Dashboard("D") {
                Stat("Steps") { F.inFlight }.thresholds(Thresholds(.green, .at(90, .red), .at(80, .orange)))
                GaugePanel("Range") { F.inFlight }.min(100).max(10)
                Stat("Colour") { F.inFlight }.override(.name("x"), .color(.hex("#12345")))
            }
        }
        #expect(ids == ["thresholds-not-ascending", "min-above-max", "invalid-color"])
    }

    @Test("empty-panel and refresh-too-fast are warnings")
    func warnings() throws {
        let diagnostics = try F.diagnostics {
            Dashboard("D", refresh: .seconds(1)) {
                TimeSeries("Nothing") {}
            }
        }
        #expect(diagnostics.map(\.id) == ["refresh-too-fast", "empty-panel"])
        #expect(diagnostics.allSatisfy { $0.severity == .warning })
    }
}
