import VigilDSL

extension ResolvedRemoteHost {
    /// Lowers a remote host and its exporters.
    init(_ host: RemoteHost) {
        self.init(
            name: host.name, address: host.address, exporters: host.exporters.map { ResolvedExporter($0, on: host) },
            forwarding: host.forwarding, location: host.location)
    }
}
