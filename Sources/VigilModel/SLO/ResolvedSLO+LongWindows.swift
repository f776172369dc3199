import VigilCore

/// Windows of a day and more of an SLO of counted events, computed from recorded 5-minute increases (see
/// ``LongWindows``): one rule group records, every 5 minutes, the events and the failed events of the 5 minutes
/// before; another divides their sums over each long window every minute. Both groups share the SLO's rules
/// file with its main group, which holds the short windows and the alerts.
extension ResolvedSLO {
    /// The span, and the interval, of the recorded increases.
    public static let increaseStep: Duration = .minutes(5)
    /// How often the long windows are divided from the increases.
    public static let longWindowInterval: Duration = .minutes(1)
    /// The shortest window computed from the increases.
    public static let shortestRecordedWindow: Duration = .days(1)
    /// The failed events of the 5 minutes before each evaluation.
    public static let errorIncreaseSeries = "slo:sli_error:increase5m"
    /// All events of the 5 minutes before each evaluation.
    public static let totalIncreaseSeries = "slo:sli_total:increase5m"

    /// How late a window read from recorded increases can see a burn: a step of increases not yet recorded,
    /// and a minute before the long windows are divided again.
    public static var recordedWindowLag: Duration { increaseStep + longWindowInterval }

    /// Whether it records increases: an indicator of counted events whose long windows are not asked for raw.
    public var recordsIncreases: Bool {
        guard longWindows == .fromRecordedIncreases, let longest = windows.last else { return false }
        return EventCounters(self) != nil && longest >= Self.shortestRecordedWindow
    }

    /// Whether its error ratio over `window` is a ratio of sums of the recorded increases.
    public func readsRecordedIncreases(over window: Duration) -> Bool {
        recordsIncreases && window >= Self.shortestRecordedWindow
    }

    /// The rule group recording the increases.
    public var increasesGroup: String { ruleGroup + "-increases" }
    /// The rule group dividing the long windows.
    public var longWindowsGroup: String { ruleGroup + "-long-windows" }
    /// Every rule group of the SLO, all in one rules file: the main group, then those of the long windows.
    public var ruleGroups: [String] { recordsIncreases ? [ruleGroup, increasesGroup, longWindowsGroup] : [ruleGroup] }
}
