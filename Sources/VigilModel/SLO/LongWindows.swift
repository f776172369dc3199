/// How an SLO of counted events computes its error ratio over windows of a day and more, and over its whole
/// window.
///
/// By default Prometheus records every 5 minutes how many events, and how many failed ones, the last 5 minutes
/// counted (each counter's difference over them), and divides the sums of those over a long window: the same
/// ratio of sums as the raw counters give, that reads a few hundred recorded samples where the raw counters would make it read every
/// scraped sample of every series (at a 15-second scrape interval, 172,800 per series over 30 days), at every
/// evaluation. The recorded windows are evaluated every minute, so an alert over a long window sees the burn
/// up to 6 minutes late, which is little against a window of a day.
///
/// ```swift
/// SLO("availability", objective: 99.9%) { Ratio(errors: errors, total: requests) }
/// SLO("availability", objective: 99.9%, longWindows: .fromRawCounters) { Ratio(errors: errors, total: requests) }
/// ```
public enum LongWindows: Sendable, Hashable {
    /// From 5-minute increases recorded every 5 minutes, evaluated every minute (the default).
    case fromRecordedIncreases
    /// Every window from the raw counters, `sum(rate(errors[30d])) / sum(rate(total[30d]))`, at every
    /// evaluation: no lag and no recorded series, at the cost of reading every sample of the window each time.
    case fromRawCounters
}
