/// The host address a stack's published ports bind to. Loopback by default: Prometheus and Alertmanager have no
/// authentication of their own, so publishing them on every interface must be asked for by name.
///
/// ```swift
/// Stack("shop", bindAddress: "10.0.4.12") { ... }        // one interface of the host
/// Stack("shop", bindAddress: .everyInterface) { ... }    // every interface, on purpose
/// ```
/// A wildcard written as text (`"0.0.0.0"`, `"::"`) is an error that lists what it would expose.
public struct BindAddress: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The address as compose publishes ports on it, e.g. `127.0.0.1`.
    public let address: String
    /// Whether the spec asked for every interface by name (``everyInterface``).
    public let isEveryInterfaceOnPurpose: Bool

    /// The address `address`, e.g. `"10.0.4.12"`.
    public init(_ address: String) {
        self.address = address
        self.isEveryInterfaceOnPurpose = false
    }

    /// The address written as a string literal.
    public init(stringLiteral address: String) {
        self.init(address)
    }

    private init(everyInterface address: String) {
        self.address = address
        self.isEveryInterfaceOnPurpose = true
    }

    /// 127.0.0.1: reachable from the host only (the default).
    public static let loopback = BindAddress("127.0.0.1")
    /// 0.0.0.0: every interface of the host, so every published port is reachable from the networks the host is
    /// on. Put a firewall or an authenticating proxy in front.
    public static let everyInterface = BindAddress(everyInterface: "0.0.0.0")

    /// The address.
    public var description: String { address }
}
