/// How docker decides whether a container is healthy.
public enum ContainerHealth: Hashable, Sendable {
    /// A command run inside the container (exec form, no shell unless the command is one).
    case check([String], startPeriod: String = "30s")
    /// No healthcheck, because the image holds nothing that could run one; the reason is written beside the
    /// service in docker-compose.yml, and nothing waits for the container to be healthy.
    case none(reason: String)

    /// A `wget` request that fails unless `url` answers 2xx, for images with busybox or Alpine.
    public static func wget(_ url: String) -> ContainerHealth {
        .check(["CMD", "wget", "--quiet", "--tries=1", "--spider", url])
    }

    /// Whether docker can tell this container healthy, so that others may wait for it.
    public var isChecked: Bool {
        if case .check = self { return true }
        return false
    }
}
