import VigilBackends
import VigilModel

/// Everything one stack generates: its files, and the manifest that lists them.
public struct StackOutput: Hashable, Sendable {
    /// The stack's name, the folder below the output directory.
    public var stackName: String
    /// The generated files sorted by path, the manifest last.
    public var files: [OutputFile]

    /// Sorts `files` by path and appends the manifest listing them.
    public init(stackName: String, files: [OutputFile]) {
        self.stackName = stackName
        let sorted = files.sorted { $0.path < $1.path }
        self.files = sorted + [Manifest(paths: sorted.map(\.path)).file]
    }
}
