/// A folder a container writes outside its volumes, mounted as an in-memory tmpfs because the container's root
/// filesystem is read-only. What it holds is lost when the container stops, and counts towards its memory limit.
public struct ScratchFolder: Hashable, Sendable {
    /// The path inside the container, e.g. `/tmp`.
    public var path: String
    /// The most it may hold, in megabytes.
    public var megabytes: Int
    /// What the image writes there, for the stack's README.
    public var reason: String

    /// `/tmp`, holding at most `megabytes`, for `reason`.
    public init(_ path: String, megabytes: Int, reason: String) {
        self.path = path
        self.megabytes = megabytes
        self.reason = reason
    }

    /// The compose `tmpfs:` entry: `/tmp:size=64m,mode=1777` (writable by every user, as /tmp is).
    public var composeValue: String { "\(path):size=\(megabytes)m,mode=1777" }
}
