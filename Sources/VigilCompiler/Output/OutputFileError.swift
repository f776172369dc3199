import Foundation

/// Why the writer or the check could not go on: the path it was working on, as people see it, and what went
/// wrong, in the system's own words (`strerror`) when a system call failed.
public struct OutputFileError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The path, relative to the working directory when the output folder was given relatively.
    public var path: String
    /// What went wrong, e.g. `cannot write: Read-only file system`.
    public var problem: String
    /// The `errno` of the system call that failed, if one did.
    let code: Int32?

    public var description: String { "\(path): \(problem)" }

    init(_ path: String, _ problem: String, code: Int32? = nil) {
        self.path = path
        self.problem = problem
        self.code = code
    }

    /// The same failure of a system call reported as a failure to write `target`, the file vigil was writing when
    /// it failed on a folder of its own (the staging folder, or a folder it created for the file).
    func reported(against target: String) -> OutputFileError {
        code.map { OutputFileError(target, cannot: "write", code: $0) } ?? self
    }

    /// A failed system call: vigil could not `action` (e.g. "write") the file at `path`; `code` is its `errno`.
    init(_ path: String, cannot action: String, code: Int32) {
        self.init(path, "cannot \(action): \(String(cString: strerror(code)))", code: code)
    }
}
