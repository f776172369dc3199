/// Which series an SLO's indicator reads: those of its service's own scrape job, or any job's.
///
/// A metric name such as Micrometer's `http_server_requests_seconds` is exported by many services; an SLO
/// that read every job's would mix them into one ratio. An SLO of a scraped service therefore reads only
/// series with the service's `job` label, unless its selectors name a job themselves or it says otherwise:
///
/// ```swift
/// SLO("checkout-availability", objective: 99.9%, scope: .anyJob) {
///     Ratio(errors: requests.where(.status, matches: "5.."), total: requests)   // every job behind the gateway
/// }
/// ```
public enum SLIScope: Sendable, Hashable {
    /// The series of the service's scrape job (the default).
    case serviceJob
    /// The series of every job, for an SLO that spans services.
    case anyJob
}
