import Foundation

/// A test hook that interrupts the writer the hard way. With `VIGIL_WRITER_KILL_AFTER=<n>` in its environment, the
/// process sends itself `SIGKILL` right after the n-th change it makes on disk below the output folder (a file or
/// folder created, renamed, deleted or given its mode), so that a test can cut a `generate` short at every step
/// and check that `check` reports the interrupted update and that the next `generate` recovers it.
///
/// It is not a setting for users, and not part of the library's API: without the variable it costs one comparison
/// per change. The writer updates stacks in parallel, so the count is kept under a lock.
enum KillSwitch {
    /// The number of changes after which the process is killed, if the variable is set.
    private static let limit: Int? = ProcessInfo.processInfo.environment["VIGIL_WRITER_KILL_AFTER"].flatMap(Int.init)

    /// The changes made so far; read and written under `lock`.
    nonisolated(unsafe) private static var changes = 0
    /// Guards `changes`.
    private static let lock = NSLock()

    /// Counts one change on disk, and kills the process when that was the last one allowed.
    static func countChange() {
        guard let limit else { return }
        let reached = lock.withLock {
            changes += 1
            return changes >= limit
        }
        if reached { kill(getpid(), SIGKILL) }
    }
}
