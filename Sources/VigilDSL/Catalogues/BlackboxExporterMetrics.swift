/// The metrics of the Prometheus blackbox exporter, which probes endpoints over HTTP, TCP, ICMP and DNS, by
/// the names, kinds and labels its probes export them with.
///
/// Each probe is one scrape of the exporter's `/probe` endpoint for one target, so every series carries the
/// probed target as `instance` (after the usual relabelling). Declare the whole catalogue on the service
/// that scrapes the probes:
/// ```swift
/// Service("blackbox", scrape: .target("blackbox-exporter:9115", path: "/probe")) { BlackboxExporterMetrics.all }
/// ```
///
/// Swift names follow the metric names: the `probe_` prefix and the `_total` suffix dropped, the rest in
/// lowerCamelCase (`probe_ssl_earliest_cert_expiry` is ``sslEarliestCertExpiry``).
public enum BlackboxExporterMetrics {
    // MARK: - Label sets

    /// The label of per-phase probe durations.
    public enum PhaseLabel: String, LabelKey {
        /// HTTP: `resolve`, `connect`, `tls`, `processing`, `transfer`; ICMP: `resolve`, `setup`, `rtt`;
        /// DNS: `resolve`, `connect`, `request`.
        case phase
    }

    /// The label of the TLS version a probe negotiated.
    public enum TLSVersionLabel: String, LabelKey {
        /// e.g. `TLS 1.3`.
        case version
    }

    /// The label of the TLS cipher a probe negotiated.
    public enum TLSCipherLabel: String, LabelKey {
        /// e.g. `TLS_AES_128_GCM_SHA256`.
        case cipher
    }

    /// The labels of the certificate chain a probe verified.
    public enum SSLChainLabel: String, LabelKey {
        /// The leaf certificate's SHA-256 fingerprint.
        case fingerprintSHA256 = "fingerprint_sha256"
        /// Its subject.
        case subject
        /// Its issuer.
        case issuer
        /// Its subject alternative names.
        case subjectalternative
        /// Its serial number.
        case serialnumber
    }

    // MARK: - Every probe

    /// 1 when the probe succeeded: the alerting metric.
    public static let success = Gauge<NoLabels>(
        "probe_success", help: "Displays whether or not the probe was a success")

    /// How long the probe took.
    public static let durationSeconds = Gauge<NoLabels>(
        "probe_duration_seconds", help: "Returns how long the probe took to complete in seconds", unit: .seconds)

    /// How long resolving the target's name took.
    public static let dnsLookupTimeSeconds = Gauge<NoLabels>(
        "probe_dns_lookup_time_seconds", help: "Returns the time taken for probe dns lookup in seconds",
        unit: .seconds)

    /// 4 or 6: the IP protocol the probe used.
    public static let ipProtocol = Gauge<NoLabels>(
        "probe_ip_protocol", help: "Specifies whether probe ip protocol is IP4 or IP6")

    /// A hash of the probed IP address, to notice it changing.
    public static let ipAddrHash = Gauge<NoLabels>(
        "probe_ip_addr_hash", help: "Specifies the hash of IP address. It's useful to detect if the IP address changes."
    )

    // MARK: - HTTP probes

    /// The HTTP response's status code.
    public static let httpStatusCode = Gauge<NoLabels>("probe_http_status_code", help: "Response HTTP status code")

    /// How long each phase of the HTTP request took.
    public static let httpDurationSeconds = Gauge<PhaseLabel>(
        "probe_http_duration_seconds", help: "Duration of http request by phase, summed over all redirects",
        unit: .seconds)

    /// The response's length, as sent.
    public static let httpContentLength = Gauge<NoLabels>(
        "probe_http_content_length", help: "Length of http content response")

    /// The response body's length after decompression.
    public static let httpUncompressedBodyLength = Gauge<NoLabels>(
        "probe_http_uncompressed_body_length", help: "Length of uncompressed response body")

    /// Redirects followed.
    public static let httpRedirects = Gauge<NoLabels>("probe_http_redirects", help: "The number of redirects")

    /// 1 when the final request used TLS.
    public static let httpSSL = Gauge<NoLabels>(
        "probe_http_ssl", help: "Indicates if SSL was used for the final redirect")

    /// The HTTP version of the response, e.g. 1.1.
    public static let httpVersion = Gauge<NoLabels>(
        "probe_http_version", help: "Returns the version of HTTP of the probe response")

    /// The response's `Last-Modified`, in seconds since the Unix epoch.
    public static let httpLastModifiedTimestampSeconds = Gauge<NoLabels>(
        "probe_http_last_modified_timestamp_seconds",
        help: "Returns the Last-Modified HTTP response header in unixtime", unit: .seconds)

    /// 1 when the probe failed because of a body or header regular expression.
    public static let failedDueToRegex = Gauge<NoLabels>(
        "probe_failed_due_to_regex", help: "Indicates if probe failed due to regex")

    // MARK: - TLS

    /// When the first certificate of the chain to expire expires, in seconds since the Unix epoch.
    public static let sslEarliestCertExpiry = Gauge<NoLabels>(
        "probe_ssl_earliest_cert_expiry", help: "Returns last SSL chain expiry in unixtime", unit: .seconds)

    /// When the verified chain's earliest certificate expires, in seconds since the Unix epoch.
    public static let sslLastChainExpiryTimestampSeconds = Gauge<NoLabels>(
        "probe_ssl_last_chain_expiry_timestamp_seconds",
        help: "Returns last SSL chain expiry in timestamp", unit: .seconds)

    /// The verified chain's leaf certificate; always 1.
    public static let sslLastChainInfo = Gauge<SSLChainLabel>(
        "probe_ssl_last_chain_info", help: "Contains SSL leaf certificate information")

    /// The negotiated TLS version; always 1.
    public static let tlsVersionInfo = Gauge<TLSVersionLabel>(
        "probe_tls_version_info", help: "Returns the TLS version used or NaN when unknown")

    /// The negotiated TLS cipher; always 1.
    public static let tlsCipherInfo = Gauge<TLSCipherLabel>(
        "probe_tls_cipher_info", help: "Returns the TLS cipher negotiated during handshake")

    // MARK: - ICMP and DNS probes

    /// How long each phase of the ICMP probe took.
    public static let icmpDurationSeconds = Gauge<PhaseLabel>(
        "probe_icmp_duration_seconds", help: "Duration of icmp request by phase", unit: .seconds)

    /// The hop limit (TTL) of the ICMP reply.
    public static let icmpReplyHopLimit = Gauge<NoLabels>(
        "probe_icmp_reply_hop_limit", help: "Replied packet hop limit (TTL for ipv4)")

    /// How long each phase of the DNS probe took.
    public static let dnsDurationSeconds = Gauge<PhaseLabel>(
        "probe_dns_duration_seconds", help: "Duration of DNS request by phase", unit: .seconds)

    /// Records in the DNS answer.
    public static let dnsAnswerRrs = Gauge<NoLabels>(
        "probe_dns_answer_rrs", help: "Returns number of entries in the answer resource record list")

    /// 1 when the DNS query succeeded.
    public static let dnsQuerySucceeded = Gauge<NoLabels>(
        "probe_dns_query_succeeded", help: "Displays whether or not the query was executed successfully")

    /// The zone's SOA serial number.
    public static let dnsSerial = Gauge<NoLabels>("probe_dns_serial", help: "Returns the serial number of the zone")

    // MARK: - The exporter

    /// 1 when the exporter's last configuration reload succeeded (from its own `/metrics`).
    public static let exporterConfigLastReloadSuccessful = Gauge<NoLabels>(
        "blackbox_exporter_config_last_reload_successful", help: "Blackbox exporter config loaded successfully.")

    /// Probes requested with a module the configuration lacks (from its own `/metrics`).
    public static let moduleUnknown = Counter<NoLabels>(
        "blackbox_module_unknown_total", help: "Count of unknown modules requested by probes")

    /// Every metric of this catalogue, for declaring it on a service.
    public static let all: [MetricDeclaration] = [
        success.declaration, durationSeconds.declaration, dnsLookupTimeSeconds.declaration, ipProtocol.declaration,
        ipAddrHash.declaration,
        httpStatusCode.declaration, httpDurationSeconds.declaration, httpContentLength.declaration,
        httpUncompressedBodyLength.declaration, httpRedirects.declaration, httpSSL.declaration,
        httpVersion.declaration, httpLastModifiedTimestampSeconds.declaration, failedDueToRegex.declaration,
        sslEarliestCertExpiry.declaration, sslLastChainExpiryTimestampSeconds.declaration,
        sslLastChainInfo.declaration, tlsVersionInfo.declaration, tlsCipherInfo.declaration,
        icmpDurationSeconds.declaration, icmpReplyHopLimit.declaration, dnsDurationSeconds.declaration,
        dnsAnswerRrs.declaration, dnsQuerySucceeded.declaration, dnsSerial.declaration,
        exporterConfigLastReloadSuccessful.declaration, moduleUnknown.declaration,
    ]
}
