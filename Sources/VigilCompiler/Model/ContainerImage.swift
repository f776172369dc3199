import VigilDSL

/// A container image pinned to a tag that an environment variable can override at deploy time.
public struct ContainerImage: Hashable, Sendable {
    /// The repository, e.g. `prom/prometheus`.
    public var repository: String
    /// The pinned tag, e.g. `v3.5.0`.
    public var tag: String
    /// The environment variable that overrides the tag, e.g. `PROMETHEUS_VERSION`.
    public var versionVariable: String

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
