import Foundation

/// A folder held open as a file descriptor. Below the output folder, vigil reaches every path from one of these,
/// one name at a time, without following symbolic links (`O_NOFOLLOW`, `AT_SYMLINK_NOFOLLOW`), and changes the
/// disk only through the `*at` calls (`openat`, `mkdirat`, `renameat`, `unlinkat`): a link swapped in for a name
/// is never followed, and a name's meaning cannot change between the check and the change.
///
/// Files are created with `O_EXCL` and mode 0644, folders with mode 0755, whatever the process's umask.
///
/// Its only state is the descriptor, which the `*at` calls may use from several threads at once: the writer
/// updates the stacks in parallel.
final class Directory: Sendable {
    /// The mode of every file vigil writes: the containers that read the configuration may run as any user.
    static let fileMode: mode_t = 0o644
    /// The mode of every folder vigil creates.
    static let folderMode: mode_t = 0o755

    /// The open folder.
    let descriptor: Int32
    /// The folder's path as people see it, for messages.
    let displayPath: String

    private init(descriptor: Int32, displayPath: String) {
        self.descriptor = descriptor
        self.displayPath = displayPath
    }

    deinit {
        close(descriptor)
    }

    /// What a name in a folder turned out to be, when vigil expected a folder.
    enum Lookup {
        /// A folder, now open.
        case folder(Directory)
        /// Nothing.
        case absent
        /// Something else (a link, a file), which vigil neither follows nor replaces.
        case other(EntryKind)
    }

    /// What a name in a folder turned out to be, when vigil expected a file with known contents.
    enum Comparison {
        /// Nothing.
        case absent
        /// A regular file with this mode (permission bits only), whose contents are or are not the expected ones.
        case file(mode: mode_t, matches: Bool)
        /// Something else.
        case other(EntryKind)
    }

    /// The output folder `url`'s path as people see it: as given, without a trailing slash.
    static func displayPath(of url: URL) -> String {
        var display = url.relativePath
        while display.count > 1, display.hasSuffix("/") { display.removeLast() }
        return display
    }

    /// Opens the output folder at `url`, which is trusted as given: links in its path are followed. `nil` when it
    /// does not exist.
    static func openRoot(_ url: URL) throws -> Directory? {
        let display = displayPath(of: url)
        let descriptor = open(url.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if descriptor >= 0 { return Directory(descriptor: descriptor, displayPath: display) }
        guard errno == ENOENT else { throw OutputFileError(display, cannot: "open the folder", code: errno) }
        return nil
    }

    /// Opens the output folder at `url` like ``openRoot(_:)``, creating it and its missing parents (mode 0755)
    /// when it does not exist.
    static func makeRoot(_ url: URL) throws -> Directory {
        if let root = try openRoot(url) { return root }
        try makeFolders(url.path, display: displayPath(of: url))
        return try makeRoot(url)
    }

    /// Creates the folder `path` and its missing parents, with mode 0755.
    private static func makeFolders(_ path: String, display: String) throws {
        if mkdir(path, folderMode) == 0 {
            KillSwitch.countChange()
            guard chmod(path, folderMode) == 0 else {
                throw OutputFileError(display, cannot: "set the mode of", code: errno)
            }
            return
        }
        let code = errno
        let parent = (path as NSString).deletingLastPathComponent
        if code == EEXIST { return }
        guard code == ENOENT, !parent.isEmpty, parent != path else {
            throw OutputFileError(display, cannot: "create the folder", code: code)
        }
        try makeFolders(parent, display: (display as NSString).deletingLastPathComponent)
        try makeFolders(path, display: display)
    }

    /// The path of `name` in this folder, as people see it.
    func path(_ name: String) -> String {
        displayPath + "/" + name
    }

    /// The status of `name` itself (a link is not followed), or `nil` when there is nothing by that name.
    func status(_ name: String) throws -> stat? {
        var info = stat()
        guard fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else {
            guard errno == ENOENT else { throw OutputFileError(path(name), cannot: "read", code: errno) }
            return nil
        }
        return info
    }

    /// The folder's own permission bits.
    func mode() throws -> mode_t {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw OutputFileError(displayPath, cannot: "read", code: errno) }
        return info.st_mode & 0o7777
    }

    /// Opens the subfolder `name`, without following a link.
    func subfolder(_ name: String) throws -> Lookup {
        let opened = openat(descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        if opened >= 0 { return .folder(Directory(descriptor: opened, displayPath: path(name))) }
        let code = errno
        if code != ENOENT, code != ELOOP, code != ENOTDIR {
            throw OutputFileError(path(name), cannot: "open the folder", code: code)
        }
        return try status(name).map { .other(EntryKind($0)) } ?? .absent
    }

    /// Opens the subfolder `name`, creating it (mode 0755) when there is nothing by that name. Throws when the
    /// name is taken by something else, a link included.
    func makeSubfolder(_ name: String) throws -> Directory {
        if mkdirat(descriptor, name, Self.folderMode) == 0 {
            KillSwitch.countChange()
            guard case .folder(let created) = try subfolder(name) else {
                throw OutputFileError(path(name), "was replaced while vigil created it")
            }
            try created.setMode(Self.folderMode)
            return created
        }
        guard errno == EEXIST else { throw OutputFileError(path(name), cannot: "create the folder", code: errno) }
        switch try subfolder(name) {
        case .folder(let existing): return existing
        case .absent: return try makeSubfolder(name)
        case .other(let kind): throw OutputFileError(path(name), "\(kind) where vigil needs a folder")
        }
    }

    /// Sets the folder's own mode.
    func setMode(_ mode: mode_t) throws {
        guard fchmod(descriptor, mode) == 0 else {
            throw OutputFileError(displayPath, cannot: "set the mode of", code: errno)
        }
        KillSwitch.countChange()
    }

    /// Compares the file `name` with `expected`, without following a link. A size that differs decides without
    /// reading.
    func compare(_ name: String, with expected: [UInt8]) throws -> Comparison {
        let opened = openat(descriptor, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard opened >= 0 else {
            let code = errno
            guard let info = try status(name) else { return .absent }
            guard EntryKind(info) == .file else { return .other(EntryKind(info)) }
            throw OutputFileError(path(name), cannot: "read", code: code)
        }
        defer { close(opened) }
        var info = stat()
        guard fstat(opened, &info) == 0 else { throw OutputFileError(path(name), cannot: "read", code: errno) }
        guard EntryKind(info) == .file else { return .other(EntryKind(info)) }
        let matches = try expected.withUnsafeBufferPointer { bytes in
            guard Int(info.st_size) == bytes.count else { return false }
            let contents = try Self.readAll(opened, upTo: bytes.count + 1, path: path(name))
            guard contents.count == bytes.count, let expected = bytes.baseAddress else { return contents.isEmpty }
            return memcmp(contents, expected, bytes.count) == 0
        }
        return .file(mode: info.st_mode & 0o7777, matches: matches)
    }

    /// The text of the regular file `name`, or `nil` when there is no regular file by that name (a link is not
    /// followed).
    func read(_ name: String) throws -> String? {
        let opened = openat(descriptor, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard opened >= 0 else {
            let code = errno
            if code == ENOENT || code == ELOOP { return nil }
            throw OutputFileError(path(name), cannot: "read", code: code)
        }
        defer { close(opened) }
        var info = stat()
        guard fstat(opened, &info) == 0 else { throw OutputFileError(path(name), cannot: "read", code: errno) }
        guard EntryKind(info) == .file else { return nil }
        return String(decoding: try Self.readAll(opened, upTo: Int(info.st_size) + 1, path: path(name)), as: UTF8.self)
    }

    /// Up to `limit` bytes from the start of the open file `descriptor` (fewer at its end).
    private static func readAll(_ descriptor: Int32, upTo limit: Int, path: String) throws -> [UInt8] {
        try [UInt8](unsafeUninitializedCapacity: limit) { buffer, count in
            count = 0
            while count < limit {
                let read = Foundation.read(descriptor, buffer.baseAddress! + count, limit - count)
                if read < 0, errno == EINTR { continue }
                guard read >= 0 else { throw OutputFileError(path, cannot: "read", code: errno) }
                guard read > 0 else { return }
                count += read
            }
        }
    }

    /// Creates the new file `name` (it must not exist, `O_EXCL`) holding `contents`, with mode 0644. Errors name
    /// `target`, the path the file is meant for.
    func create(_ name: String, contents: [UInt8], target: String) throws {
        let opened = openat(descriptor, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, Self.fileMode)
        guard opened >= 0 else { throw OutputFileError(target, cannot: "write", code: errno) }
        KillSwitch.countChange()
        let failure: Int32? = contents.withUnsafeBufferPointer { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = write(opened, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0, errno == EINTR { continue }
                guard written > 0 else { return written < 0 ? errno : EIO }
                offset += written
            }
            return fchmod(opened, Self.fileMode) == 0 ? nil : errno
        }
        let closed = close(opened) == 0 ? nil : errno
        if let code = failure ?? closed {
            unlinkat(descriptor, name, 0)
            throw OutputFileError(target, cannot: "write", code: code)
        }
    }

    /// Renames `name` to `newName` in `folder`, replacing what is there (a link is replaced, not followed).
    /// Returns `false` when there is no `name` (a run that was interrupted may have moved it already).
    func move(_ name: String, to folder: Directory, as newName: String) throws -> Bool {
        guard renameat(descriptor, name, folder.descriptor, newName) == 0 else {
            guard errno == ENOENT else { throw OutputFileError(folder.path(newName), cannot: "write", code: errno) }
            return false
        }
        KillSwitch.countChange()
        return true
    }

    /// Deletes the entry `name` itself, which is not a folder (a link is deleted, never what it points to).
    func remove(_ name: String) throws {
        guard unlinkat(descriptor, name, 0) == 0 else {
            guard errno == ENOENT else { throw OutputFileError(path(name), cannot: "delete", code: errno) }
            return
        }
        KillSwitch.countChange()
    }

    /// Deletes the subfolder `name` if it is empty; returns whether it did.
    func removeFolderIfEmpty(_ name: String) -> Bool {
        guard unlinkat(descriptor, name, AT_REMOVEDIR) == 0 else { return false }
        KillSwitch.countChange()
        return true
    }

    /// Deletes `name` and, when it is a folder, everything in it, without following a link (a link is deleted
    /// itself). Only for vigil's own staging folders.
    func removeTree(_ name: String) throws {
        switch try subfolder(name) {
        case .absent:
            return
        case .other:
            try remove(name)
        case .folder(let folder):
            for child in try folder.names() {
                try folder.removeTree(child)
            }
            guard unlinkat(descriptor, name, AT_REMOVEDIR) == 0 else {
                throw OutputFileError(path(name), cannot: "delete", code: errno)
            }
            KillSwitch.countChange()
        }
    }

    /// The names in the folder, without `.` and `..`, unsorted.
    func names() throws -> [String] {
        let copy = dup(descriptor)
        guard copy >= 0, let stream = fdopendir(copy) else {
            let code = errno
            if copy >= 0 { close(copy) }
            throw OutputFileError(displayPath, cannot: "list", code: code)
        }
        defer { closedir(stream) }
        rewinddir(stream)
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != ".", name != ".." { names.append(name) }
        }
        return names
    }
}
