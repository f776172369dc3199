import Foundation

/// A lock on an output folder, so that runs on one folder take turns instead of failing or mixing their files:
/// `generate` holds it exclusively, `check` shared. It is a `flock` on the file `.vigil-lock` in the output folder,
/// which stays there (deleting a lock file lets two runs lock two different files); the kernel releases the lock
/// when the process ends, however it ends.
///
/// `check` does not create the lock file. Where `generate` cannot create it (a read-only disk, a folder the user may
/// not write), the run goes on without it: nobody can change the folder then, and a write fails with its own
/// message.
final class OutputLock {
    /// The lock file's name in the output folder.
    static let fileName = ".vigil-lock"

    /// The open lock file, or `nil` when there is none.
    private let descriptor: Int32?

    /// Takes the lock on `root`; when another run holds it, tells `waiting` what it waits for, then waits.
    init(on root: Directory, exclusive: Bool, waiting: (String) -> Void) throws {
        let path = root.path(Self.fileName)
        let readOnly = O_RDONLY | O_NOFOLLOW | O_CLOEXEC
        var opened = openat(
            root.descriptor, Self.fileName, exclusive ? O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC : readOnly,
            Directory.fileMode)
        if opened < 0, exclusive, [EROFS, EACCES, EPERM].contains(errno) {
            opened = openat(root.descriptor, Self.fileName, readOnly)
        }
        if opened < 0, errno == ENOENT || errno == EACCES {
            descriptor = nil
            return
        }
        guard opened >= 0 else { throw OutputFileError(path, cannot: "open the lock file", code: errno) }
        descriptor = opened
        let operation = exclusive ? LOCK_EX : LOCK_SH
        guard flock(opened, operation | LOCK_NB) != 0 else { return }
        guard errno == EWOULDBLOCK else { throw OutputFileError(path, cannot: "lock", code: errno) }
        waiting("waiting for another vigil run to finish with \(root.displayPath)/ (it holds \(path))")
        while flock(opened, operation) != 0 {
            guard errno == EINTR else { throw OutputFileError(path, cannot: "lock", code: errno) }
        }
    }

    deinit {
        if let descriptor { close(descriptor) }
    }
}
