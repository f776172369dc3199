/// A release's version number, `major.minor.patch`, as tools print it and image tags carry it
/// (`3.5.3`, `v0.28.1`, `2.40.3-3`).
public struct ReleaseVersion: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The major version.
    public var major: Int
    /// The minor version.
    public var minor: Int
    /// The patch version; `nil` for a release line such as `3.5`.
    public var patch: Int?

    /// Version `major.minor.patch`, or the release line `major.minor` without a patch.
    public init(_ major: Int, _ minor: Int, _ patch: Int? = nil) {
        self.major = major
        self.minor = minor
        self.patch = patch
    }

    /// The first version number in `text` (`promtool, version 3.5.3+ds1 (...)`, `v0.28.1`, `2.40.3-3`):
    /// two or three dot-separated numbers, after an optional `v`; `nil` when there is none.
    public init?(in text: String) {
        guard let match = text.firstMatch(of: #/\bv?(\d+)\.(\d+)(?:\.(\d+))?/#),
            let major = Int(match.output.1), let minor = Int(match.output.2)
        else { return nil }
        self.init(major, minor, match.output.3.flatMap { Int($0) })
    }

    /// The release line, `major.minor`.
    public var line: ReleaseVersion { ReleaseVersion(major, minor) }

    /// Whether both are of the same release line: the same major and minor version.
    public func sameLine(as other: ReleaseVersion) -> Bool { major == other.major && minor == other.minor }

    /// `3.5.3`, or `3.5` for a release line.
    public var description: String { patch.map { "\(major).\(minor).\($0)" } ?? "\(major).\(minor)" }

    /// Orders older first; a release line before its patches.
    public static func < (lhs: ReleaseVersion, rhs: ReleaseVersion) -> Bool {
        (lhs.major, lhs.minor, lhs.patch ?? -1) < (rhs.major, rhs.minor, rhs.patch ?? -1)
    }
}
