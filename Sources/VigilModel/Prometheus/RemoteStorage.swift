/// The long-term store a ``RemoteWrite`` sends to. Each engine takes the Prometheus remote-write protocol; they
/// differ in how they tell tenants apart and in the queue that suits them.
public enum RemoteStorage: Hashable, Sendable {
    /// Grafana Mimir (or Cortex): the tenant in the `X-Scope-OrgID` header, required unless Mimir runs without
    /// multi-tenancy (then `nil`, Mimir's `anonymous` tenant).
    case mimir(tenant: String?)
    /// Thanos Receive: the tenant in its `THANOS-TENANT` header, or the receiver's default tenant when `nil`.
    case thanosReceive(tenant: String?)
    /// VictoriaMetrics (single node, or `vminsert` of a cluster, whose URL carries the tenant).
    case victoriaMetrics

    /// The engine's name, as the README and the remote write's default name write it.
    public var name: String {
        switch self {
        case .mimir: "mimir"
        case .thanosReceive: "thanos-receive"
        case .victoriaMetrics: "victoria-metrics"
        }
    }

    /// The header that carries the tenant, for the engines that read one.
    public var tenantHeader: String? {
        switch self {
        case .mimir: "X-Scope-OrgID"
        case .thanosReceive: "THANOS-TENANT"
        case .victoriaMetrics: nil
        }
    }

    /// The tenant written, if any.
    public var tenant: String? {
        switch self {
        case .mimir(let tenant), .thanosReceive(let tenant): tenant
        case .victoriaMetrics: nil
        }
    }
}
