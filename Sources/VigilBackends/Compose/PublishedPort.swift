import VigilCore

/// A container port published on the host, on the stack's bind address.
public struct PublishedPort: Hashable, Sendable {
    /// The port on the host.
    public var host: Int
    /// The port inside the container.
    public var container: Int
    /// What is served there, for the stack's README ("web UI", "OTLP gRPC").
    public var purpose: String
    /// Where the port was chosen, for diagnostics.
    public var location: SourceLocation

    /// `port` on both sides.
    public init(_ host: Int, container: Int? = nil, purpose: String, location: SourceLocation) {
        self.host = host
        self.container = container ?? host
        self.purpose = purpose
        self.location = location
    }
}
