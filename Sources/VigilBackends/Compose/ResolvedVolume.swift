import VigilCore

/// A mount of a container: a named volume for state, or a bind mount of a folder.
public struct ResolvedVolume: Hashable, Sendable {
    /// Where the mount's content comes from.
    public enum Source: Hashable, Sendable {
        /// A named volume of the compose project, e.g. `prometheus-data`.
        case named(String)
        /// A folder or file beside docker-compose.yml, e.g. `./prometheus`.
        case stackFolder(String)
        /// A path on the host, e.g. `/var/log/app` or `/sys`, and why the container reads it (for the stack's
        /// README: a host path is the host's data, seen from a container).
        case host(String, purpose: String)
    }

    /// Where the content comes from.
    public var source: Source
    /// The path inside the container.
    public var target: String
    /// Whether the container may only read it.
    public var readOnly: Bool
    /// Where the mount was asked for, for diagnostics.
    public var location: SourceLocation

    /// Configuration the stack folder holds (`folder`, beside docker-compose.yml), mounted read-only at `target`.
    package static func configuration(_ folder: String, at target: String, location: SourceLocation) -> ResolvedVolume {
        ResolvedVolume(source: .stackFolder(folder), target: target, readOnly: true, location: location)
    }

    /// State the container writes, kept on the named volume `name` of the compose project.
    package static func state(_ name: String, at target: String, location: SourceLocation) -> ResolvedVolume {
        ResolvedVolume(source: .named(name), target: target, readOnly: false, location: location)
    }

    /// The name of the named volume it mounts; `nil` for a bind mount.
    public var volumeName: String? {
        guard case .named(let name) = source else { return nil }
        return name
    }

    /// The compose short syntax: `./prometheus:/etc/prometheus:ro`.
    public var shortSyntax: String {
        let source =
            switch self.source {
            case .named(let name): name
            case .stackFolder(let path): path.hasPrefix("./") || path.hasPrefix("../") ? path : "./\(path)"
            case .host(let path, _): path
            }
        return "\(source):\(target)\(readOnly ? ":ro" : "")"
    }

    /// A value of these fields.
    package init(source: Source, target: String, readOnly: Bool, location: SourceLocation) {
        self.source = source
        self.target = target
        self.readOnly = readOnly
        self.location = location
    }
}
