import VigilCore

/// A service of the imported stack: the rules of one or more rule groups, with the metrics they read that it
/// declares.
public struct ImportedService: Hashable, Sendable {
    /// The service's name, which Vigil gives its rule group and its alerts' `service` label.
    public var name: String
    /// The rule groups it was made of.
    public var groupNames: [String]
    /// The groups' evaluation interval.
    public var interval: Duration?
    /// The groups' `query_offset`.
    public var queryOffset: Duration?
    /// The groups' labels.
    public var labels: [String: String]
    /// Its rules, in the input's order.
    public var rules: [ImportedRule]
    /// The inferred metrics it declares, by name.
    public var metrics: [InferredMetric] = []
    /// The catalogues it declares whole.
    public var catalogues: [CatalogueReference] = []
}
