import Foundation

/// Compares what the specs generate with what is on disk, without writing anything: every file that is drifted,
/// missing, extra or has the wrong mode, a folder with the wrong mode, what stands in the way of `generate`, the
/// leftovers of an interrupted `generate`, and files that vigil did not generate in a folder a tool loads whole
/// (``LoadedFolders``). It reads below the output folder as the writer does, without following links, and holds
/// the output folder's lock shared while it reads, so that it never sees a `generate` half way.
public struct DriftCheck: Sendable {
    /// The output directory, usually `generated/`.
    public let root: URL
    /// Told what the check waits for when a `generate` on the same folder holds the lock.
    let waiting: @Sendable (String) -> Void

    /// Creates a check of the files below `root`; `waiting` hears when it has to wait for a `generate`.
    public init(root: URL, waiting: @escaping @Sendable (String) -> Void = { _ in }) {
        self.root = root
        self.waiting = waiting
    }

    /// Every drift, sorted by path. With `includeUndeclaredStacks`, the generated files of stacks that the specs no
    /// longer declare count as extra. Throws ``OutputFileError`` when a folder cannot be read.
    public func check(_ outputs: [StackOutput], includeUndeclaredStacks: Bool) throws -> [Drift] {
        guard let root = try Directory.openRoot(root) else {
            let display = Directory.displayPath(of: root)
            return outputs.flatMap { output in
                output.files.map { Drift(path: "\(display)/\(output.stackName)/\($0.path)", kind: .missing) }
            }
        }
        let lock = try OutputLock(on: root, exclusive: false, waiting: waiting)
        // Each stack's folder is read on its own, in parallel.
        var drifts = try outputs.concurrentMap { output in
            try StackUpdate(files: output.files, in: StackFolder(root: root, name: output.stackName)).drifts
        }.flatMap { $0 }
        if includeUndeclaredStacks {
            let declared = Set(outputs.map(\.stackName))
            for name in try StackFolder.generatedStackNames(in: root) where !declared.contains(name) {
                drifts += try StackUpdate(files: [], in: StackFolder(root: root, name: name)).drifts
            }
        }
        withExtendedLifetime(lock) {}
        return drifts.sorted { $0.path < $1.path }
    }
}
