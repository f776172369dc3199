import Foundation
import Testing
import VigilCompiler
import VigilDSL

@testable import VigilEndToEnd

/// A stack generated into a temporary folder (each file through `rewrite`), and the servers a live test starts
/// there on free loopback ports, with the store it queries for the series that must arrive. ``stop()`` ends the
/// servers and removes the folder.
final class LoopbackRun {
    let output: StackOutput
    let folder: URL
    /// The server that must receive the series, queried through its Prometheus-compatible API.
    let store: HTTPClient
    private(set) var processes: [LocalProcess] = []

    init(_ stack: Stack, store port: Int, rewrite: (_ path: String, _ text: String) -> String) throws {
        output = try #require(try Compiler().compile([stack]).outputs.first)
        folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "vigil-\(stack.name)-\(UUID().uuidString)", isDirectory: true)
        store = HTTPClient(port: port)
        for file in output.files {
            let url = folder.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(rewrite(file.path, file.contents).utf8).write(to: url)
        }
    }

    /// Starts `tool` with `arguments` in the folder, its output in `log`; ``stop()`` ends it.
    func start(_ tool: String, _ arguments: [String], log: String) throws {
        let process = try LocalProcess(tool, arguments, in: folder, log: folder.appendingPathComponent(log))
        processes.append(process)
    }

    /// How many series the store returns for `query` now (-1 when it does not answer).
    func series(_ query: String) throws -> Int {
        let encoded = query.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? query
        let (status, body) = try store.get("/api/v1/query?query=\(encoded)")
        guard status == 200 else { return -1 }
        let json = try JSONSerialization.jsonObject(with: body) as? [String: Any]
        return ((json?["data"] as? [String: Any])?["result"] as? [Any])?.count ?? -1
    }

    /// Waits until the store has series for each of `queries`; the error names those it still lacks.
    func waitForSeries(_ queries: [String], seconds: TimeInterval) throws {
        try waitFor("the store to hold the written series", seconds: seconds) { () -> Poll<Void> in
            guard processes.allSatisfy(\.isRunning) else {
                return .failed(processes.map { $0.tail() }.joined(separator: "\n"))
            }
            let missing = try queries.filter { try series($0) <= 0 }
            return missing.isEmpty ? .done(()) : .waiting("not in the store: \(missing.joined(separator: ", "))")
        }
    }

    /// Stops the servers and removes the folder.
    func stop() {
        for process in processes.reversed() { process.stop() }
        try? FileManager.default.removeItem(at: folder)
    }
}
