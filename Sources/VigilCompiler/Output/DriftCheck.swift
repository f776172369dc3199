import Foundation

/// Compares what the specs generate with what is on disk, without writing anything.
public struct DriftCheck: Sendable {
    /// The output directory, usually `generated/`.
    public let root: URL

    /// Creates a check of the files below `root`.
    public init(root: URL) {
        self.root = root
    }

    /// One file that is not as the specs would generate it.
    public struct Drift: Hashable, Sendable, CustomStringConvertible {
        /// How the file differs.
        public enum Kind: String, Sendable {
            /// It exists, with other contents (hand-edited, or the specs changed since the last generate).
            case drifted
            /// The specs generate it, but it is not on disk.
            case missing
            /// It was generated before and the specs no longer produce it.
            case extra
        }

        /// The file's path, relative to the working directory when the root is.
        public var path: String
        /// How it differs.
        public var kind: Kind

        public var description: String {
            switch kind {
            case .drifted: "\(path): drifted (differs from what the specs generate)"
            case .missing: "\(path): missing (the specs generate it)"
            case .extra: "\(path): extra (generated before, no longer produced by the specs)"
            }
        }
    }

    /// Every drifted, missing and extra file, sorted by path. With `includeUndeclaredStacks`, the generated
    /// files of stacks that the specs no longer declare count as extra.
    public func check(_ outputs: [StackOutput], includeUndeclaredStacks: Bool) -> [Drift] {
        var drifts = outputs.flatMap(check(_:))
        if includeUndeclaredStacks {
            let declared = Set(outputs.map(\.stackName))
            for name in StackFolder.generatedStackNames(in: root) where !declared.contains(name) {
                let folder = StackFolder(root: root, name: name)
                drifts += (folder.previousManifest.paths + [Manifest.path]).filter(folder.exists).map {
                    Drift(path: folder.displayPath($0), kind: .extra)
                }
            }
        }
        return drifts.sorted { $0.path < $1.path }
    }

    func check(_ output: StackOutput) -> [Drift] {
        let folder = StackFolder(root: root, name: output.stackName)
        var drifts: [Drift] = output.files.compactMap { file in
            switch folder.contents(of: file.path) {
            case file.contents: nil
            case nil where !folder.exists(file.path): Drift(path: folder.displayPath(file.path), kind: .missing)
            default: Drift(path: folder.displayPath(file.path), kind: .drifted)
            }
        }
        let produced = Set(output.files.map(\.path))
        drifts += folder.previousManifest.paths.filter { !produced.contains($0) && folder.exists($0) }.map {
            Drift(path: folder.displayPath($0), kind: .extra)
        }
        return drifts
    }
}
