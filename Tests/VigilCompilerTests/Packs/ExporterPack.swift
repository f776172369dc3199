import VigilDSL

/// One of the rule packs after node's, as its exporter's declaration brings it, with overrides of each kind
/// the pack tests try. Overrides are typed by the pack's alerts, so each pack writes its own.
enum ExporterPack: String, CaseIterable, CustomStringConvertible {
    case blackbox, containers, postgres, redis

    /// What the stack asks of the pack.
    enum Overrides {
        /// None.
        case none
        /// A threshold and a `for` tuned, and an alert rerouted.
        case tuned
        /// An alert disabled.
        case disabled
        /// A threshold for an alert without one.
        case thresholdless
        /// A threshold out of the alert's range.
        case outOfRange
        /// An alert tuned and disabled.
        case tunedAndDisabled
    }

    var description: String { rawValue }

    /// The exporter's job, the name of its tests' file.
    var job: String {
        switch self {
        case .blackbox: "blackbox"
        case .containers: "cadvisor"
        case .postgres: "postgres"
        case .redis: "redis"
        }
    }

    /// The pack's alert names, in order.
    var alertNames: [String] {
        switch self {
        case .blackbox: BlackboxAlert.allCases.map(\.alertName)
        case .containers: ContainerAlert.allCases.map(\.alertName)
        case .postgres: PostgresAlert.allCases.map(\.alertName)
        case .redis: RedisAlert.allCases.map(\.alertName)
        }
    }

    /// The alert `.tuned` changes the threshold of, with the threshold the README shows.
    var tunedAlert: (name: String, threshold: String) {
        switch self {
        case .blackbox: (BlackboxAlert.certificateExpiringSoon.alertName, "30 d")
        case .containers: (ContainerAlert.cpuThrottled.alertName, "50%")
        case .postgres: (PostgresAlert.tooManyConnections.alertName, "90%")
        case .redis: (RedisAlert.evictingKeys.alertName, "100")
        }
    }

    /// The alert `.disabled` leaves out.
    var disabledAlert: String {
        switch self {
        case .blackbox: BlackboxAlert.httpStatusError.alertName
        case .containers: ContainerAlert.gone.alertName
        case .postgres: PostgresAlert.replicationLag.alertName
        case .redis: RedisAlert.masterLinkDown.alertName
        }
    }

    /// A stack declaring the exporter with `overrides`.
    func stack(_ overrides: Overrides = .none) -> Stack {
        switch self {
        case .blackbox:
            Stack("probes") {
                BlackboxExporter(pack: blackbox(overrides)) { Probe.http("https://shop.example.com/health") }
            }
        case .containers: Stack("containers") { CAdvisor(pack: containers(overrides)) }
        case .postgres:
            Stack("db") {
                PostgresExporter(
                    address: "db:5432", user: "exporter", password: .secret("db_password"), pack: postgres(overrides))
            }
        case .redis: Stack("cache") { RedisExporter(address: "cache:6379", pack: redis(overrides)) }
        }
    }

    func blackbox(_ overrides: Overrides) -> [PackOverride<BlackboxAlert>] {
        switch overrides {
        case .none: []
        case .tuned:
            [
                .tune(.certificateExpiringSoon, threshold: 30, for: .hours(1)), .tune(.probeSlow, threshold: 2.5),
                .route(.probeFailed, severity: .warning, labels: ["team": "web"]),
            ]
        case .disabled: [.disable(.httpStatusError, because: "The probes check TCP only.")]
        case .thresholdless: [.tune(.probeFailed, threshold: 1)]
        case .outOfRange: [.tune(.certificateExpiring, threshold: -2)]
        case .tunedAndDisabled: [.tune(.probeSlow, for: .minutes(1)), .disable(.probeSlow, because: "noisy")]
        }
    }

    func containers(_ overrides: Overrides) -> [PackOverride<ContainerAlert>] {
        switch overrides {
        case .none: []
        case .tuned:
            [
                .tune(.cpuThrottled, threshold: 50, for: .minutes(30)), .tune(.restarting, threshold: 5),
                .route(.oomKilled, severity: .critical, labels: ["team": "platform"]),
            ]
        case .disabled: [.disable(.gone, because: "Jobs come and go on these hosts.")]
        case .thresholdless: [.tune(.oomKilled, threshold: 1)]
        case .outOfRange: [.tune(.memoryNearLimit, threshold: 150)]
        case .tunedAndDisabled: [.route(.gone, severity: .info), .disable(.gone, because: "noisy")]
        }
    }

    func postgres(_ overrides: Overrides) -> [PackOverride<PostgresAlert>] {
        switch overrides {
        case .none: []
        case .tuned:
            [
                .tune(.tooManyConnections, threshold: 90), .tune(.longRunningTransaction, threshold: 900),
                .tune(.deadlocks, threshold: 2, for: .minutes(5)), .route(.down, labels: ["team": "data"]),
            ]
        case .disabled: [.disable(.replicationLag, because: "There is no replica.")]
        case .thresholdless: [.tune(.down, threshold: 1)]
        case .outOfRange: [.tune(.tooManyConnections, threshold: 101)]
        case .tunedAndDisabled: [.tune(.deadlocks, threshold: 1), .disable(.deadlocks, because: "noisy")]
        }
    }

    func redis(_ overrides: Overrides) -> [PackOverride<RedisAlert>] {
        switch overrides {
        case .none: []
        case .tuned:
            [
                .tune(.evictingKeys, threshold: 100), .tune(.memoryNearLimit, threshold: 75, for: .minutes(15)),
                .route(.rejectedConnections, severity: .warning),
            ]
        case .disabled: [.disable(.masterLinkDown, because: "A single server, no replica.")]
        case .thresholdless: [.tune(.backgroundSaveFailed, threshold: 1)]
        case .outOfRange: [.tune(.tooManyConnections, threshold: -5)]
        case .tunedAndDisabled: [.tune(.down, for: .minutes(3)), .disable(.down, because: "noisy")]
        }
    }
}
