/// The compose target's settings after lowering, as ``ResolvedKubernetes`` is the Kubernetes target's: the host
/// address published ports bind to and the docker network. Only the compose backend reads them.
public struct ResolvedCompose: Sendable {
    /// The host address published ports bind to unless `VIGIL_BIND_ADDRESS` overrides it at deploy time.
    public var bindAddress: String
    /// Whether the spec asked for every interface by name (`.everyInterface`), rather than writing a wildcard.
    public var bindsEveryInterfaceOnPurpose: Bool
    /// The docker network the containers run on.
    public var network: StackNetwork

    /// Settings of these values; loopback and the stack's own network by default.
    public init(
        bindAddress: String = BindAddress.loopback.address, bindsEveryInterfaceOnPurpose: Bool = false,
        network: StackNetwork = .own
    ) {
        self.bindAddress = bindAddress
        self.bindsEveryInterfaceOnPurpose = bindsEveryInterfaceOnPurpose
        self.network = network
    }
}
