import Foundation

/// Writes stack outputs to disk: unchanged files are left alone, files a previous generation wrote and this one no
/// longer produces are deleted, and a file vigil did not write is never overwritten or deleted.
///
/// - Each stack's update is one step (``StagingArea``): the new files are staged in the stack folder's
///   `.vigil-staging`, a journal commits them, then they are renamed into place and the stale files deleted; a new
///   stack folder is built whole beside it and renamed into place. A run killed half way is rolled back or forward
///   by the next one; `check` reports it until then.
/// - Everything below the output folder is reached through open folders (``Directory``), without following
///   symbolic links: a link where vigil needs a folder stops the run, a link where it generates a file is
///   replaced (never written through), a link is never deleted through. The output folder's own path is trusted.
/// - Only regular files that the previous manifest lists as plain relative paths are deleted; other lines are
///   reported. A `.gitignore` is kept while its folder holds other files (see ``StackUpdate/kept``).
/// - Runs on one output folder take turns (``OutputLock``).
/// - Files get mode 0644 and folders 0755, whatever the umask; a file whose only difference is its mode is written
///   again.
/// - Every problem is checked before the first change; errors name the path and the system's reason
///   (``OutputFileError``).
///
/// `VIGIL_WRITER_KILL_AFTER` is a test hook, see ``KillSwitch``.
public struct OutputWriter: Sendable {
    /// The output directory, usually `generated/`.
    public let root: URL
    /// Told what the writer waits for when another run on the same folder holds the lock.
    let waiting: @Sendable (String) -> Void

    /// Creates a writer into `root`; `waiting` hears when it has to wait for another run.
    public init(root: URL, waiting: @escaping @Sendable (String) -> Void = { _ in }) {
        self.root = root
        self.waiting = waiting
    }

    /// What writing one stack did.
    public struct Summary: Hashable, Sendable {
        /// The stack's name.
        public var stackName: String
        /// How an update that an earlier run left half done was finished, if there was one.
        public var recovery: Recovery?
        /// Paths written because they were new, changed or had the wrong mode.
        public var written: [String] = []
        /// Paths whose contents were already right.
        public var unchanged: [String] = []
        /// Paths deleted because the stack no longer produces them, or because they were an earlier run's
        /// temporary files.
        public var removed: [String] = []
        /// `.gitignore` files no longer produced, kept because their folder holds other files.
        public var kept: [String] = []
        /// What the writer found and left alone: damaged manifest lines, files in loaded folders that vigil did not
        /// generate, and the like.
        public var warnings: [String] = []
    }

    /// How the update that an interrupted run left was finished.
    public enum Recovery: Hashable, Sendable {
        /// Its journal was not committed: its staged files were deleted, the stack's files are as before it.
        case rolledBack
        /// Its journal was committed: its remaining steps were applied.
        case rolledForward
    }

    /// Why the writer refused to write anything.
    public struct Conflict: Error, Hashable, Sendable, CustomStringConvertible {
        /// What is in the way: files that exist, differ from the output and were not written by vigil, and links,
        /// files or folders where vigil needs something else.
        public var drifts: [DriftCheck.Drift]

        public var description: String {
            "refusing to write anything, because of:\n" + drifts.map { "  \($0)" }.joined(separator: "\n")
        }
    }

    /// Writes every output. With `removeUndeclaredStacks`, folders of stacks that vigil generated before and
    /// that no longer exist in the specs lose their generated files too. Checks all conflicts before touching
    /// anything (but after finishing what an interrupted run left).
    public func write(_ outputs: [StackOutput], removeUndeclaredStacks: Bool) throws -> [Summary] {
        let root = try Directory.makeRoot(root)
        let lock = try OutputLock(on: root, exclusive: true, waiting: waiting)
        var stacks = outputs.map { (folder: StackFolder(root: root, name: $0.stackName), files: $0.files) }
        if removeUndeclaredStacks {
            let declared = Set(outputs.map(\.stackName))
            for name in try StackFolder.generatedStackNames(in: root) where !declared.contains(name) {
                stacks.append((StackFolder(root: root, name: name), []))
            }
        }
        // Each stack has a folder of its own: the stacks are recovered, planned and written in parallel, with
        // every obstacle checked in between.
        let plans = try stacks.concurrentMap { stack in
            let recovery = try StagingArea.recover(stack.folder)
            return (update: try StackUpdate(files: stack.files, in: stack.folder), recovery: recovery)
        }
        let obstacles = plans.flatMap(\.update.obstacles)
        guard obstacles.isEmpty else { throw Conflict(drifts: obstacles) }
        let summaries = try plans.concurrentMap { try apply($0.update, recovery: $0.recovery) }
        withExtendedLifetime(lock) {}
        return summaries
    }

    /// Carries out one stack's update: stages, commits and applies its writes and deletions, then sets the modes
    /// of its folders; deletes the stack folder when that leaves it empty.
    func apply(_ update: StackUpdate, recovery: Recovery?) throws -> Summary {
        let folder = update.folder
        try StagingArea.update(folder, writing: update.writes.map(\.file), removing: update.removals.map(\.path))
        for (path, _) in update.folderModes {
            if case .open(let directory) = try folder.folder(path) { try directory.setMode(Directory.folderMode) }
        }
        if update.writes.isEmpty, update.unchanged.isEmpty {
            // A stack that produces nothing, one the specs no longer declare: its folder goes when it is empty.
            _ = folder.root.removeFolderIfEmpty(folder.name)
        }
        return Summary(
            stackName: folder.name, recovery: recovery, written: update.writes.map(\.file.path),
            unchanged: update.unchanged, removed: update.removals.map(\.path), kept: update.kept,
            warnings: update.notices.map(\.description))
    }
}
