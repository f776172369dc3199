/// One running copy of a server the stack deploys: a Prometheus replica or an Alertmanager peer, by the name
/// its container (and its replica label) carries and the address the other servers reach it at.
public struct ServerInstance: Sendable, Hashable {
    /// The compose service, e.g. `prometheus-2`; a single server keeps the plain name, `prometheus`.
    public var name: String
    /// The host the other servers reach it at: its compose service, or the loopback address in the local
    /// profile.
    public var host: String
    /// The port it listens on.
    public var port: Int

    /// An instance reached at `host:port`.
    public init(name: String, host: String, port: Int) {
        self.name = name
        self.host = host
        self.port = port
    }

    /// `host:port`.
    public var address: String { "\(host):\(port)" }

    /// The `count` instances of the server `name` listening on `port`: `name` itself for one (or a count below
    /// one, which validation reports), `name-1` … `name-<count>` for more, each reached at its service name.
    public static func instances(of name: String, count: Int, port: Int) -> [ServerInstance] {
        guard count > 1 else { return [ServerInstance(name: name, host: name, port: port)] }
        return (1...count).map { ServerInstance(name: "\(name)-\($0)", host: "\(name)-\($0)", port: port) }
    }

    /// Whether `service` is an instance of the server `name`: `name` itself or a numbered `name-<n>`.
    public static func isInstance(_ service: String, of name: String) -> Bool {
        service == name || (service.hasPrefix("\(name)-") && Int(service.dropFirst(name.count + 1)) != nil)
    }
}
