/// A dynamic source of scrape targets, beside or instead of static addresses.
public enum ServiceDiscovery: Hashable, Sendable {
    /// Targets listed in JSON or YAML files that Prometheus re-reads (`file_sd_configs`). Paths are as seen
    /// by Prometheus; relative ones are relative to the configuration folder (`/etc/prometheus`).
    case files([String], refresh: Duration)
    /// Targets from DNS records (`dns_sd_configs`); `port` is required for A and AAAA records.
    case dns([String], type: DNSRecordType, port: Int?, refresh: Duration)

    /// The DNS record types Prometheus can discover targets from.
    public enum DNSRecordType: String, Hashable, Sendable {
        case srv = "SRV"
        case a = "A"
        case aaaa = "AAAA"
        case mx = "MX"
        case ns = "NS"
    }
}
