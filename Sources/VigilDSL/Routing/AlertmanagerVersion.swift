/// An Alertmanager release line, for what a generated configuration may use.
///
/// Vigil writes only fields the stack's `compatibility` version understands. The default, 0.25, is what
/// Debian's `amtool` checks, so `specs validate` can verify every file; fields added later (Microsoft Teams,
/// webhook `url_file`) need a later version and are then reported as not verifiable by that `amtool`.
public struct AlertmanagerVersion: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The major version.
    public let major: Int
    /// The minor version.
    public let minor: Int

    /// Version `major.minor`.
    public init(_ major: Int, _ minor: Int) {
        self.major = major
        self.minor = minor
    }

    /// 0.25, Debian's packaged Alertmanager and amtool.
    public static let v025 = AlertmanagerVersion(0, 25)
    /// 0.26: Microsoft Teams, webhook `url_file`.
    public static let v026 = AlertmanagerVersion(0, 26)
    /// 0.27: Microsoft Teams `webhook_url_file`.
    public static let v027 = AlertmanagerVersion(0, 27)
    /// 0.28, the version the generated compose file runs.
    public static let v028 = AlertmanagerVersion(0, 28)

    /// `major.minor`.
    public var description: String { "\(major).\(minor)" }

    /// Orders older first.
    public static func < (lhs: AlertmanagerVersion, rhs: AlertmanagerVersion) -> Bool {
        (lhs.major, lhs.minor) < (rhs.major, rhs.minor)
    }
}
