import Testing
import VigilDSL

@testable import VigilBackends
@testable import VigilCompiler
@testable import VigilModel

@Suite("The stack README's catalogue")
struct ReadmeCatalogueTests {
    enum HTTP: String, LabelKey { case status, handler }
    static let requests = Counter<HTTP>("http_requests_total", help: "Requests | by status.")
    static let latency = Histogram<HTTP>(
        "http_request_duration_seconds", help: "Latency.", unit: .seconds, buckets: [0.1, 0.5, 1])
    static let pager = Receiver("pager", .pagerDuty(routingKey: .secret("pagerduty_key")))
    static let chat = Receiver("chat", .slack(channel: "#ops", webhook: .secret("slack_url")))

    static let api = Service("api", scrape: .target("api:8080", labels: ["team": "shop"])) {
        requests
        latency
        ProcessMetrics.all
        Alert("ClientErrors", severity: .warning, for: .minutes(10)) {
            PromQL(#"sum(rate(http_requests_total{status=~"4..|5.."}[5m])) > 1"#)
        } annotations: {
            AlertSummary("4xx | 5xx responses")
            Runbook("https://runbooks.example.com/client errors")
        }
        Record("job:http_requests:rate5m") {
            PromQL(#"sum by (job) (rate(http_requests_total{status=~"2..|3.."}[5m]))"#)
        }
        SLO("availability", objective: 99.9%) {
            Ratio(errors: requests.where(.status, matches: "5.."), total: requests, by: [.handler])
        }
    }

    static let stack = Stack("shop") {
        api
        Alertmanager(defaultReceiver: chat) {
            Route(.label("severity", matches: "critical|page"), to: pager, continue: true, groupBy: [.alertname]) {
                Route(.label("team", equals: #"sh"op"#), to: chat, repeatInterval: .hours(4))
            }
            Route(.severity(.warning), to: chat)
            Expect([.severity: "critical", .alertname: "X"], routesTo: pager)
        }
        Dashboard("Shop | Overview") {
            Row("Traffic") {
                TimeSeries("Requests", unit: .requestsPerSecond) { sum(rate(requests, over: .minutes(5))) }
            }
        }
    }

    static let readme: String = {
        (try? ReadmeEmitter().emit(StackLowering.lower(stack)).first?.contents) ?? ""
    }()

    static func section(_ heading: String) -> [String] {
        ReadmeEmitterTests.section(heading, of: readme)
    }

    @Test("scrape jobs: targets, path, scheme, interval and timeout (the stack's defaults), target labels")
    func scrapeJobs() {
        #expect(
            Self.section("## Scrape jobs").contains(
                "| `api` | `api:8080` | `/metrics` | http | 15s | 10s | `team=shop` |"))
    }

    @Test("metrics: the service's own in a table, pipes escaped; the exporter catalogue's folded away")
    func metrics() {
        let lines = Self.section("### api")
        #expect(
            lines.contains(#"| `http_requests_total` | counter | `status`, `handler` |  | Requests \| by status. |"#))
        #expect(
            lines.contains("| `http_request_duration_seconds` | histogram | `status`, `handler` | seconds | Latency. |")
        )
        #expect(
            lines.contains(
                "<details><summary>\(ProcessMetrics.all.count) metrics from Vigil's exporter catalogue</summary>"))
        #expect(lines.contains { $0.hasPrefix("| `process_cpu_seconds_total` | counter |") })
    }

    @Test("alerts: declared, SLO and self-monitoring ones, with summary, runbook and the receivers routing picks")
    func alerts() {
        let lines = Self.section("## Alerts")
        #expect(lines.contains("| alert | service | severity | for | summary | runbook | notifies |"))
        #expect(
            lines.contains(
                #"| `ClientErrors` | `api` | warning | 10m | 4xx \| 5xx responses | <https://runbooks.example.com/client%20errors> | `chat` |"#
            ))
        #expect(
            lines.contains {
                $0.hasPrefix("| `AvailabilityErrorBudgetBurn` | `api` | critical |") && $0.hasSuffix("| `pager` |")
            })
        #expect(
            lines.contains {
                $0.hasPrefix(
                    "| `TargetDown` | `prometheus` | warning | 5m | Target {{ $labels.job }}/{{ $labels.instance }} is down |"
                )
            })
    }

    @Test("without an Alertmanager, the alerts table has no receivers column and there is no routing section")
    func alertsWithoutRouting() throws {
        let readme = try ReadmeEmitter().emit(StackLowering.lower(Stack("shop") { Self.api })).first?.contents ?? ""
        #expect(
            ReadmeEmitterTests.section("## Alerts", of: readme).contains(
                "| alert | service | severity | for | summary | runbook |"))
        #expect(!readme.contains("## Alert routing"))
    }

    @Test("recording rules: the specs' own, query in a code span with its pipes escaped; the SLO's folded under it")
    func recordingRules() {
        #expect(
            Self.section("## Recording rules") == [
                "## Recording rules", "",
                "| series | service | labels | query |",
                "|---|---|---|---|",
                #"| `job:http_requests:rate5m` | `api` |  | `sum by (job) (rate(http_requests_total{status=~"2..\|3.."}[5m]))` |"#,
            ])
        #expect(
            Self.section("## SLOs").contains {
                $0.hasPrefix("| `slo:sli_error:ratio_rate5m` | `api-slo-availability` |")
            })
    }

    @Test("SLOs: objective, window, budget as share and time, the indicator with its grouping, every tier")
    func slos() {
        #expect(
            Self.section("## SLOs").contains(
                "| `availability` | `api` | 99.9% | 30d | 0.1% (43m12s) | errors: `http_requests_total{job=\"api\",status=~\"5..\"}` of"
                    + " `http_requests_total{job=\"api\"}`, per `handler` | `AvailabilityErrorBudgetBurn`: page (critical): 14.4× over 1h"
                    + " and 5m<br>page (critical): 6× over 6h and 30m<br>ticket (warning): 3× over 1d and 2h<br>ticket"
                    + " (warning): 1× over 3d and 6h |"))
    }

    @Test("dashboards: title escaped, folder, panel count and file, then the previews and the panels by row")
    func dashboards() {
        let lines = Self.section("## Dashboards")
        #expect(
            lines.contains {
                $0.hasPrefix(#"| Shop \| Overview | shop | 1 | `grafana/dashboards/shop/shop-shop-overview.json` |"#)
            })
        #expect(
            Self.readme.contains(
                "### Shop | Overview\n\n![The layout of Shop | Overview](grafana/previews/shop-shop-overview.svg)\n"
                    + "(PNG: [shop-shop-overview.png](grafana/previews/shop-shop-overview.png))\n\n"
                    + "- **Traffic**: Requests (timeseries)\n"))
    }

    @Test("routing: a node per route with matchers, receiver, grouping, timing and continue; edges in order")
    func routingDiagram() {
        let lines = Self.section("## Alert routing")
        let start = lines.firstIndex(of: "```mermaid") ?? 0
        #expect(
            Array(lines[start...].prefix(9)) == [
                "```mermaid",
                "flowchart LR",
                #"    route0["every alert<br>receiver: chat<br>group by: alertname, service<br>wait 30s, interval 5m, repeat 4h"]"#,
                #"    route1["severity=~#34;critical#124;page#34;<br>receiver: pager<br>group by: alertname<br>continue"]"#,
                ##"    route2["team=#34;sh\#34;op#34;<br>receiver: chat<br>repeat 4h"]"##,
                #"    route3["severity=#34;warning#34;<br>receiver: chat"]"#,
                "    route0 -->|1| route1",
                "    route1 -->|1| route2",
                "    route0 -->|2| route3",
            ])
    }

    @Test("routing: inhibitions and the written expectations as tables")
    func routingTables() {
        #expect(
            Self.section("### Inhibitions").last
                == "| `severity=\"critical\"` | `severity=\"warning\"` | `alertname`, `service` |")
        #expect(Self.section("### Routing expectations").last == "| `alertname=X`, `severity=critical` | `pager` |")
    }

    @Test("Mermaid labels write quotes, pipes, brackets, angle brackets, hashes and backticks as entity codes")
    func mermaidLabels() {
        #expect(
            Mermaid.label(#"a="b|c" <x> [y] {z} #1 `q` &"#)
                == "a=#34;b#124;c#34; #60;x#62; #91;y#93; #123;z#125; #35;1 #96;q#96; #38;")
        #expect(Mermaid.label("two\nlines") == "two lines")
    }
}
