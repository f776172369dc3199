import Foundation
import VigilCompiler

/// A server binary (prometheus, alertmanager) run for the length of a scenario, its output in a
/// log file. Every running one is registered so that SIGINT, SIGTERM or SIGHUP stop it before the driver exits.
final class LocalProcess: Sendable {
    private let process: Process
    /// The file its standard output and error go to.
    let log: URL

    /// Starts `tool` with `arguments` in `directory`, with `environment` added to this process's.
    init(
        _ tool: String, _ arguments: [String], in directory: URL, log: URL, environment: [String: String] = [:]
    ) throws {
        guard let executable = ToolRunner.locate(tool) else { throw ToolRunner.MissingTool(name: tool) }
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let output = try FileHandle(forWritingTo: log)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        process.currentDirectoryURL = directory
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        ChildProcesses.installSignalHandlers()
        try process.run()
        ChildProcesses.register(process.processIdentifier)
        self.process = process
        self.log = log
    }

    /// Whether it still runs.
    var isRunning: Bool { process.isRunning }

    /// Terminates it and waits for it to exit.
    func stop() {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
        ChildProcesses.unregister(process.processIdentifier)
    }

    /// What it printed so far.
    func logText() -> String {
        (try? String(contentsOf: log, encoding: .utf8)) ?? ""
    }

    /// The last lines it printed, for a failure report.
    func tail(lines: Int = 15) -> String {
        logText().split(separator: "\n").suffix(lines).joined(separator: "\n")
    }
}

/// The process ids of the running servers, in a fixed buffer a signal handler can read.
enum ChildProcesses {
    static let capacity = 64
    nonisolated(unsafe) static let pids: UnsafeMutablePointer<pid_t> = {
        let buffer = UnsafeMutablePointer<pid_t>.allocate(capacity: capacity)
        buffer.initialize(repeating: 0, count: capacity)
        return buffer
    }()
    static let lock = NSLock()
    nonisolated(unsafe) static var handlersInstalled = false

    static func register(_ pid: pid_t) {
        lock.withLock {
            if let slot = (0..<capacity).first(where: { pids[$0] == 0 }) { pids[slot] = pid }
        }
    }

    static func unregister(_ pid: pid_t) {
        lock.withLock {
            for slot in 0..<capacity where pids[slot] == pid { pids[slot] = 0 }
        }
    }

    /// On SIGINT, SIGTERM or SIGHUP: terminate every registered process, then exit with 128 + the signal.
    static func installSignalHandlers() {
        lock.withLock {
            guard !handlersInstalled else { return }
            handlersInstalled = true
            for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
                signal(signalNumber) { received in
                    for slot in 0..<ChildProcesses.capacity where ChildProcesses.pids[slot] > 0 {
                        kill(ChildProcesses.pids[slot], SIGTERM)
                    }
                    _exit(128 + received)
                }
            }
        }
    }
}
