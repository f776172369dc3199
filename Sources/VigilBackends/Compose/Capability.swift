/// A Linux capability a container gets back after docker-compose.yml drops them all (`cap_drop: [ALL]`). Only
/// the ones some container needs are listed.
public enum Capability: String, Hashable, Sendable, CaseIterable {
    /// Read any file and search any folder whatever its mode: cAdvisor, as root, walks every container's
    /// writable layer below /var/lib/docker to measure its disk use, and folders there belong to the
    /// containers' own users.
    case dacReadSearch = "DAC_READ_SEARCH"
}
