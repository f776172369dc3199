/// A known burst in the synthetic traffic: for a while, some routes answer more 5xx or more slowly.
struct Incident: Sendable {
    /// What goes wrong.
    enum Kind: Sendable {
        /// This share of requests is answered with `status` (a 5xx) instead of succeeding.
        case errors(share: Double, status: String)
        /// This share of requests is slower than the latency threshold.
        case slow(share: Double)
    }

    /// When it starts, in seconds before the end of the data.
    var secondsBeforeEnd: Int64
    /// How long it lasts, in seconds.
    var seconds: Int64
    /// What goes wrong.
    var kind: Kind
    /// The routes it hits; every route when `nil`.
    var routes: Set<String>?

    /// Whether it hits `route` at the scrape interval ending at `time`, with the data ending at `end`.
    func covers(route: String, at time: Int64, end: Int64) -> Bool {
        let start = end - secondsBeforeEnd
        return time > start && time <= start + seconds && (routes?.contains(route) ?? true)
    }

    /// The bursts of the SLO benchmark: five error bursts and three slow spells, one of each before the 30-day
    /// window (which a window that reaches too far back would count).
    static let standard: [Incident] = [
        Incident(secondsBeforeEnd: 32 * day, seconds: 3600, kind: .errors(share: 0.10, status: "500"), routes: nil),
        Incident(secondsBeforeEnd: 31 * day, seconds: 3 * 3600, kind: .slow(share: 0.20), routes: nil),
        Incident(
            secondsBeforeEnd: 26 * day - 3 * 3600, seconds: 40 * 60, kind: .errors(share: 0.25, status: "503"),
            routes: ["/checkout"]),
        Incident(secondsBeforeEnd: 22 * day, seconds: 2 * 3600, kind: .slow(share: 0.30), routes: ["/search"]),
        Incident(secondsBeforeEnd: 19 * day, seconds: 12 * 60, kind: .errors(share: 0.08, status: "500"), routes: nil),
        Incident(
            secondsBeforeEnd: 9 * day - 14 * 3600, seconds: 3 * 3600, kind: .errors(share: 0.02, status: "500"),
            routes: ["/search"]),
        Incident(secondsBeforeEnd: 6 * day - 8 * 3600, seconds: 45 * 60, kind: .slow(share: 0.15), routes: nil),
        Incident(
            secondsBeforeEnd: 2 * day - 20 * 3600, seconds: 5 * 60, kind: .errors(share: 0.50, status: "503"),
            routes: nil),
    ]

    private static let day: Int64 = 86_400
}
