import Foundation

/// Runs an external validator (promtool, amtool, docker-compose) and captures what it prints.
public struct ToolRunner: Sendable {
    /// The outcome of one run.
    public struct Run: Sendable {
        /// The command line, for reports.
        public var commandLine: String
        /// The exit status.
        public var status: Int32
        /// Standard output and standard error, interleaved.
        public var output: String
        /// Whether the tool exited with status 0.
        public var succeeded: Bool { status == 0 }
    }

    /// A tool that is not installed.
    public struct MissingTool: Error, Sendable, CustomStringConvertible {
        /// The executable's name.
        public var name: String

        /// The tool called `name` is missing.
        public init(name: String) {
            self.name = name
        }

        public var description: String {
            "\(name) is not installed; run scripts/bootstrap.sh, which installs the proving tools into .tools/bin, "
                + "and put .tools/bin first on PATH (the Makefile does)"
        }
    }

    /// Creates a runner.
    public init() {}

    /// Runs `tool` with `arguments` in `directory` and waits for it.
    public func run(_ tool: String, _ arguments: [String], in directory: URL) throws -> Run {
        guard let executable = Self.locate(tool) else { throw MissingTool(name: tool) }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            commandLine: ([tool] + arguments).joined(separator: " "), status: process.terminationStatus,
            output: String(decoding: data, as: UTF8.self))
    }

    /// The executable called `name` on the `PATH`, or `nil`.
    public static func locate(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").lazy.map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}
