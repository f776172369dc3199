/// How the blackbox exporter probes a target: one module of its configuration (`templates/blackbox/`). The
/// scrape job picks it from the target's form: a URL is probed over HTTP, `host:port` over TCP.
public enum ProbeModule: String, Hashable, Sendable, CaseIterable {
    /// An HTTP GET that must answer 2xx within the timeout.
    case http2xx = "http_2xx"
    /// A TCP connection that must open.
    case tcpConnect = "tcp_connect"
}
