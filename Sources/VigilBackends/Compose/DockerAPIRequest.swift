/// A request to the Docker Engine API that a container of the stack makes, which the Docker socket proxy lets
/// through: every other method and path is refused.
enum DockerAPIRequest: CaseIterable, Comparable {
    /// `HEAD` and `GET /_ping`: the Docker client's API version negotiation.
    case ping
    /// `GET /version`: the engine's version.
    case version
    /// `GET /info`: the storage driver and Docker's root folder.
    case info
    /// `GET /containers/json`: the running containers.
    case listContainers
    /// `GET /containers/<id>/json`: one container's name, labels and image.
    case inspectContainer
    /// `GET /containers/<id>/logs`: one container's output.
    case containerLogs
    /// `GET /networks`: the networks, whose labels container discovery reads.
    case listNetworks

    /// The path after the optional API version (`/v1.47`), as a Go regular expression; `nil` for the ping, which
    /// has none.
    var versionedPath: String? {
        switch self {
        case .ping: nil
        case .version: "/version"
        case .info: "/info"
        case .listContainers: "/containers/json"
        case .inspectContainer: "/containers/[a-zA-Z0-9_.-]+/json"
        case .containerLogs: "/containers/[a-zA-Z0-9_.-]+/logs"
        case .listNetworks: "/networks"
        }
    }

    /// The `GET` allow-list of `requests` for socket-proxy, which anchors it (`^...$`) itself:
    /// `/_ping|(/v[0-9.]+)?(/version|/info)`.
    static func getPattern(_ requests: Set<DockerAPIRequest>) -> String {
        let paths = requests.sorted().compactMap(\.versionedPath)
        let versioned = paths.isEmpty ? [] : ["(/v[0-9.]+)?(\(paths.joined(separator: "|")))"]
        return ((requests.contains(.ping) ? ["/_ping"] : []) + versioned).joined(separator: "|")
    }
}
