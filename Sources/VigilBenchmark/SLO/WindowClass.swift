import VigilDSL

/// How far back a recording rule looks, in the benchmark's three classes: the short windows (under a day) of the
/// fast burn-rate alerts, the long windows (a day or more) of the slow ones, and the SLO's whole period. Rules
/// that look at no window (the objective, the budget, metadata) are the fourth.
enum WindowClass: String, Sendable, Codable, CaseIterable {
    case short, long, period, other

    /// The class of a window, for an SLO whose period is `period`: short below a day, long from a day up to the
    /// period, the period from there (nothing here looks further back).
    init(window: Duration?, period: Duration) {
        guard let window else {
            self = .other
            return
        }
        if window < .days(1) {
            self = .short
        } else if window < period {
            self = .long
        } else {
            self = .period
        }
    }
}
