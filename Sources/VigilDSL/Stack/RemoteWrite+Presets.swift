extension RemoteWrite {
    // Each preset is named after its engine (`mimir`, `thanos-receive`, `victoria-metrics`) unless `name:` says
    // otherwise.

    /// Grafana Mimir's (or Cortex's) push endpoint, `https://mimir.example.com/api/v1/push`, for `tenant`.
    public static func mimir(
        url: String, tenant: String?, authorization: ScrapeAuthorization? = nil, tls: ScrapeTLS? = nil,
        rawSeries: [String] = [], headers: [String: String] = [:], name: String? = nil,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) -> RemoteWrite {
        RemoteWrite(
            name: name ?? RemoteStorage.mimir(tenant: tenant).name, url: url, storage: .mimir(tenant: tenant),
            authorization: authorization, tls: tls,
            headers: headers, rawSeries: rawSeries, queue: .prometheusDefaults,
            location: SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column))
    }

    /// Thanos Receive's endpoint, `http://thanos-receive:19291/api/v1/receive`, for `tenant` (the receiver's
    /// default tenant when `nil`).
    public static func thanosReceive(
        url: String, tenant: String? = nil, authorization: ScrapeAuthorization? = nil, tls: ScrapeTLS? = nil,
        rawSeries: [String] = [], headers: [String: String] = [:], name: String? = nil,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) -> RemoteWrite {
        RemoteWrite(
            name: name ?? RemoteStorage.thanosReceive(tenant: tenant).name, url: url,
            storage: .thanosReceive(tenant: tenant), authorization: authorization, tls: tls,
            headers: headers, rawSeries: rawSeries, queue: .prometheusDefaults,
            location: SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column))
    }

    /// VictoriaMetrics's endpoint: `http://victoriametrics:8428/api/v1/write` for a single node, or a
    /// `vminsert` URL with its tenant, `http://vminsert:8480/insert/<tenant>/prometheus`.
    public static func victoriaMetrics(
        url: String, authorization: ScrapeAuthorization? = nil, tls: ScrapeTLS? = nil, rawSeries: [String] = [],
        headers: [String: String] = [:], name: String? = nil,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) -> RemoteWrite {
        RemoteWrite(
            name: name ?? RemoteStorage.victoriaMetrics.name, url: url, storage: .victoriaMetrics,
            authorization: authorization, tls: tls,
            headers: headers, rawSeries: rawSeries, queue: .victoriaMetrics,
            location: SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column))
    }
}
