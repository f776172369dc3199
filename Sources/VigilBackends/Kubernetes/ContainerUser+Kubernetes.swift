import YAMLKit

extension ContainerUser {
    /// The pod's `securityContext`: the same user and group as compose's `user:`, never root when the user is
    /// not, and the runtime's default seccomp profile.
    var podSecurityContext: YAMLNode {
        var context = YAMLMapping()
        context.append("runAsNonRoot", .bool(uid != 0))
        context.append("runAsUser", .int(uid))
        context.append("runAsGroup", .int(gid))
        context.append("seccompProfile", ["type": "RuntimeDefault"])
        return .mapping(context)
    }

    /// The group id.
    var gid: Int {
        switch self {
        case .account(_, let gid): gid
        case .root: 0
        }
    }
}
