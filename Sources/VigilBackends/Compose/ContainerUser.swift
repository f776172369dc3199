/// The user and group a container's process runs as, always written in docker-compose.yml (`user:`), so that the
/// compose file says who runs each process rather than leaving it to the image.
public enum ContainerUser: Hashable, Sendable {
    /// A user other than root, by number: the image's own user, whose data folder it owns, or `nobody` (65534)
    /// for an image that has none.
    case account(uid: Int, gid: Int)
    /// Root, for an image that cannot work without it; `reason` says why, in the stack's README. Root's
    /// capabilities are still dropped, so it reads only what its uid owns on the read-only mounts.
    case root(reason: String)

    /// `nobody`, uid and gid 65534, which busybox, Alpine and distroless images all know.
    public static let nobody = ContainerUser.account(uid: 65534, gid: 65534)

    /// The compose `user:` value: `65534:65534`, `0:0`.
    public var composeValue: String {
        switch self {
        case .account(let uid, let gid): "\(uid):\(gid)"
        case .root: "0:0"
        }
    }

    /// The user id.
    public var uid: Int {
        switch self {
        case .account(let uid, _): uid
        case .root: 0
        }
    }
}
