import VigilDSL

/// One input scenario of an SLO's generated tests: no errors until `start`, then an error ratio of `ratio`
/// (exactly, as the input series realise it) until the check at `horizon`, with `eventsPerInterval` events per
/// input sample interval (for SLIs of events).
struct SLOBurn {
    /// When the errors start; zero for a burn that was always there.
    var start: Duration
    /// The error ratio from `start` on.
    var ratio: Fraction
    /// When the test checks the alerts, and the last input sample.
    var horizon: Duration
    /// Events per input interval, for SLIs of events.
    var eventsPerInterval: Fraction
    /// Whether the input is absent altogether (a freshness SLI's timestamp that nothing exports), rather than
    /// showing `ratio`.
    var isAbsent = false
}
