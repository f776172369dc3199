import VigilDSL

/// The rule packs of the components a stack deploys (Grafana, Loki, the Alloy that ships its logs, the tracing
/// backend as Jaeger or Tempo), as the component's declaration brings them, with overrides of each kind the
/// pack tests try.
enum ComponentPack: String, CaseIterable, CustomStringConvertible {
    case grafana, loki, alloy, jaeger, tempo

    var description: String { rawValue }

    /// The pack's name, the README's heading.
    var name: String { self == .jaeger || self == .tempo ? "tracing" : rawValue }

    /// The job the pack watches, the name of its tests' file.
    var job: String { rawValue }

    /// The address the job scrapes.
    var target: String {
        switch self {
        case .grafana: "grafana:3000"
        case .loki: "loki:3100"
        case .alloy: "alloy:12345"
        case .jaeger: "jaeger:8888"
        case .tempo: "tempo:3200"
        }
    }

    /// The alert names the pack deploys, in order.
    var alertNames: [String] {
        switch self {
        case .grafana: GrafanaAlert.allCases.map(\.alertName)
        case .loki: LokiAlert.allCases.map(\.alertName)
        case .alloy: AlloyAlert.allCases.map(\.alertName)
        case .jaeger: TracingAlert.allCases.filter { $0.backend == .jaeger }.map(\.alertName)
        case .tempo: TracingAlert.allCases.filter { $0.backend == .tempo }.map(\.alertName)
        }
    }

    /// A stack with the component, the pack's overrides `overrides` applied.
    func stack(_ overrides: ExporterPack.Overrides = .none) -> Stack {
        Stack("shop") {
            Service("api", scrape: .target("api:8080")) {
                Gauge<NoLabels>("jobs_queued", help: "Jobs waiting.")
            }
            switch self {
            case .grafana: Grafana(pack: grafana(overrides))
            case .loki: Loki(pack: loki(overrides))
            case .alloy: Loki(alloyPack: alloy(overrides))
            case .jaeger: Tracing(.jaeger, pack: tracing(overrides))
            case .tempo: Tracing(.tempo, pack: tracing(overrides))
            }
        }
    }

    /// The alert `.tuned` changes the threshold of, with the threshold the README shows.
    var tunedAlert: (name: String, threshold: String) {
        switch self {
        case .grafana: (GrafanaAlert.httpErrors.alertName, "20%")
        case .loki: (LokiAlert.discardingSamples.alertName, "100")
        case .alloy: (AlloyAlert.lokiWriteErrors.alertName, "25%")
        case .jaeger: (TracingAlert.jaegerStorageWritesFailing.alertName, "5%")
        case .tempo: (TracingAlert.tempoFlushesFailing.alertName, "10")
        }
    }

    /// The alert `.disabled` leaves out.
    var disabledAlert: String {
        switch self {
        case .grafana: GrafanaAlert.alertRuleEvaluationFailures.alertName
        case .loki: LokiAlert.compactionFailing.alertName
        case .alloy: AlloyAlert.unhealthyComponents.alertName
        case .jaeger: TracingAlert.jaegerSpansRefused.alertName
        case .tempo: TracingAlert.tempoCompactionsFailing.alertName
        }
    }

    func grafana(_ overrides: ExporterPack.Overrides) -> [PackOverride<GrafanaAlert>] {
        switch overrides {
        case .none: []
        case .tuned:
            [
                .tune(.httpErrors, threshold: 20, for: .minutes(5)),
                .route(.datasourceErrors, severity: .critical, labels: ["team": "platform"]),
            ]
        case .disabled: [.disable(.alertRuleEvaluationFailures, because: "No Grafana-managed alert rules.")]
        case .thresholdless: [.tune(.alertRuleEvaluationFailures, threshold: 1)]
        case .outOfRange: [.tune(.datasourceErrors, threshold: 150)]
        case .tunedAndDisabled: [.tune(.httpErrors, threshold: 10), .disable(.httpErrors, because: "noisy")]
        }
    }

    func loki(_ overrides: ExporterPack.Overrides) -> [PackOverride<LokiAlert>] {
        switch overrides {
        case .none: []
        case .tuned:
            [
                .tune(.discardingSamples, threshold: 100), .tune(.requestErrors, for: .minutes(30)),
                .route(.requestPanics, severity: .warning, labels: ["team": "logs"]),
            ]
        case .disabled: [.disable(.compactionFailing, because: "Retention runs elsewhere.")]
        case .thresholdless: [.tune(.requestPanics, threshold: 1)]
        case .outOfRange: [.tune(.discardingSamples, threshold: -5)]
        case .tunedAndDisabled:
            [.route(.compactionFailing, severity: .critical), .disable(.compactionFailing, because: "noisy")]
        }
    }

    func alloy(_ overrides: ExporterPack.Overrides) -> [PackOverride<AlloyAlert>] {
        switch overrides {
        case .none: []
        case .tuned:
            [
                .tune(.lokiWriteErrors, threshold: 25), .tune(.unhealthyComponents, for: .minutes(5)),
                .route(.lokiWriteDroppingEntries, labels: ["team": "logs"]),
            ]
        case .disabled: [.disable(.unhealthyComponents, because: "Alloy's UI is watched.")]
        case .thresholdless: [.tune(.unhealthyComponents, threshold: 1)]
        case .outOfRange: [.tune(.lokiWriteErrors, threshold: 101)]
        case .tunedAndDisabled:
            [.tune(.lokiWriteErrors, for: .hours(1)), .disable(.lokiWriteErrors, because: "noisy")]
        }
    }

    func tracing(_ overrides: ExporterPack.Overrides) -> [PackOverride<TracingAlert>] {
        let jaeger = self == .jaeger
        switch overrides {
        case .none: return []
        case .tuned:
            return jaeger
                ? [
                    .tune(.jaegerStorageWritesFailing, threshold: 5), .tune(.jaegerSpansRefused, for: .minutes(5)),
                    .route(.jaegerStorageWritesFailing, severity: .warning),
                ]
                : [
                    .tune(.tempoFlushesFailing, threshold: 10), .tune(.tempoSpansRefused, threshold: 5),
                    .route(.tempoSpansDiscarded, labels: ["team": "tracing"]),
                ]
        case .disabled:
            return [
                jaeger
                    ? .disable(.jaegerSpansRefused, because: "The applications retry.")
                    : .disable(.tempoCompactionsFailing, because: "One block a day.")
            ]
        case .thresholdless: return [.tune(.tempoSpansDiscarded, threshold: 1)]
        case .outOfRange: return [.tune(jaeger ? .jaegerSpansRefused : .tempoSpansRefused, threshold: 200)]
        case .tunedAndDisabled:
            let alert: TracingAlert = jaeger ? .jaegerSpansRefused : .tempoSpansRefused
            return [.tune(alert, threshold: 2), .disable(alert, because: "noisy")]
        }
    }
}
