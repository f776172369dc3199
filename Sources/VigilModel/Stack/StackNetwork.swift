/// The docker network the stack's containers run on.
public enum StackNetwork: Hashable, Sendable {
    /// A network of the stack's own, created by docker compose: the application is scraped at addresses
    /// reachable from it (published ports of the host, or other hosts).
    case own
    /// The application's existing network, e.g. `autodealgenie_default` created by the application's own
    /// compose project: the stack's containers join it and reach the application by its service names.
    case external(String)
}
