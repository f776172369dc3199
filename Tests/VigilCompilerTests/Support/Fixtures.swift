import Foundation
import VigilBackends
import VigilCompiler
import VigilDSL
import VigilModel

/// Small stacks the compiler tests share.
enum Fixtures {
    /// A valid stack with two scraped services and one that is not scraped.
    static let shop = Stack("shop", prometheus: Prometheus(externalLabels: ["cluster": "eu-1"])) {
        Service("shop-api", scrape: .target("api:8080", labels: ["team": "checkout"]))
        Service(
            "shop-worker",
            scrape: .targets(["worker-1:9100", "worker-2:9100"], path: "/internal/metrics", interval: .seconds(30)))
        Service("docs")
    }

    /// The diagnostics of compiling `stacks`, sorted.
    static func diagnostics(_ stacks: [Stack]) throws -> [Diagnostic] {
        DiagnosticPrinter.sorted(try Compiler().compile(stacks).diagnostics)
    }

    /// The ids of the diagnostics of compiling `stacks`, sorted by location.
    static func ids(_ stacks: [Stack]) throws -> [String] {
        try diagnostics(stacks).map(\.id)
    }
}

/// A directory below the system's temporary directory, deleted when the test ends.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    func write(_ path: String, _ contents: String) throws {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(contents.utf8).write(to: file)
    }

    func read(_ path: String) -> String? {
        FileManager.default.contents(atPath: url.appendingPathComponent(path).path).map {
            String(decoding: $0, as: UTF8.self)
        }
    }

    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent(path).path)
    }

    /// Makes `path` a symbolic link to `destination`.
    func link(_ path: String, to destination: String) throws {
        try FileManager.default.createSymbolicLink(
            atPath: url.appendingPathComponent(path).path, withDestinationPath: destination)
    }

    /// The status of `path` itself (a link is not followed), or `nil` when there is nothing.
    func status(_ path: String) -> stat? {
        var info = stat()
        return lstat(url.appendingPathComponent(path).path, &info) == 0 ? info : nil
    }

    /// The permission bits of `path`.
    func mode(_ path: String) -> mode_t? {
        status(path).map { $0.st_mode & 0o7777 }
    }

    /// Whether `path` is a regular file (not a link to one).
    func isRegularFile(_ path: String) -> Bool {
        status(path).map { $0.st_mode & S_IFMT == S_IFREG } ?? false
    }
}
