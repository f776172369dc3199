import VigilModel

/// Renders one kind of artefact (prometheus.yml, docker-compose.yml, …) from a lowered stack.
///
/// Emitters are pure: the same stack gives the same files, byte for byte, and they read only the
/// ``ResolvedStack``, never the DSL.
public protocol ArtefactEmitter: Sendable {
    /// The files this emitter produces for `stack`.
    func emit(_ stack: ResolvedStack) throws -> [OutputFile]
}
