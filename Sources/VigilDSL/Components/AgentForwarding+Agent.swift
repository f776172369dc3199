extension AgentForwarding {
    /// A Prometheus agent on the remote host, writing to `url`: the stack's Prometheus,
    /// `http://<its host>:9090/api/v1/write`, or a long-term store's endpoint. Credentials and certificates come from
    /// secret files, created beside the remote host's compose file (`remote-hosts/<host>/secrets/<name>`).
    public static func agent(
        url: String, authorization: ScrapeAuthorization? = nil, tls: ScrapeTLS? = nil,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) -> AgentForwarding {
        AgentForwarding(
            url: url, authorization: authorization, tls: tls,
            location: SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column))
    }
}
