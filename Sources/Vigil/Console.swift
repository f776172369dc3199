import Foundation

/// Where commands print: standard output for results, standard error for diagnostics and failures.
/// Tests pass a console that records instead.
public struct Console: Sendable {
    /// Prints a line of results.
    public let out: @Sendable (String) -> Void
    /// Prints a line of diagnostics or errors.
    public let err: @Sendable (String) -> Void

    /// A console from two line printers.
    public init(out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void) {
        self.out = out
        self.err = err
    }

    /// The process's standard output and standard error. Standard output is flushed before each error line, so
    /// that both keep their order when they go to one file or pipe.
    public static let standard = Console(
        out: { print($0) },
        err: {
            fflush(nil)
            FileHandle.standardError.write(Data(($0.hasSuffix("\n") ? $0 : $0 + "\n").utf8))
        })
}
