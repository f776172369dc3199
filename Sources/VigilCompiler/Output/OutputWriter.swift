import Foundation

/// Writes stack outputs to disk: unchanged files are left alone, changed ones are replaced atomically
/// (temporary file, then rename), files a previous generation wrote and this one no longer produces are
/// deleted, and a file vigil did not write is never overwritten or deleted.
public struct OutputWriter: Sendable {
    /// The output directory, usually `generated/`.
    public let root: URL

    /// Creates a writer into `root`.
    public init(root: URL) {
        self.root = root
    }

    /// What writing one stack did.
    public struct Summary: Hashable, Sendable {
        /// The stack's name.
        public var stackName: String
        /// Paths written because they were new or changed.
        public var written: [String] = []
        /// Paths whose contents were already right.
        public var unchanged: [String] = []
        /// Paths deleted because the stack no longer produces them.
        public var removed: [String] = []
    }

    /// Why the writer refused to write anything.
    public struct Conflict: Error, Hashable, Sendable, CustomStringConvertible {
        /// Files that exist, differ from the output, and were not written by vigil.
        public var paths: [String]

        public var description: String {
            "refusing to overwrite files that vigil did not generate:\n"
                + paths.map { "  \($0)" }.joined(separator: "\n")
                + "\nmove them away, or delete them if they are stale copies of generated files"
        }
    }

    /// Writes every output. With `removeUndeclaredStacks`, folders of stacks that vigil generated before and
    /// that no longer exist in the specs lose their generated files too. Checks all conflicts before
    /// touching anything.
    public func write(_ outputs: [StackOutput], removeUndeclaredStacks: Bool) throws -> [Summary] {
        let conflicts = outputs.flatMap(conflicts(in:))
        guard conflicts.isEmpty else { throw Conflict(paths: conflicts) }
        var summaries = try outputs.map(write(_:))
        if removeUndeclaredStacks {
            let declared = Set(outputs.map(\.stackName))
            for name in StackFolder.generatedStackNames(in: root) where !declared.contains(name) {
                summaries.append(try write(StackOutputRemoval(stackName: name)))
            }
        }
        return summaries
    }

    /// Paths (shown below the root's parent) that the output would overwrite but vigil did not write.
    func conflicts(in output: StackOutput) -> [String] {
        let folder = StackFolder(root: root, name: output.stackName)
        let previous = Set(folder.previousManifest.paths + [Manifest.path])
        return output.files.compactMap { file in
            guard !previous.contains(file.path), folder.exists(file.path),
                folder.contents(of: file.path) != file.contents
            else { return nil }
            return folder.displayPath(file.path)
        }
    }

    func write(_ output: StackOutput) throws -> Summary {
        let folder = StackFolder(root: root, name: output.stackName)
        let previous = folder.previousManifest
        var summary = Summary(stackName: output.stackName)
        for file in output.files {
            if folder.contents(of: file.path) == file.contents {
                summary.unchanged.append(file.path)
            } else {
                try replace(folder.fileURL(file.path), with: file.contents)
                summary.written.append(file.path)
            }
        }
        let produced = Set(output.files.map(\.path))
        for path in previous.paths where !produced.contains(path) && folder.exists(path) {
            try FileManager.default.removeItem(at: folder.fileURL(path))
            removeEmptyParents(of: path, in: folder)
            summary.removed.append(path)
        }
        return summary
    }

    /// Removes every file a stack folder's manifest lists, then the manifest.
    func write(_ removal: StackOutputRemoval) throws -> Summary {
        let folder = StackFolder(root: root, name: removal.stackName)
        var summary = Summary(stackName: removal.stackName)
        for path in folder.previousManifest.paths + [Manifest.path] where folder.exists(path) {
            try FileManager.default.removeItem(at: folder.fileURL(path))
            removeEmptyParents(of: path, in: folder)
            summary.removed.append(path)
        }
        if (try? FileManager.default.contentsOfDirectory(atPath: folder.url.path))?.isEmpty == true {
            try? FileManager.default.removeItem(at: folder.url)
        }
        return summary
    }

    /// Writes through a temporary file in the same directory and renames it over the target, so that a
    /// reader never sees half a file. It does not wait for the disk (no `fsync`, which Foundation's
    /// `Data.write` does for every file): generated files are reproducible from the specs, and the rename
    /// alone keeps readers from half-written ones.
    func replace(_ url: URL, with contents: String) throws {
        let directory = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).vigil-tmp")
        do {
            try Self.create(temporary.path, with: contents)
            guard rename(temporary.path, url.path) == 0 else { throw Self.lastError(url) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    /// Creates (or truncates) the file at `path` and writes `contents` into it.
    static func create(_ path: String, with contents: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw lastError(URL(fileURLWithPath: path)) }
        var contents = contents
        let written = contents.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let count = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { return false }
                offset += count
            }
            return true
        }
        let closed = close(descriptor) == 0
        guard written, closed else { throw lastError(URL(fileURLWithPath: path)) }
    }

    /// The error `errno` describes, for a write to `url`.
    static func lastError(_ url: URL) -> CocoaError {
        CocoaError(
            .fileWriteUnknown,
            userInfo: [NSFilePathErrorKey: url.path, NSLocalizedDescriptionKey: String(cString: strerror(errno))])
    }

    /// Deletes the directories between a removed file and the stack folder that are now empty.
    func removeEmptyParents(of path: String, in folder: StackFolder) {
        var components = path.split(separator: "/").dropLast()
        while !components.isEmpty {
            let directory = folder.fileURL(components.joined(separator: "/"))
            guard (try? FileManager.default.contentsOfDirectory(atPath: directory.path))?.isEmpty == true else {
                return
            }
            try? FileManager.default.removeItem(at: directory)
            components = components.dropLast()
        }
    }
}

/// A stack that vigil generated before and that the specs no longer declare.
struct StackOutputRemoval {
    var stackName: String
}
