/// Every kind of diagnostic Vigil reports, by id: its severity, the rule it reports broken and a spec line that
/// breaks it. `docs/diagnostics.md` is rendered from it (``markdown``) and `specs explain <id>` prints one.
///
/// A test keeps it complete: every id the compiler's sources pass to a diagnostic is listed here with the
/// severity it is reported with, each listed id is still reported somewhere, and each has a test that gets it.
public enum DiagnosticCatalogue {
    /// The kinds, sorted by id.
    public static let kinds: [DiagnosticKind] = [
        DiagnosticKind(
            "alert-routes-to-null", .warning,
            explanation: "An alert can only reach receivers without integrations, so it notifies no one.",
            example: #"Route(.severity(.info), to: Receiver("null"))  // and an alert of severity info"#),
        DiagnosticKind(
            "alertmanager-cluster-too-small", .error,
            explanation:
                "An Alertmanager cluster is declared with fewer than two peers: it gains nothing over a single "
                + "Alertmanager and loses everything with its one peer.",
            example: #"Alertmanager(defaultReceiver: slack, cluster: AlertmanagerCluster(peers: 1))"#),
        DiagnosticKind(
            "coarse-test-input", .error,
            explanation:
                "An alert test samples its input so coarsely that the alert's rate() or increase() range holds "
                + "a single sample, and returns nothing on Prometheus 3.",
            example:
                #"AlertTest("failing jobs", interval: .minutes(5)) { ... }  // for rate(failures, over: .minutes(5))"#
        ),
        DiagnosticKind(
            "conflicting-metric", .error,
            explanation:
                "One series name is declared as two kinds of metric, or as a series a histogram or summary "
                + "already exports (`_bucket`, `_count`, `_sum`).",
            example: #"Counter<NoLabels>("latency_seconds_count", help: "x")  // beside Histogram "latency_seconds""#
        ),
        DiagnosticKind(
            "copied-alert", .error,
            explanation:
                "Two services have an alert with the same name and query, so both watch the same series and fire "
                + "together; a copied service should select its own job's series.",
            example: #"Alert("QueueBacklog", severity: .warning) { PromQL("jobs_queued > 100") }  // in two services"#
        ),
        DiagnosticKind(
            "correction-unchanged", .error,
            explanation: "A correction's corrected query is the document's original query, spacing aside.",
            example:
                #"Correction("rate", original: "rate(http_requests_total[5m])", corrected: rate(requests, over: .minutes(5)), reason: "r")"#
        ),
        DiagnosticKind(
            "counter-name-suffix", .warning,
            explanation: "A counter's name does not end in `_total`, as Prometheus names counters.",
            example: #"Counter<NoLabels>("http_requests", help: "Requests.")"#),
        DiagnosticKind(
            "credential-in-url", .error,
            explanation:
                "A URL or address carries a password, token or key, which would be written into generated/ "
                + "and git; name a secret instead.",
            example: #"Receiver("hook", .webhook(url: "https://bot:SECRET@alerts.example.com/hook"))"#),
        DiagnosticKind(
            "duplicate-alert", .error,
            explanation: "Two alerts have the same name and the same labels, so Prometheus cannot tell them apart.",
            example:
                #"Alert("Busy", severity: .warning) { queue > 1 }; Alert("Busy", severity: .warning) { queue > 2 }"#
        ),
        DiagnosticKind(
            "duplicate-alertmanager", .error,
            explanation: "A stack declares a second Alertmanager; a stack runs one, with one routing tree.",
            example:
                "Stack(\"shop\") { Alertmanager(defaultReceiver: chat); Alertmanager(defaultReceiver: pager) }"),
        DiagnosticKind(
            "duplicate-component", .error,
            explanation: "A stack declares a second Grafana, Loki or tracing backend; it runs one of each.",
            example: "Stack(\"shop\") { Grafana(); Grafana(port: 3001) }"),
        DiagnosticKind(
            "duplicate-dashboard", .error,
            explanation: "Two dashboards have the same title in the same folder.",
            example: #"Dashboard("Overview") { ... }; Dashboard("Overview") { ... }"#),
        DiagnosticKind(
            "duplicate-dashboard-uid", .error,
            explanation:
                "Two dashboards have the same uid, written or derived from their titles, so Grafana keeps only one.",
            example: #"Dashboard("A b") { ... }; Dashboard("A-b") { ... }"#),
        DiagnosticKind(
            "duplicate-host-port", .error,
            explanation: "Two containers publish the same port on the host.",
            example: "Grafana(port: 9090)  // Prometheus publishes 9090"),
        DiagnosticKind(
            "duplicate-job", .error,
            explanation:
                "Two scrape jobs have the same name, or a service takes the name of the stack's own Prometheus "
                + "job; job names label every series and must be unique.",
            example: #"Service("api", scrape: .target("api:8080")); Service("api", scrape: .target("api:8081"))"#),
        DiagnosticKind(
            "duplicate-receiver", .error,
            explanation: "Two different receivers have the same name.",
            example:
                ##"Receiver("chat", .slack(channel: "#ops", ...)); Receiver("chat", .slack(channel: "#other", ...))"##
        ),
        DiagnosticKind(
            "duplicate-recording-rule", .error,
            explanation: "Two recording rules have the same name and the same labels.",
            example: #"Record("job:http_requests:rate5m") { ... }  // declared twice"#),
        DiagnosticKind(
            "duplicate-remote-exporter", .error,
            explanation: "A remote host runs two exporters on one port, such as two node-exporters.",
            example: #"RemoteHost("db-1", address: "10.0.0.12") { NodeExporter(); NodeExporter(job: "node-2") }"#),
        DiagnosticKind(
            "duplicate-remote-host", .error,
            explanation: "Two remote hosts of a stack have the same name, the folder of their compose file.",
            example:
                #"RemoteHost("db-1", address: "10.0.0.12") { ... }; RemoteHost("db-1", address: "10.0.0.13") { ... }"#),
        DiagnosticKind(
            "duplicate-remote-write", .error,
            explanation: "Two remote writes of a stack have the same name, which Prometheus refuses.",
            example: #"Prometheus(remoteWrite: [.victoriaMetrics(url: a), .victoriaMetrics(url: b)])"#),
        DiagnosticKind(
            "duplicate-scrape-target", .error,
            explanation:
                "Two jobs scrape the same target and path, so its series would be stored twice, under both jobs.",
            example:
                #"Service("api-copy", scrape: .target("api:8080"))  // beside Service("api", scrape: .target("api:8080"))"#
        ),
        DiagnosticKind(
            "duplicate-slo", .error,
            explanation: "A service declares two SLOs with the same name.",
            example: #"SLO("fast", objective: 95%) { ... }; SLO("fast", objective: 99%) { ... }"#),
        DiagnosticKind(
            "duplicate-stack", .error,
            explanation: "Two stacks have the same name, so both would write the same generated/ folder.",
            example: #"Stack("shop") { ... }; Stack("shop") { ... }"#),
        DiagnosticKind(
            "duplicate-target", .warning,
            explanation: "A job lists the same target twice; each copy would be scraped and their series collide.",
            example: #"Service("api", scrape: .targets(["api:8080", "api:8080"]))"#),
        DiagnosticKind(
            "duplicate-time-interval", .error,
            explanation: "Two different schedules (time intervals) have the same name.",
            example: #"Schedule("weekend") { ... }  // two different schedules named weekend"#),
        DiagnosticKind(
            "duplicate-variable", .error,
            explanation: "A dashboard declares two variables with the same name.",
            example: #"Variable("env", .custom(["prod"])); Variable("env", .custom(["staging"]))"#),
        DiagnosticKind(
            "empty-note", .error,
            explanation: "A note for the stack's README has no text.",
            example: #"Note("  ")"#),
        DiagnosticKind(
            "empty-panel", .warning,
            explanation: "A panel has no query, so it shows nothing.",
            example: #"TimeSeries("Nothing") {}"#),
        DiagnosticKind(
            "empty-variable", .error,
            explanation: "A dashboard variable has no values to choose from.",
            example: #"Variable("window", .interval([]))"#),
        DiagnosticKind(
            "expected-label-dropped", .error,
            explanation:
                "An alert test expects a label the alert's query aggregates away and the alert does not set: the "
                + "alert never has it, so promtool fails the test.",
            example: #"Fires("QueueBacklog", labels: ["job": "worker"])  // for sum(jobs_queued) > 100"#),
        DiagnosticKind(
            "failed-routing-expectation", .error,
            explanation: "A routing expectation is not met: the routing tree sends the alert to other receivers.",
            example: #"Expect(["severity": "critical"], routesTo: chat)  // critical alerts are routed to pager"#),
        DiagnosticKind(
            "for-shorter-than-interval", .warning,
            explanation: "An alert's `for` is shorter than the evaluation interval, to which it rounds up.",
            example: #"Alert("Busy", severity: .warning, for: .seconds(5)) { queue > 1 }"#),
        DiagnosticKind(
            "histogram-without-le", .error,
            explanation: "A histogram function's input aggregates away the `le` label it needs.",
            example:
                #"PromQL("histogram_quantile(0.95, sum by (job) (rate(http_request_duration_seconds_bucket[5m])))")"#
        ),
        DiagnosticKind(
            "histogram-without-rate", .warning,
            explanation:
                "A histogram function reads raw bucket counters rather than their rate, so it measures "
                + "everything since the process started.",
            example: #"PromQL("histogram_quantile(0.95, http_request_duration_seconds_bucket) > 2")"#),
        DiagnosticKind(
            "incomplete-correction", .error,
            explanation: "A correction has an empty subject or an empty reason.",
            example: #"Correction(" ", original: "x", corrected: PromQL("vector(1)"), reason: "")"#),
        DiagnosticKind(
            "invalid-agent-forwarding", .error,
            explanation:
                "A remote host's Prometheus agent forwards to a URL that is not an http or https URL with a host.",
            example: #"RemoteHost("edge-1", address: "10.0.0.30", forwarding: .agent(url: "10.0.0.5:9090")) { ... }"#),
        DiagnosticKind(
            "invalid-alert-name", .error,
            explanation: "An alert's name is not a valid Prometheus name, [a-zA-Z_:][a-zA-Z0-9_:]*.",
            example: #"Alert("High Latency", severity: .warning) { ... }"#),
        DiagnosticKind(
            "invalid-bind-address", .error,
            explanation: "The stack's bind address is not an IPv4 or IPv6 address.",
            example: #"Stack("shop", bindAddress: "localhost") { ... }"#),
        DiagnosticKind(
            "invalid-buckets", .error,
            explanation: "A histogram's bucket bounds are not finite and strictly ascending.",
            example: #"Histogram<NoLabels>("job_duration_seconds", help: "x", buckets: [1, 0.5])"#),
        DiagnosticKind(
            "invalid-color", .error,
            explanation: "A panel uses a colour that is not #RGB, #RRGGBB or #RRGGBBAA.",
            example: ##"Stat("Up") { up }.override(.name("x"), .color(.hex("#12345")))"##),
        DiagnosticKind(
            "invalid-dashboard-uid", .error,
            explanation: "A dashboard's uid is not 1 to 40 of A-Z a-z 0-9 - _.",
            example: #"Dashboard("Overview", uid: "not/valid") { ... }"#),
        DiagnosticKind(
            "invalid-discovery", .error,
            explanation: "Service discovery lists nothing, or looks up DNS A or AAAA records without a port.",
            example:
                #"Service("db", scrape: .discovered(.dns(["db.example.com"], type: .a, port: nil, refresh: .seconds(30))))"#
        ),
        DiagnosticKind(
            "invalid-expression-type", .error,
            explanation: "An alert's expression is not an instant vector, such as a scalar.",
            example: #"Alert("A", severity: .warning) { PromQL("1 > bool 0") }"#),
        DiagnosticKind(
            "invalid-folder", .error,
            explanation: "A dashboard's folder name is empty, holds '/' or '\\', or starts with '.'.",
            example: #"Dashboard("Overview", folder: "a/b") { ... }"#),
        DiagnosticKind(
            "invalid-kubernetes-label", .error,
            explanation:
                "A label of the Kubernetes target (the operator's selector labels, a Service or pod selector) is not a "
                + "valid Kubernetes label: a name or value over 63 characters, or with characters other than "
                + "letters, digits, `-`, `_` and `.`.",
            example: #"Kubernetes(namespace: "shop", selectorLabels: ["release": "kube prometheus"])"#),
        DiagnosticKind(
            "invalid-kubernetes-name", .error,
            explanation:
                "An object of the Kubernetes target (a scraped service's monitor, a Secret, a deployed exporter's "
                + "Deployment and Service) would get a name that is not a DNS label: over 63 characters, "
                + "or with characters other than lowercase letters, digits and `-`.",
            example: #"Service("checkout_api", scrape: .target("api:8080").kubernetes(.staticTargets))"#),
        DiagnosticKind(
            "invalid-kubernetes-namespace", .error,
            explanation: "The Kubernetes namespace is not a DNS label.",
            example: #"Kubernetes(namespace: "Shop_Prod")"#),
        DiagnosticKind(
            "invalid-kubernetes-port-name", .error,
            explanation:
                "A Service's or container's port name is not an IANA service name: 1 to 15 lowercase letters, digits and `-`, "
                + "with a letter, and no `-` at either end or twice in a row.",
            example: #".kubernetes(.service(["app": "api"], port: "http_metrics"))"#),
        DiagnosticKind(
            "invalid-label-name", .error,
            explanation:
                "A label name (of a metric, target, rule, annotation, route, inhibition, expectation or relabeling "
                + "step) does not match [a-zA-Z_][a-zA-Z0-9_]*, or starts with the reserved '__'.",
            example: #"Alert("A", severity: .warning, labels: ["team-name": "web"]) { ... }"#),
        DiagnosticKind(
            "invalid-metric-name", .error,
            explanation: "A metric's name does not match [a-zA-Z_:][a-zA-Z0-9_:]*.",
            example: #"Gauge<NoLabels>("http-requests", help: "x")"#),
        DiagnosticKind(
            "invalid-metrics-path", .error,
            explanation: "A scrape job's metrics path does not start with '/'.",
            example: #"Service("api", scrape: .target("api:8080", path: "metrics"))"#),
        DiagnosticKind(
            "invalid-pack-override", .error,
            explanation:
                "An override of a rule pack (an exporter's, a service's process pack, the stack's Prometheus, "
                + "Alertmanager, Grafana, Loki, Alloy or tracing pack) cannot apply: a threshold for an alert that has none, a percentage outside 0 "
                + "to 100, a negative threshold or `for`, a threshold above what the alert's firing test can reach, "
                + "an alert both tuned and disabled, a disable without a reason, an exclusion that is not a regular "
                + "expression, an override of another pack's alert, or of an alert the stack does not deploy "
                + "(remote write alerts without remote write, cluster alerts without a cluster, the process pack "
                + "on a service without `ProcessMetrics.all`, the other tracing backend's alerts).",
            example: #"NodeExporter(pack: [.tune(.filesystemAlmostOutOfSpace, threshold: 150)])"#),
        DiagnosticKind(
            "invalid-quantiles", .error,
            explanation: "A summary's quantiles are not all strictly between 0 and 1.",
            example: #"Summary<NoLabels>("rpc_duration_seconds", help: "x", quantiles: [0.5, 99])"#),
        DiagnosticKind(
            "invalid-query", .error,
            explanation:
                "A PromQL fragment inside a built query does not parse, or does not have the type its place "
                + "needs.",
            example: #"Alert("A", severity: .warning) { (queue > 1).and(PromQL("queue_depth[5m]")) }"#),
        DiagnosticKind(
            "invalid-query-type", .error,
            explanation: "A panel or variable query returns a range vector rather than an instant vector or scalar.",
            example: #"TimeSeries("Requests") { PromQL("http_requests_total[5m]") }"#),
        DiagnosticKind(
            "invalid-receiver-url", .error,
            explanation: "A receiver's webhook, Jira or Rocket.Chat endpoint is not an absolute http or https URL.",
            example: #"Receiver("hook", .webhook(url: "hooks.shop.example/alerts"))"#),
        DiagnosticKind(
            "invalid-recording-rule-name", .error,
            explanation: "A recording rule's name is not a valid metric name.",
            example: #"Record("job-requests") { ... }"#),
        DiagnosticKind(
            "invalid-regex", .error,
            explanation:
                "A regular expression in a routing or inhibition matcher, or a relabeling step, does not compile "
                + "(as RE2).",
            example: #"Route(.label(.service, matches: "shop-(api"), to: pager)"#),
        DiagnosticKind(
            "invalid-relabel", .error,
            explanation:
                "A relabeling step lacks what its action needs: a target label, source labels, or a modulus "
                + "above zero.",
            example: #".relabeling([.hashMod("shard", from: ["__address__"], modulus: 0)])"#),
        DiagnosticKind(
            "invalid-remote-host", .error,
            explanation:
                "A remote host's name is not a folder name (letters, digits, '-', '_', '.'), or its address is not a "
                + "host name or IP address without a port.",
            example: #"RemoteHost("db-1", address: "10.0.0.12:22") { NodeExporter() }"#),
        DiagnosticKind(
            "invalid-remote-write-series", .error,
            explanation: "A remote write lists a raw series to send that is not a metric name.",
            example: #".victoriaMetrics(url: "http://vm:8428/api/v1/write", rawSeries: ["up{job}"])"#),
        DiagnosticKind(
            "invalid-remote-write-url", .error,
            explanation: "A remote write's URL is not an http or https URL with a host.",
            example: #".mimir(url: "mimir:9009/api/v1/push", tenant: "shop")"#),
        DiagnosticKind(
            "invalid-replica-count", .error,
            explanation: "Prometheus is declared with no replica (or a negative number of them).",
            example: #"Prometheus(replicas: 0)"#),
        DiagnosticKind(
            "invalid-rocketchat-channel", .error,
            explanation: "A Rocket.Chat receiver's channel is neither #channel nor @user.",
            example: #".rocketChat(server: "https://chat.shop.example", channel: "ops", token: ..., tokenID: ...)"#),
        DiagnosticKind(
            "invalid-schedule", .error,
            explanation:
                "A schedule has no periods, or a period has a time outside 00:00-24:00, a range that ends before "
                + "it starts, or a day of month that is not 1 to 31 or -1 to -31.",
            example: #"Schedule("never") {}"#),
        DiagnosticKind(
            "invalid-secret-name", .error,
            explanation: "A secret's name is not a plain file name of letters, digits, '.', '_' and '-'.",
            example: #".pagerDuty(routingKey: .secret("../pagerduty key"))"#),
        DiagnosticKind(
            "invalid-service-name", .error,
            explanation: "A service's name is not letters, digits, '.', '-' and '_', starting with a letter or digit.",
            example: #"Service("my api", scrape: .target("api:8080"))"#),
        DiagnosticKind(
            "invalid-stack-name", .error,
            explanation:
                "A stack's name is not lowercase letters, digits, '-' and '_', starting with a letter or digit; "
                + "it names a folder and a compose project.",
            example: #"Stack("Auto Deal") { ... }"#),
        DiagnosticKind(
            "invalid-target", .error,
            explanation: "A scrape target is not a host:port address (no scheme, no path, a port up to 65535).",
            example: #"Service("api", scrape: .target("http://api:8080"))"#),
        DiagnosticKind(
            "invalid-telegram-chat", .error,
            explanation: "A Telegram receiver sends to chat 0, or to a topic that is not positive.",
            example: #".telegram(chat: 0, botToken: .secret("telegram_bot_token"))"#),
        DiagnosticKind(
            "invalid-test-series", .error,
            explanation: "An alert test's input series is not a metric name with '=' matchers only.",
            example: ##"InputSeries(#"queue_depth{job=~"w.*"}"#, values: .constant(20, steps: 5))"##),
        DiagnosticKind(
            "invalid-variable-name", .error,
            explanation:
                "A dashboard variable's name does not match [a-zA-Z_][a-zA-Z0-9_]*, or starts with '__', which "
                + "Grafana reserves.",
            example: #"Variable("__mine", .constant("x"))"#),
        DiagnosticKind(
            "legend-unknown-label", .error,
            explanation: "A panel's legend format names a label its query does not keep.",
            example:
                #"TimeSeries("Requests") { sum(rate(requests, over: .minutes(5)), by: [.method]) }.legendFormat("{{handler}}")"#
        ),
        DiagnosticKind(
            "min-above-max", .error,
            explanation: "A panel's minimum is not below its maximum.",
            example: #"GaugePanel("Range") { inFlight }.min(100).max(10)"#),
        DiagnosticKind(
            "misplaced-tenant-header", .error,
            explanation:
                "A remote write sets a tenant header by hand: one its engine does not read, so every tenant's "
                + "samples land in one, or its own engine's, beside the preset's tenant.",
            example: #".victoriaMetrics(url: "http://vm:8428/api/v1/write", headers: ["X-Scope-OrgID": "shop"])"#),
        DiagnosticKind(
            "missing-datasource", .error,
            explanation: "A panel or variable needs a data source (Loki, Tempo, ...) that the stack does not deploy.",
            example: ##"Logs("Errors", query: #"{job="api"} |= "error""#)  // in a stack without Loki"##),
        DiagnosticKind(
            "missing-jira-field", .error,
            explanation: "A Jira receiver has no project or no issue type.",
            example: #".jira(apiURL: "https://shop.atlassian.net/rest/api/2", project: "", issueType: "Bug", ...)"#),
        DiagnosticKind(
            "missing-kubernetes-selector", .error,
            explanation:
                "A service is scraped in a stack generated for Kubernetes but does not say how the cluster finds "
                + "it: a Service or pod selector and port name, or its static addresses.",
            example:
                #"Service("api", scrape: .target("api:8080"))  // in Stack("shop", kubernetes: Kubernetes(namespace: "shop"))"#
        ),
        DiagnosticKind(
            "missing-template", .error,
            explanation: "A component's configuration template is missing from templates/.",
            example: "Tracing(.tempo)  // with templates/tempo/tempo.yml deleted"),
        DiagnosticKind(
            "negative-duration", .error,
            explanation: "An alert's `for` or `keepFiringFor` is negative.",
            example: #"Alert("Busy", severity: .warning, for: .minutes(-15)) { queue > 1 }"#),
        DiagnosticKind(
            "no-scrape-targets", .error,
            explanation: "A scraped service lists no targets.",
            example: #"Service("api", scrape: .targets([]))"#),
        DiagnosticKind(
            "non-base-unit", .warning,
            explanation:
                "A metric's name carries a unit other than the base unit Prometheus recommends (`_ms` rather "
                + "than `_seconds`) without declaring it.",
            example: #"Gauge<NoLabels>("request_latency_ms", help: "x")"#),
        DiagnosticKind(
            "nonpositive-duration", .error,
            explanation:
                "An interval, timeout or retention (of Prometheus, a scrape job or a route) is not above zero, or "
                + "a route's group wait is negative.",
            example: #"Service("api", scrape: .target("api:8080", interval: .seconds(0)))"#),
        DiagnosticKind(
            "panel-after-row", .error,
            explanation: "A panel follows a row outside it, so Grafana would show it inside that row.",
            example: #"Row("Details") { ... }; Stat("After") { inFlight }"#),
        DiagnosticKind(
            "panel-size", .error,
            explanation: "A panel is not 1 to 24 columns wide, or less than 1 row high.",
            example: #"Stat("Wide") { inFlight }.size(width: 25)"#),
        DiagnosticKind(
            "peer-timeout-too-long", .error,
            explanation:
                "The last peer of an Alertmanager cluster waits (peers - 1) × the peer timeout before it notifies; "
                + "when that reaches a route's group interval, the peer sends the route's notifications a second time.",
            example: #"AlertmanagerCluster(peers: 3)  // 2 × 15 s, with groupInterval: .seconds(10)"#),
        DiagnosticKind(
            "promql-syntax", .error,
            explanation: "A PromQL query written as text does not parse.",
            example: #"PromQL("sum(rate(http_requests_total[5m]) > 1")"#),
        DiagnosticKind(
            "public-bind-address", .error,
            explanation:
                "The stack's bind address, written as text, is a wildcard that publishes every port on every "
                + "interface of the host.",
            example: #"Stack("shop", bindAddress: "0.0.0.0") { ... }"#),
        DiagnosticKind(
            "recording-rule-name-convention", .warning,
            explanation: "A recording rule is not named level:metric:operations.",
            example: #"Record("job_requests_rate5m") { ... }"#),
        DiagnosticKind(
            "refresh-too-fast", .warning,
            explanation: "A dashboard refreshes more often than every 5s, the most often Grafana allows by default.",
            example: #"Dashboard("Overview", refresh: .seconds(1)) { ... }"#),
        DiagnosticKind(
            "removed-promql-function", .error,
            explanation: "A query calls a function that the Prometheus the stack targets has removed.",
            example: #"PromQL("holt_winters(http_requests_in_flight[10m], 0.5, 0.5) > 10")  // on Prometheus 3"#),
        DiagnosticKind(
            "replica-label-collision", .error,
            explanation:
                "The label that tells Prometheus replicas apart is also an external label, a target label, a "
                + "metric's label or an alert's label, or a reserved name: alerts and long-term samples lose it, "
                + "so the other label would be lost with it.",
            example: #"Prometheus(replicas: 2, replicaLabel: "instance")  // a label every target has"#),
        DiagnosticKind(
            "requires-feature-flag", .error,
            explanation:
                "A query uses an experimental or native-histogram function that needs a feature flag the stack's "
                + "Prometheus does not enable.",
            example: #"PromQL("sort_by_label(http_requests_in_flight, \"instance\") > 10")"#),
        DiagnosticKind(
            "requires-newer-alertmanager", .error,
            explanation: "A receiver uses a field newer than the Alertmanager version the stack targets.",
            example: #"Alertmanager(defaultReceiver: Receiver("teams", .microsoftTeams(...)), compatibility: .v025)"#
        ),
        DiagnosticKind(
            "requires-newer-prometheus", .error,
            explanation:
                "A configuration field, function or operator is newer than the Prometheus version the stack "
                + "targets.",
            example:
                #"Alert("Busy", severity: .warning, keepFiringFor: .minutes(5)) { ... }  // Prometheus(compatibility: PrometheusVersion(2, 41))"#
        ),
        DiagnosticKind(
            "reserved-label", .error,
            explanation:
                "A metric declares a label Prometheus or its kind sets itself: `job`, `instance`, a histogram's "
                + "`le`, a summary's `quantile`.",
            example: #"Histogram<Bucketed>("job_duration_seconds", help: "x", buckets: [1])  // Bucketed has case le"#
        ),
        DiagnosticKind(
            "scrape-timeout-too-long", .error,
            explanation: "A scrape timeout is longer than the scrape interval, which Prometheus refuses.",
            example: #"Service("api", scrape: .target("api:8080", interval: .seconds(5), timeout: .seconds(6)))"#),
        DiagnosticKind(
            "separator-in-receiver-name", .error,
            explanation:
                "A receiver's name holds a comma, tab or newline, which separate receivers and labels in routing "
                + "tests.",
            example: ##"Receiver("ops,oncall", .slack(channel: "#ops", webhook: .secret("slack_url")))"##),
        DiagnosticKind(
            "slo-guard-unsupported", .error,
            explanation:
                "An SLO's low-traffic guard is not positive, or its indicator counts no events to guard.",
            example: #"SLO("up", objective: 99%, minimumRate: 1) { Availability(PrometheusServerMetrics.up) }"#),
        DiagnosticKind(
            "slo-invalid-name", .error,
            explanation: "An SLO's name is not letters, digits, '-' and '_'.",
            example: #"SLO("p95 latency", objective: 95%) { ... }"#),
        DiagnosticKind(
            "slo-invalid-no-data-window", .error,
            explanation: "An SLO's no-data alert has a window that is not positive.",
            example: #"SLO("fast", objective: 99%, noData: .page(after: .seconds(0))) { ... }"#),
        DiagnosticKind(
            "slo-invalid-sli", .error,
            explanation: "An SLO's indicator has a maximum age or latency threshold that is not positive.",
            example: #"SLO("fresh", objective: 99%) { Freshness(lastSync, maxAge: .seconds(0)) }"#),
        DiagnosticKind(
            "slo-invalid-tier", .error,
            explanation:
                "A burn-rate tier's short window is not shorter than its long one, or its burn rate is not "
                + "positive.",
            example: ".page(factor: 14.4, long: .minutes(5), short: .hours(1))"),
        DiagnosticKind(
            "slo-objective-as-fraction", .error,
            explanation: "An SLO's objective is below 1%, most likely a fraction written where a percentage belongs.",
            example: #"SLO("payments", objective: 0.9995) { ... }"#),
        DiagnosticKind(
            "slo-objective-out-of-range", .error,
            explanation: "An SLO's objective does not lie strictly between 0% and 100%.",
            example: #"SLO("all", objective: 100%) { ... }"#),
        DiagnosticKind(
            "slo-threshold-not-bucket", .error,
            explanation: "A latency SLO's threshold is not a bucket bound of its histogram.",
            example: #"Latency(latency, below: .milliseconds(300))  // buckets 0.25 and 0.5"#),
        DiagnosticKind(
            "slo-unreachable-tier", .error,
            explanation: "A burn-rate tier can never fire: its factor times the error budget exceeds a ratio of 1.",
            example: #"SLO("loose", objective: 90%) { ... }  // the default page tier burns at 14.4x"#),
        DiagnosticKind(
            "slo-untested", .warning,
            explanation: "Vigil can generate no tests for an SLO's alerts, such as one on a hand-written error ratio.",
            example: #"SLO("raw", objective: 99%) { ErrorRatio { window in PromQL("...") } }"#),
        DiagnosticKind(
            "slo-window-beyond-retention", .error,
            explanation:
                "An SLO looks back further (its window and its slowest alert's) than Prometheus keeps samples.",
            example: #"SLO("availability", objective: 99.9%) { ... }  // 30d window, default 15d retention"#),
        DiagnosticKind(
            "slo-window-too-short", .error,
            explanation: "An SLO's window is shorter than a burn-rate tier's long window.",
            example: #"SLO("daily", objective: 99%, window: .days(1)) { ... }"#),
        DiagnosticKind(
            "template-syntax", .error,
            explanation:
                "An alert's annotation or label template does not parse, so Prometheus will not load the rule.",
            example: #"AlertDescription("Broken {{ $value ")"#),
        DiagnosticKind(
            "template-undeclared-assignment", .warning,
            explanation:
                "An alert template assigns a variable with '=' before declaring it with ':='; Prometheus renders "
                + "an error instead.",
            example: #"AlertDescription("{{ $n = 1 }}")"#),
        DiagnosticKind(
            "template-undefined-template", .warning,
            explanation:
                "An alert template invokes a template it does not define; Prometheus renders an error instead.",
            example: ##"AlertSummary(#"{{ template "details" . }}"#)"##),
        DiagnosticKind(
            "template-undefined-variable", .error,
            explanation: "An alert template uses a variable that is not declared where it is used.",
            example: #"AlertSummary("{{ $lables.job }}")"#),
        DiagnosticKind(
            "template-unknown-function", .error,
            explanation: "An alert template calls a function Prometheus does not define.",
            example: #"AlertSummary("{{ $value | humanise }}")"#),
        DiagnosticKind(
            "template-unknown-label", .error,
            explanation: "An alert template prints a label the alert's query does not keep.",
            example: #"AlertSummary("{{ $labels.instance }}")  // of sum by (method) (...)"#),
        DiagnosticKind(
            "thresholds-not-ascending", .error,
            explanation: "A panel's threshold steps do not ascend.",
            example: #"Stat("Steps") { inFlight }.thresholds(Thresholds(.green, .at(90, .red), .at(80, .orange)))"#),
        DiagnosticKind(
            "tls-without-https", .warning,
            explanation: "A scrape job has TLS settings but scrapes over http, so they are unused.",
            example: #"Service("b", scrape: .target("b:80").tls(ScrapeTLS(serverName: "b")))"#),
        DiagnosticKind(
            "undeclared-secret", .error,
            explanation:
                "A container's setting reads a file under /run/secrets/ that docker-compose.yml does not provide "
                + "to it.",
            example: #"Grafana(environment: ["GF_SMTP_PASSWORD__FILE": "/run/secrets/smtp_password"])"#),
        DiagnosticKind(
            "undeclared-variable", .error,
            explanation: "A query uses a $variable that its dashboard does not declare.",
            example: #"TimeSeries("Rate") { PromQL("sum(rate(http_requests_total[$interval]))") }"#),
        DiagnosticKind(
            "undefined-template", .error,
            explanation: "A receiver uses a notification template that no file in templates/alertmanager/ defines.",
            example: ##"Receiver("chat", .slack(channel: "#ops", webhook: .secret("slack_url"), title: "shop.title"))"##
        ),
        DiagnosticKind(
            "undefined-time-interval", .error,
            explanation:
                "A route names a time interval the configuration does not define; routes written with the DSL "
                + "pass the Schedule itself, so only a model built otherwise gets this.",
            example: #"route.mutedDuring = ["bussiness-hours"]  // in a resolved model"#),
        DiagnosticKind(
            "unknown-alert-in-test", .error,
            explanation: "An alert test expects an alert that no rule defines.",
            example: #"Fires("Bussy", at: .minutes(1))"#),
        DiagnosticKind(
            "unknown-label", .error,
            explanation: "A query matches, groups or joins on a label that its input does not have.",
            example: #"PromQL("sum by (sttus) (rate(http_requests_total[5m])) > 1")"#),
        DiagnosticKind(
            "unknown-label-value", .error,
            explanation: "A matcher names, or matches, none of the values its label declares.",
            example: #"payments.where(.outcome, equals: "sucess")  // outcome is success, declined or error"#),
        DiagnosticKind(
            "unknown-matcher-label", .warning,
            explanation: "A routing matcher tests a label that no alert of the stack carries.",
            example: #"Route(.label("servce", equals: "shop-api"), to: pager)"#),
        DiagnosticKind(
            "unknown-metric", .error,
            explanation: "A query or test input names a metric no service or exporter of the stack declares.",
            example: #"PromQL("rate(http_request_total[5m]) > 1")"#),
        DiagnosticKind(
            "unknown-time-zone", .error,
            explanation: "A schedule's time zone is not an IANA time zone name.",
            example: #"Schedule("office", timeZone: "Europe/Berlim") { ... }"#),
        DiagnosticKind(
            "unnormalized-bound-matcher", .error,
            explanation:
                "A matcher on `le` or `quantile` writes a bound that Prometheus 3 stores in float form, so it "
                + "matches nothing (`le=\"1\"` rather than `le=\"1.0\"`).",
            example: ##"PromQL(#"rate(http_request_duration_seconds_bucket{le="1"}[5m]) > 1"#)"##),
        DiagnosticKind(
            "unpinned-image", .error,
            explanation: "A container's image has no tag, or the tag `latest`, which changes under the stack.",
            example: #"Loki(version: "latest")"#),
        DiagnosticKind(
            "unreachable-route", .warning,
            explanation: "A route can never match: an earlier route takes every alert and does not continue.",
            example: "Route(to: pager); Route(.severity(.info), to: mail)"),
        DiagnosticKind(
            "unrenderable-expectation", .error,
            explanation:
                "An alert test's expectation cannot be rendered, such as an annotation printing $value without "
                + "the expected value.",
            example: #"Fires("Busy", at: .minutes(1))  // Busy's description prints {{ $value }}"#),
        DiagnosticKind(
            "unsupported-alertmanager", .error,
            explanation: "The stack targets an Alertmanager older than the oldest release Vigil writes for.",
            example: "Alertmanager(defaultReceiver: chat, compatibility: AlertmanagerVersion(0, 24))"),
        DiagnosticKind(
            "unsupported-kubernetes-discovery", .error,
            explanation:
                "A service of a stack generated for Kubernetes is scraped at static addresses but discovers its "
                + "targets from files, which the operator's Prometheus does not have.",
            example: #".discovered(.files(["targets/nodes.json"], refresh: .minutes(5))).kubernetes(.staticTargets)"#),
        DiagnosticKind(
            "unsupported-kubernetes-receiver", .error,
            explanation:
                "A receiver of a stack whose routing goes to the Prometheus Operator as an AlertmanagerConfig "
                + "notifies through an integration that object (v1alpha1) has no field for: Jira. The whole "
                + "configuration in a Secret (`alertmanager: .configSecret(name:)`) carries it.",
            example: #"Kubernetes(namespace: "shop") with Receiver("tickets", .jira(apiURL: ..., project: "OPS", ...))"#
        ),
        DiagnosticKind(
            "unsupported-kubernetes-time-zone", .error,
            explanation:
                "A schedule of a stack whose routing goes to the Prometheus Operator as an AlertmanagerConfig has "
                + "a time zone, which that object (v1alpha1) cannot carry: Alertmanager would read its times as "
                + "UTC. The whole configuration in a Secret (`alertmanager: .configSecret(name:)`) carries it.",
            example:
                #"Schedule("office-hours", timeZone: "Europe/Berlin") { ... } in a stack with Kubernetes(namespace: "shop")"#
        ),
        DiagnosticKind(
            "unsupported-remote-exporter", .error,
            explanation:
                "A remote host declares an exporter that needs a secret or a configuration file, which its "
                + "exporters-only compose file does not provide; a remote host runs NodeExporter and CAdvisor.",
            example: #"RemoteHost("db-1", address: "10.0.0.12") { PostgresExporter(...) }"#),
        DiagnosticKind(
            "untested-alert", .warning,
            explanation: "An alert has no test that fires it.",
            example: #"Alert("Busy", severity: .warning) { queue > 10 }  // and no AlertTest expecting Busy"#),
        DiagnosticKind(
            "unused-correction", .warning,
            explanation: "A correction's corrected query is not run by any alert, recording rule or panel.",
            example:
                #"Correction("error rate", original: "x > 5", corrected: rate(requests, over: .minutes(5)) > 5, reason: "r")"#
        ),
        DiagnosticKind(
            "unused-kubernetes-selector", .warning,
            explanation:
                "A scrape says how Kubernetes finds its service, but the stack is not generated for Kubernetes, so "
                + "nothing uses it.",
            example: #"Stack("shop") { Service("api", scrape: .target("api:8080").kubernetes(.staticTargets)) }"#),
        DiagnosticKind(
            "unused-long-term-store", .warning,
            explanation:
                "The stack runs VictoriaMetrics, but no remote write of its Prometheus sends to it, so it stays empty.",
            example: #"VictoriaMetrics(retention: .days(365)) with Prometheus(remoteWrite: [])"#),
        DiagnosticKind(
            "unused-receiver", .warning,
            explanation: "A receiver is declared but no reachable route sends alerts to it.",
            example: "Alertmanager(defaultReceiver: chat) { genie }"),
        DiagnosticKind(
            "volume-outside-stack", .error,
            explanation: "A container mounts a relative path that climbs out of the stack folder.",
            example: #"Loki(logs: [.files(job: "api", path: "../api/logs/*.log")])"#),
        DiagnosticKind(
            "watchdog-to-receiver", .warning,
            explanation:
                "The always-firing Watchdog alert lands in a receiver that notifies people, rather than in a "
                + "dead man's switch.",
            example: "Alertmanager(defaultReceiver: chat)  // no watchdog: Watchdog(to: deadMansSwitch)"),
        DiagnosticKind(
            "wrong-metric-kind", .error, .warning,
            explanation:
                "A counter function (rate, irate, increase, resets) reads a gauge, an error; or a gauge function "
                + "(delta, deriv, avg_over_time, ...) reads a counter, a warning.",
            example: #"PromQL("rate(queue_depth[5m]) > 1")  // queue_depth is a Gauge"#),
    ]

    /// The kind with `id`, if there is one.
    public static func kind(_ id: String) -> DiagnosticKind? {
        kinds.first { $0.id == id }
    }

    /// The id closest to `id`, when `id` is no id but a plausible misspelling of one.
    public static func closestID(to id: String) -> String? {
        Suggestion.closest(to: id, in: kinds.map(\.id))
    }
}
