import VigilCore
import VigilModel

/// An Alertmanager configuration as read: its routing tree (as the model writes one, so that the model's own
/// routing can be asked where a label set goes), receivers with their credentials named as secrets,
/// inhibitions and time intervals.
public struct ImportedAlertmanager: Sendable {
    /// The root route and its children; each route's receiver filled in from its parent where it names none.
    public var root: ResolvedRoute
    /// `global.resolve_timeout`.
    public var resolveTimeout: Duration?
    /// The receivers, in order.
    public var receivers: [Receiver]
    /// The inhibitions, in order.
    public var inhibitions: [Inhibit]
    /// The time intervals, by name, in order.
    public var schedules: [Schedule]
    /// The secrets the receivers read, each with the input place of the credential it replaces.
    public var secrets: [(name: String, location: InputLocation)]
}
