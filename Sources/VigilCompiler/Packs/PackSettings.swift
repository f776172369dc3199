import VigilDSL

/// One pack alert's settled values: its defaults with the stack's overrides applied.
struct PackSettings {
    /// The severity it fires with.
    var severity: Severity
    /// How long its condition must hold; `nil` fires at once.
    var duration: Duration?
    /// Its threshold, in the alert's unit; `nil` when it has none.
    var threshold: Double?
    /// Labels added for routing.
    var labels: [String: String] = [:]
    /// Whether an override changed it.
    var tuned = false
}

extension PackSettings {
    /// The settings `alert` declares for itself, untuned.
    init(defaultsOf alert: some RulePackAlert) {
        self.init(severity: alert.defaultSeverity, duration: alert.defaultFor, threshold: alert.defaultThreshold)
    }
}
