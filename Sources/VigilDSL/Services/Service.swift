/// Something the stack monitors: an application or an exporter, scraped by Prometheus as one job.
///
/// The service's name is its Prometheus `job` label. Its body lists the metrics it exports:
/// ```swift
/// Service("autodealgenie-backend", scrape: .target("backend:8000")) {
///     requests
///     latency
/// }
/// ```
public struct Service: Sendable {
    /// The name, used as the scrape job's name.
    public let name: String
    /// How its metrics are collected; `nil` for a service that is not scraped directly.
    public let scrape: Scrape?
    /// The metrics it exports, in the order written.
    public let metrics: [MetricDeclaration]
    /// Its alerting rules, in the order written.
    public let alerts: [Alert]
    /// Its recording rules, in the order written.
    public let records: [Record]
    /// The unit tests of its alerts, in the order written.
    public let alertTests: [AlertTest]
    /// Its service level objectives, in the order written.
    public let slos: [SLO]
    /// Its dashboards, in the order written.
    public let dashboards: [Dashboard]
    /// How often its rules are evaluated; the stack's evaluation interval when `nil`.
    public let ruleInterval: Duration?
    /// How far in the past its rules are evaluated (`query_offset`), to wait for late samples; the global
    /// default (none) when `nil`. Its SLOs' rule groups are evaluated without one.
    public let ruleQueryOffset: Duration?
    /// Labels its rule group adds to each of its alerts and recorded series (a group's `labels`), unless the
    /// rule sets the label itself. Its SLOs' rule groups do not carry them.
    public let ruleLabels: [String: String]
    /// Where the service was declared.
    public let location: SourceLocation
    /// The changes to the process rule pack (``ProcessAlert``), which the service brings by declaring
    /// ``ProcessMetrics/all``.
    public let pack: [PackOverride<ProcessAlert>]

    /// Declares a service.
    public init(
        _ name: String,
        scrape: Scrape? = nil,
        ruleInterval: Duration? = nil,
        ruleQueryOffset: Duration? = nil,
        ruleLabels: [String: String] = [:],
        pack: [PackOverride<ProcessAlert>] = [],
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column,
        @ServiceBuilder content: () -> [ServiceElement] = { [] }
    ) {
        self.name = name
        self.scrape = scrape
        self.ruleInterval = ruleInterval
        self.ruleQueryOffset = ruleQueryOffset
        self.ruleLabels = ruleLabels
        self.pack = pack
        var metrics: [MetricDeclaration] = []
        var alerts: [Alert] = []
        var records: [Record] = []
        var alertTests: [AlertTest] = []
        var slos: [SLO] = []
        var dashboards: [Dashboard] = []
        for element in content() {
            switch element {
            case .metric(let metric): metrics.append(metric)
            case .alert(let alert): alerts.append(alert)
            case .record(let record): records.append(record)
            case .alertTest(let test): alertTests.append(test)
            case .slo(let slo): slos.append(slo)
            case .dashboard(let dashboard): dashboards.append(dashboard)
            }
        }
        self.metrics = metrics
        self.alerts = alerts
        self.records = records
        self.alertTests = alertTests
        self.slos = slos
        self.dashboards = dashboards
        self.location = SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column)
    }
}
