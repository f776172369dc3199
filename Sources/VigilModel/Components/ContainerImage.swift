import VigilCore

/// A container image pinned to a tag that an environment variable can override at deploy time.
public struct ContainerImage: Hashable, Sendable {
    /// The repository, e.g. `prom/prometheus`.
    public var repository: String
    /// The pinned tag, e.g. `v3.5.0`.
    public var tag: String
    /// The environment variable that overrides the tag, e.g. `PROMETHEUS_VERSION`.
    public var versionVariable: String

    /// The image `repository:tag`, whose tag the environment variable `versionVariable` overrides.
    public init(repository: String, tag: String, versionVariable: String) {
        self.repository = repository
        self.tag = tag
        self.versionVariable = versionVariable
    }

    /// The compose `image:` value: `prom/prometheus:${PROMETHEUS_VERSION:-v3.5.0}`.
    public var reference: String { "\(repository):${\(versionVariable):-\(tag)}" }

    /// The same image pinned to `version`'s tag when the spec gives one.
    public func pinned(to version: ImageVersion?) -> ContainerImage {
        guard let version else { return self }
        var image = self
        image.tag = version.tag
        return image
    }
}

extension ContainerImage {
    /// The image a compose file's `image:` value names, as ``reference`` writes it
    /// (`prom/prometheus:${PROMETHEUS_VERSION:-v3.5.3}`) or with a plain tag (`prom/prometheus:v3.5.3`, with no
    /// version variable); `nil` for a value without a tag.
    public init?(composeReference reference: String) {
        if let match = reference.wholeMatch(of: #/([^:$]+):\$\{([A-Za-z_][A-Za-z0-9_]*):-([^}]+)\}/#) {
            self.init(
                repository: String(match.output.1), tag: String(match.output.3),
                versionVariable: String(match.output.2))
        } else if let match = reference.wholeMatch(of: #/(.+):([A-Za-z0-9_][A-Za-z0-9_.-]*)/#) {
            self.init(repository: String(match.output.1), tag: String(match.output.2), versionVariable: "")
        } else {
            return nil
        }
    }
}
