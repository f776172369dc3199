import VigilDSL

/// The rule packs of the stack's own Prometheus and Alertmanager, as a stack brings them, with overrides of
/// each kind the pack tests try. The stacks remote-write and cluster their Alertmanager, so every alert of both
/// packs is deployed.
enum SelfPack: String, CaseIterable, CustomStringConvertible {
    case prometheus, alertmanager

    var description: String { rawValue }

    /// The job the pack watches, the name of its tests' file.
    var job: String { rawValue }

    /// The pack's alert names, in order.
    var alertNames: [String] {
        switch self {
        case .prometheus: PrometheusAlert.allCases.map(\.alertName)
        case .alertmanager: AlertmanagerAlert.allCases.map(\.alertName)
        }
    }

    static let chat = Receiver("chat", .webhook(url: "https://hooks.shop.example/alerts"))
    static let deadMan = Receiver("deadman", .webhook(url: "https://deadman.shop.example/ping"))
    static let store = RemoteWrite.victoriaMetrics(url: "http://store:8428/api/v1/write", rawSeries: ["up"])

    /// A stack whose Prometheus remote-writes, with an Alertmanager of `peers`, the pack's overrides
    /// `overrides` applied.
    func stack(_ overrides: ExporterPack.Overrides = .none, remoteWrite: Bool = true, peers: Int = 3) -> Stack {
        let prometheusPack = self == .prometheus ? prometheus(overrides) : []
        let alertmanagerPack = self == .alertmanager ? alertmanager(overrides) : []
        return Stack(
            "shop", prometheus: Prometheus(remoteWrite: remoteWrite ? [Self.store] : [], pack: prometheusPack)
        ) {
            Service("api", scrape: .target("api:8080")) {
                Gauge<NoLabels>("jobs_queued", help: "Jobs waiting.")
            }
            Alertmanager(
                defaultReceiver: Self.chat, watchdog: Watchdog(to: Self.deadMan),
                cluster: peers > 1 ? AlertmanagerCluster(peers: peers) : nil,
                pack: alertmanagerPack)
        }
    }

    /// The alert `.tuned` changes the threshold of, with the threshold the README shows.
    var tunedAlert: (name: String, threshold: String) {
        switch self {
        case .prometheus: (PrometheusAlert.remoteWriteBehind.alertName, "300 s")
        case .alertmanager: (AlertmanagerAlert.notificationsFailing.alertName, "5%")
        }
    }

    /// The alert `.disabled` leaves out.
    var disabledAlert: String {
        switch self {
        case .prometheus: PrometheusAlert.scrapeSampleLimitHit.alertName
        case .alertmanager: AlertmanagerAlert.clusterFailedPeers.alertName
        }
    }

    func prometheus(_ overrides: ExporterPack.Overrides) -> [PackOverride<PrometheusAlert>] {
        switch overrides {
        case .none: []
        case .tuned:
            [
                .tune(.remoteWriteBehind, threshold: 300),
                .tune(.notificationsFailing, threshold: 10, for: .minutes(5)),
                .route(.targetDown, severity: .critical, labels: ["team": "platform"]),
                .exclude(.job, matching: "api|batch-.*"),
            ]
        case .disabled: [.disable(.scrapeSampleLimitHit, because: "No job sets a sample limit.")]
        case .thresholdless: [.tune(.walCorruptions, threshold: 1)]
        case .outOfRange: [.tune(.notificationQueueNearFull, threshold: 120)]
        case .tunedAndDisabled:
            [.tune(.tsdbReloadsFailing, for: .hours(1)), .disable(.tsdbReloadsFailing, because: "noisy")]
        }
    }

    func alertmanager(_ overrides: ExporterPack.Overrides) -> [PackOverride<AlertmanagerAlert>] {
        switch overrides {
        case .none: []
        case .tuned:
            [
                .tune(.notificationsFailing, threshold: 5), .tune(.clusterMembersMismatch, for: .minutes(30)),
                .route(.configReloadFailed, severity: .critical, labels: ["team": "platform"]),
            ]
        case .disabled: [.disable(.clusterFailedPeers, because: "The peers share one host.")]
        case .thresholdless: [.tune(.clusterFailedPeers, threshold: 1)]
        case .outOfRange: [.tune(.notificationsFailing, threshold: -1)]
        case .tunedAndDisabled:
            [.route(.configReloadFailed, severity: .info), .disable(.configReloadFailed, because: "noisy")]
        }
    }
}
