import Foundation

/// A stack's folder below the output folder, and the folders in it, opened one name at a time without following
/// links and kept open while one run works on them.
///
/// What is trusted: the output folder's path as the user gave it (links in it are followed). What is not: the
/// stack folder itself and everything below it. A link there is never followed and never deleted through; where
/// vigil needs a folder, a link or a file is reported as in the way.
///
/// One task works on a stack folder at a time (the writer updates different stacks in parallel); the folders it
/// has looked up are kept under a lock all the same, which is what makes it safe to hand from task to task.
final class StackFolder: @unchecked Sendable {
    /// The stack's name, the folder's name in the output folder.
    let name: String
    /// The output folder.
    let root: Directory
    /// The folders looked up so far, by path relative to the stack folder ("" is the stack folder); read and
    /// written under `lock`.
    private var folders: [String: Folder] = [:]
    /// Guards `folders`.
    private let lock = NSLock()

    /// A folder as found on disk.
    enum Folder: Sendable {
        /// It exists, and is now open.
        case open(Directory)
        /// It, or a folder above it, does not exist.
        case absent
        /// Something that is not a folder (a link included) stands at `path`, it or a folder above it.
        case blocked(path: String, kind: EntryKind)
    }

    /// The folder of stack `name` in the output folder `root`.
    init(root: Directory, name: String) {
        self.root = root
        self.name = name
    }

    /// A path relative to the stack folder as people see it ("" is the stack folder).
    func displayPath(_ path: String) -> String {
        path.isEmpty ? root.path(name) : root.path(name) + "/" + path
    }

    /// Splits a relative path into its folder ("" for the stack folder) and its last name.
    static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        return (String(path[..<slash]), String(path[path.index(after: slash)...]))
    }

    /// The folder at `path`, relative to the stack folder.
    func folder(_ path: String) throws -> Folder {
        if let known = lock.withLock({ folders[path] }) { return known }
        let found: Folder
        let lookup: Directory.Lookup
        if path.isEmpty {
            lookup = try root.subfolder(name)
        } else {
            let (parent, leaf) = Self.split(path)
            let above = try folder(parent)
            guard case .open(let directory) = above else {
                remember(above, at: path)
                return above
            }
            lookup = try directory.subfolder(leaf)
        }
        switch lookup {
        case .folder(let directory): found = .open(directory)
        case .absent: found = .absent
        case .other(let kind): found = .blocked(path: path, kind: kind)
        }
        remember(found, at: path)
        return found
    }

    /// Records what was found, or made, at `path`.
    private func remember(_ folder: Folder, at path: String) {
        lock.withLock { folders[path] = folder }
    }

    /// The folder at `path`, created with its missing parents (mode 0755) when absent. Throws when something
    /// else is in the way.
    func makeFolder(_ path: String) throws -> Directory {
        if case .open(let directory) = try folder(path) { return directory }
        let created: Directory
        if path.isEmpty {
            created = try root.makeSubfolder(name)
        } else {
            let (parent, leaf) = Self.split(path)
            created = try makeFolder(parent).makeSubfolder(leaf)
        }
        remember(.open(created), at: path)
        return created
    }

    /// Deletes the folder at `path` and then its parents, up to and excluding the stack folder, as long as they
    /// are empty.
    func removeEmptyFolders(from path: String) throws {
        var path = path
        while !path.isEmpty {
            let (parent, leaf) = Self.split(path)
            guard case .open(let directory) = try folder(parent), directory.removeFolderIfEmpty(leaf) else { return }
            lock.withLock { folders = folders.filter { $0.key != path && !$0.key.hasPrefix(path + "/") } }
            path = parent
        }
    }

    /// The manifest written by the last generation, or an empty one when there is none.
    func previousManifest() throws -> Manifest {
        guard case .open(let directory) = try folder(""), let text = try directory.read(Manifest.path) else {
            return Manifest(paths: [])
        }
        return Manifest(parsing: text)
    }

    /// The names of the stack folders in `root` that hold a manifest (links are not followed). Hidden folders are
    /// not stacks (a new stack folder is built in one).
    static func generatedStackNames(in root: Directory) throws -> [String] {
        try root.names().filter { name in
            guard !name.hasPrefix("."), case .folder(let folder) = try root.subfolder(name) else { return false }
            return try folder.status(Manifest.path).map { EntryKind($0) == .file } ?? false
        }.sorted()
    }
}
