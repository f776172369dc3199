/// A release line of a server, `major.minor`: what a stack declares its configuration compatible with
/// (``PrometheusVersion``, ``AlertmanagerVersion``), ordered older first and written `3.5`.
public protocol ReleaseLine: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The major version.
    var major: Int { get }
    /// The minor version.
    var minor: Int { get }
}

extension ReleaseLine {
    /// `major.minor`.
    public var description: String { "\(major).\(minor)" }

    /// Orders older first.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.major, lhs.minor) < (rhs.major, rhs.minor)
    }
}
