extension ResolvedExporter {
    /// The URL redis-exporter connects to: `redis:6379` gets the `redis://` scheme; a URL written with its scheme
    /// (`redis://`, `rediss://` for TLS) is kept as it is.
    package func redisURL(_ address: String) -> String {
        address.contains("://") ? address : "redis://\(address)"
    }
}
