import Testing
import VigilCore
import VigilModel

@testable import VigilImport

@Suite("import: Grafana dashboards")
struct DashboardImportTests {
    func plan() throws -> ImportPlan {
        try Importer(stackName: "Shop").plan(ruleFiles: [], dashboardFiles: [try Fixtures.dashboard])
    }

    func dashboard() throws -> ImportedDashboard { try #require(try plan().dashboards.first) }

    @Test("the dashboard's settings, rows and panels: a loose panel, an open row, a collapsed row with its panels")
    func layout() throws {
        let dashboard = try dashboard()
        #expect(dashboard.title == "Shop API")
        #expect(dashboard.uid == "shop-api")
        #expect(dashboard.folder == "shop")
        #expect(dashboard.tags == ["shop", "api"])
        #expect(dashboard.time == .last(.hours(24)))
        #expect(dashboard.refresh == .seconds(30))
        #expect(
            dashboard.links == [
                .url("Runbooks", "https://runbooks.example.com", tooltip: "How to fix it", opensInNewTab: true),
                .dashboards("Shop", tagged: ["shop"], asDropdown: true, includesVariables: true, keepsTime: true),
            ])
        let rows = dashboard.items.compactMap { item -> ImportedRow? in
            guard case .row(let row) = item else { return nil }
            return row
        }
        #expect(rows.map(\.title) == ["Traffic", "Details"])
        #expect(rows.map(\.collapsed) == [false, true])
        #expect(rows[0].items.compactMap(\.panel).map(\.title) == ["Requests", "Queue"])
        #expect(rows[1].items.compactMap(\.panel).count == 9)
        #expect(
            dashboard.panels.map { DashboardFidelity.kind(of: $0) } == [
                "stat", "timeseries", "timeseries", "table", "gauge", "bargauge", "piechart", "state-timeline",
                "histogram", "text", "heatmap", "timeseries",
            ])
    }

    /// The options of `panel`'s kind, when they are of type `T`.
    func options<T>(of panel: Panel) -> T? {
        switch panel.kind {
        case .stat(let options): options as? T
        case .heatmap(let options): options as? T
        case .text(let options): options as? T
        default: nil
        }
    }

    @Test("options, field options, overrides and queries are carried over")
    func panels() throws {
        let panels = try dashboard().panels
        let stat = panels[0]
        #expect(
            options(of: stat)
                == StatOptions(reduction: .mean, sparkline: false, colorMode: .background, textMode: .auto))
        #expect(stat.field.unit == .percentUnit)
        #expect(stat.field.decimals == 2)
        #expect(stat.field.thresholds == Thresholds(.red, .at(0.99, .green)))
        #expect(stat.field.mappings == [.value("1", text: "Up", color: .green), .special(.null, text: "no data")])
        #expect(stat.queries.first?.instant == true)
        #expect(stat.width == 6 && stat.height == 4)
        let requests = panels[1]
        #expect(requests.description == "Requests per second by handler.")
        guard case .timeSeries(let series) = requests.kind else {
            Issue.record("Requests is not a time series")
            return
        }
        #expect(series.stacking == .normal && series.fillOpacity == 20 && series.tooltip == .all)
        #expect(series.legend == Legend.table(.mean, .max, placement: .right))
        #expect(requests.overrides == [Override(matcher: .name("errors"), properties: [.color(.red)])])
        #expect(requests.queries.map(\.legendFormat) == ["{{handler}}", "errors"])
        #expect(panels[4].field.min == 0 && panels[4].field.max == 100)
        #expect(options(of: panels[10]) == HeatmapOptions(scheme: .blues))
        #expect(panels[10].field.unit == .seconds)
        #expect(
            options(of: panels[9])
                == TextOptions(content: "Runbooks: [api](https://runbooks.example.com/api)", mode: .markdown))
    }

    @Test("variables of every kind Vigil has; others are left out")
    func variables() throws {
        let variables = try dashboard().variables
        #expect(variables.map(\.name) == ["handler", "env", "window", "ds", "team"])
        #expect(
            DashboardFidelity.signature(of: variables[0])
                == #"label_values(http_requests_total{job="api"}, handler), label Handler, multi true, all true, hidden false"#
        )
        #expect(DashboardFidelity.signature(of: variables[1]).hasPrefix(#"custom ["prod", "staging"]"#))
        #expect(DashboardFidelity.signature(of: variables[2]).hasPrefix("interval [1m, 5m, 1h] auto true"))
        #expect(DashboardFidelity.signature(of: variables[3]).hasPrefix("datasource prometheus"))
        #expect(variables[4].hidden)
    }

    @Test("the report lists what is not carried over and what to review, at the input's lines")
    func report() throws {
        let messages = try plan().report.entries.map(\.description)
        let expected = [
            "api.json:5: not carried over: dashboard 'Shop API': annotation query `annotations.list` is not carried over",
            "api.json:37: not carried over: dashboard 'Shop API', panel 'Requests': `panel.transformations` is not carried over",
            "api.json:44: not carried over: dashboard 'Shop API', panel 'Requests': `options.fancyZoom` is not carried over",
            "api.json:39: not carried over: dashboard 'Shop API', panel 'Requests': `fieldConfig.defaults.custom.axisSoftMax` is not carried over",
            "api.json:41: not carried over: dashboard 'Shop API', panel 'Requests': override property `custom.lineStyle` is not carried over",
            "api.json:47: review: dashboard 'Shop API', panel 'Requests': query C becomes query B: Vigil numbers queries in order",
            "api.json:50: review: dashboard 'Shop API', panel 'Queue': the classic `graph` panel is imported as a `timeseries` panel",
            "api.json:23: review: dashboard 'Shop API', panel 'Availability': colour `dark-green` is imported as green",
            "api.json:71: not carried over: dashboard 'Shop API', panel 'Alerts': panel type `alertlist` has no Vigil panel; it is not carried over",
            "api.json:85: not carried over: dashboard 'Shop API', variable 'search': a `textbox` variable is not carried over",
        ]
        for message in expected { #expect(messages.contains(message), "\(message)") }
        #expect(
            messages.contains {
                $0.hasPrefix(
                    "api.json:70: review: dashboard 'Shop API', panel 'Queue heat': the heatmap is imported as a time series"
                )
            })
    }

    @Test("metrics are inferred from the queries, variables and legends of dashboards")
    func metrics() throws {
        let plan = try plan()
        #expect(plan.services.map(\.name) == ["shop"])
        let metrics = Dictionary(uniqueKeysWithValues: plan.services[0].metrics.map { ($0.name, $0) })
        #expect(metrics["http_request_duration_seconds"]?.kind == .histogram)
        #expect(metrics["http_request_duration_seconds"]?.kindReason.contains("summed by `le`") == true)
        #expect(metrics["http_requests_total"]?.kind == .counter)
        #expect(Set(metrics["http_requests_total"]?.labels.keys ?? [:].keys) == ["handler", "status"])
        #expect(
            metrics["db_pool_connections"]?.labels["pool"] == "legend format of dashboard 'Shop API', panel 'Pools'")
        #expect(metrics["worker_queue_length"]?.kind == .gauge)
        #expect(metrics["worker_queue_length"]?.isUncertain == true)
    }

    @Test("the Swift: panel types with their options, queries, modifiers, rows, variables and notes as comments")
    func swift() throws {
        let plan = try plan()
        #expect(plan.files.map(\.name) == ["Shop.swift", "Shop+Metrics.swift", "Shop+Dashboards.swift"])
        #expect(plan.files[0].text.contains("        shopAPIDashboard\n"))
        #expect(!plan.files[0].text.contains("shopRules"))
        let text = plan.files[2].text
        let expected = [
            #"static let shopAPIDashboard = Dashboard("#,
            #""Shop API", folder: "shop", uid: "shop-api", tags: ["shop", "api"], time: .last(.days(1)), refresh: .seconds(30), links: [.url("Runbooks", "https://runbooks.example.com", tooltip: "How to fix it", opensInNewTab: true), .dashboards("Shop", tagged: ["shop"], asDropdown: true, includesVariables: true, keepsTime: true)]) {"#,
            #"Variable("handler", .labelValues(label: "handler", of: PromQLVectorSelector(name: "http_requests_total", matchers: [PromQLLabelMatcher("job", .equal, "api")])), label: "Handler", multi: true, includeAll: true)"#,
            #"Variable("window", .interval([.minutes(1), .minutes(5), .hours(1)], auto: true))"#,
            #"Variable("team", .constant("payments"), hidden: true)"#,
            #"Stat("Availability", unit: .percentUnit, reduction: .mean, sparkline: false, colorMode: .background) {"#,
            ##"Query(PromQL(#"avg(up{job="api"})"#), instant: true)"##,
            #".thresholds(Thresholds(.red, .at(0.99, .green)))"#,
            #".mappings(.value("1", text: "Up", color: .green), .special(.null, text: "no data"))"#,
            #"Row("Details", collapsed: true) {"#,
            #"TimeSeries("Requests", unit: .requestsPerSecond, stacking: .normal, fillOpacity: 20, legend: .table(.mean, .max, placement: .right)) {"#,
            #".override(.name("errors"), .color(.red))"#,
            #"Heatmap("Latency", httpRequestDurationSeconds.job("api"), unit: .seconds, scheme: .blues)"#,
            #"BarGauge("Pools", style: .lcd, orientation: .vertical) {"#,
            #"PieChart("Status", style: .donut, labels: [.name, .percent]) {"#,
            #"HistogramPanel("Queue spread", bucketCount: 20, combinesSeries: true) {"#,
            "// api.json:71: dashboard 'Shop API', panel 'Alerts': panel type `alertlist` has no Vigil panel",
            "// api.json:5: dashboard 'Shop API': annotation query `annotations.list` is not carried over",
            "// api.json:85: dashboard 'Shop API', variable 'search': a `textbox` variable is not carried over",
            ".size(width: 6, height: 4)",
        ]
        for line in expected { #expect(text.contains(line), "\(line)") }
    }

    @Test("the generated dashboards equal the input: panels, kinds, units, queries by tree, variables")
    func fidelity() throws {
        let fidelity = try DashboardFidelity(plan: try plan())
        #expect(fidelity.comparedDashboards == 1)
        #expect(fidelity.comparedPanels == 12)
        #expect(fidelity.mismatches.isEmpty, "\(fidelity.mismatches)")
    }

    @Test("a plan that changed a panel of the input is caught, at the input panel")
    func fidelityCatchesChanges() throws {
        var plan = try plan()
        // The last item is the collapsed row "Details", whose first panel is the table "Top handlers".
        let last = plan.dashboards[0].items.count - 1
        guard case .row(var row) = plan.dashboards[0].items[last], case .panel(var table) = row.items[0] else {
            Issue.record("the fixture's layout changed: \(plan.dashboards[0].items)")
            return
        }
        table.title = "Top routes"
        table.field.unit = .bytes
        table.queries = [
            Query(
                expression: .raw(PromQL("topk(3, sum by (handler) (rate(http_requests_total[5m])))")),
                legendFormat: nil, instant: true, location: table.location)
        ]
        row.items[0] = .panel(table)
        let input = plan.dashboards
        plan.dashboards[0].items[last] = .row(row)
        let messages = try DashboardFidelity(input: input, plan: plan).mismatches.map(\.description)
        let prefix = "api.json:62: dashboard 'Shop API', panel 'Top handlers': "
        #expect(messages.count == 3, "\(messages)")
        #expect(messages.contains(prefix + "generated with title 'Top routes'"))
        #expect(messages.contains(prefix + "unit differs: generated bytes, input none"))
        #expect(messages.contains { $0.hasPrefix(prefix + "query A differs: generated `topk(3,") })
    }

    @Test("bad input is a located error: invalid JSON, not a dashboard, invalid PromQL")
    func badInput() throws {
        let cases: [(text: String, expected: String)] = [
            (
                "{\n  \"title\": \"Broken\",\n  \"panels\": [ { \"type\": \"stat\", } ]\n}\n",
                "broken.json:3: error: invalid JSON"
            ),
            (
                "{\n  \"apiVersion\": \"v1\",\n  \"kind\": \"ConfigMap\"\n}\n",
                "broken.json:1: error: not a Grafana dashboard"
            ),
            (
                "{\n  \"title\": \"Old\",\n  \"rows\": []\n}\n",
                "broken.json:1: error: not a Grafana dashboard: a dashboard is a JSON object with a `title` and `panels`\n  hint: this is the schema before Grafana 5"
            ),
            (
                "{\n  \"title\": \"Bad query\",\n  \"panels\": [\n    { \"type\": \"stat\", \"title\": \"X\",\n      \"targets\": [\n        { \"expr\": \"sum(rate(x[5m])\", \"refId\": \"A\" }\n      ] }\n  ]\n}\n",
                "broken.json:6: error: invalid PromQL in dashboard 'Bad query', panel 'X'"
            ),
        ]
        for (text, expected) in cases {
            #expect(throws: ImportError.self) {
                try Importer(stackName: "Shop").plan(ruleFiles: [], dashboardFiles: [("broken.json", text, nil)])
            }
            do {
                _ = try Importer(stackName: "Shop").plan(ruleFiles: [], dashboardFiles: [("broken.json", text, nil)])
            } catch {
                #expect(error.description.hasPrefix(expected), "\(error.description)")
            }
        }
    }

    @Test("a logs panel keeps its LogQL, and the stack deploys Loki for it, which the report says")
    func logs() throws {
        let text = """
            {
              "title": "Logs",
              "panels": [
                { "type": "logs", "title": "Errors", "options": { "showTime": true, "wrapLogMessage": true },
                  "targets": [ { "expr": "{job=\\"api\\"} |= \\"error\\"", "refId": "A" } ] }
              ]
            }
            """
        let plan = try Importer(stackName: "Shop").plan(ruleFiles: [], dashboardFiles: [("logs.json", text, nil)])
        let panel = try #require(plan.dashboards.first?.panels.first)
        guard case .logs(let options) = panel.kind else {
            Issue.record("not a logs panel: \(panel.kind)")
            return
        }
        #expect(options.query == #"{job="api"} |= "error""#)
        #expect(options.showsTime && options.wrapsLines && options.newestFirst)
        #expect(plan.files[0].text.contains("        Loki()\n"))
        #expect(plan.files.last?.text.contains(##"Logs("Errors", query: #"{job="api"} |= "error""#)"##) == true)
        let messages = plan.report.entries.map(\.description)
        #expect(messages.contains { $0.hasPrefix("logs.json:4: review: logs panel 'Errors': the stack deploys Loki") })
        #expect(!messages.contains { $0.contains("missing-datasource") }, "\(messages)")
        #expect(try DashboardFidelity(plan: plan).mismatches.isEmpty)
    }

    @Test("JSON is read with its lines, escapes and numbers")
    func json() throws {
        var reader = JSONReader(text: "{\n  \"a\": [1, -2.5e1, true, null],\n  \"b\": \"x\\n\\u00e9\\ud83d\\ude00\"\n}")
        let node = try reader.read()
        #expect(node["a"]?.line == 2)
        #expect(node["a"]?.elements.map(\.number) == [1, -25, nil, nil])
        #expect(node["a"]?.elements[2].bool == true)
        #expect(node["b"]?.string == "x\né😀")
        #expect(node["b"]?.line == 3)
        var trailing = JSONReader(text: "{} x")
        #expect(throws: JSONReader.SyntaxError.self) { try trailing.read() }
    }
}
