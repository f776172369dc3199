/// The alert that fires while an SLO cannot be measured: its indicator's series are absent, or counted no
/// events, for a whole window. A blind SLO never burns its budget, so its burn-rate alerts stay quiet through
/// the outage that blinded it; this alert says so.
///
/// ```swift
/// SLO("availability", objective: 99.9%, noData: .page(after: .minutes(10))) { ... }
/// ```
public struct NoDataAlert: Sendable, Hashable {
    /// Who is told.
    public let urgency: BurnRateTier.Urgency
    /// How long the indicator must have had no data.
    public let window: Duration

    /// Pages (severity `critical`) once the indicator has had no data for `window`.
    public static func page(after window: Duration) -> NoDataAlert {
        NoDataAlert(urgency: .page, window: window)
    }

    /// Opens a ticket (severity `warning`) once the indicator has had no data for `window`.
    public static func ticket(after window: Duration) -> NoDataAlert {
        NoDataAlert(urgency: .ticket, window: window)
    }

    /// A ticket after 30 minutes without data, the default.
    public static let standard = ticket(after: .minutes(30))
}
