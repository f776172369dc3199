import Foundation
import Synchronization
import Testing
import Vigil

/// A console that records what a command prints.
final class RecordingConsole: Sendable {
    private let lines = Mutex<(out: [String], err: [String])>(([], []))

    var console: Console {
        Console(
            out: { line in self.lines.withLock { $0.out.append(line) } },
            err: { line in self.lines.withLock { $0.err.append(line) } })
    }

    var out: String { lines.withLock { $0.out.joined(separator: "\n") } }
    var err: String { lines.withLock { $0.err.joined(separator: "\n") } }
}

/// A fresh output directory.
struct Workspace {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-cli-\(UUID().uuidString)")

    func run(_ arguments: [String], stacks: [Stack] = [Workspace.demo]) -> (status: Int32, out: String, err: String) {
        let recorder = RecordingConsole()
        let status = VigilCLI.run(
            arguments: arguments + ["--output", root.path], stacks: stacks, console: recorder.console)
        return (status, recorder.out, recorder.err)
    }

    func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    static let demo = Stack("demo") {
        Service("demo-api", scrape: .target("api:8080"))
    }
}

@Suite("The command line")
struct CLITests {
    @Test("generate writes each stack and says what it did; a second run changes nothing")
    func generate() throws {
        let workspace = Workspace()
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        let first = workspace.run(["generate"])
        #expect(first.status == 0, "\(first.err)")
        #expect(first.out == "demo: 16 written, 0 unchanged, 0 removed")
        #expect(FileManager.default.fileExists(atPath: workspace.path("demo/prometheus/prometheus.yml")))
        #expect(FileManager.default.fileExists(atPath: workspace.path("demo/docker-compose.yml")))
        #expect(FileManager.default.fileExists(atPath: workspace.path("demo/README.md")))
        let second = workspace.run(["generate"])
        #expect(second.out == "demo: 0 written, 16 unchanged, 0 removed")
    }

    @Test("a spec error prints file:line:column, writes nothing and exits 1")
    func specError() throws {
        let workspace = Workspace()
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        let line = #line + 1
        let broken = Stack("demo") { Service("demo-api", scrape: .target("api:8080", path: "metrics")) }
        let result = workspace.run(["generate"], stacks: [broken])
        #expect(result.status == 1)
        #expect(result.err.contains("Tests/VigilTests/CLITests.swift:\(line):"))
        #expect(
            result.err.contains(
                "error: metrics path 'metrics' of job 'demo-api' must start with '/' [invalid-metrics-path]"))
        #expect(result.err.hasSuffix("1 error generated."))
        #expect(!FileManager.default.fileExists(atPath: workspace.root.path))
    }

    @Test("check passes when in sync, and names a hand-edited file")
    func check() throws {
        let workspace = Workspace()
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        #expect(workspace.run(["check"]).status == 1)
        _ = workspace.run(["generate"])
        let clean = workspace.run(["check"])
        #expect(clean.status == 0, "\(clean.err)")
        try Data("# edited\n".utf8).write(
            to: URL(fileURLWithPath: workspace.path("demo/docker-compose.yml")), options: .atomic)
        let drifted = workspace.run(["check"])
        #expect(drifted.status == 1)
        #expect(drifted.err.contains("demo/docker-compose.yml: drifted"))
        #expect(drifted.err.contains("run `make generate`"))
    }

    @Test("validate prints the versions of the tools it runs, then runs them on the generated stack")
    func validate() throws {
        let workspace = Workspace()
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        #expect(workspace.run(["validate"]).status == 1)
        _ = workspace.run(["generate"])
        let result = workspace.run(["validate"])
        #expect(result.status == 0, "\(result.err)")
        let versions = try #require(result.out.split(separator: "\n").first)
        #expect(versions.hasPrefix("tools   promtool 3.5."), "\(versions)")
        #expect(versions.contains(", amtool 0.28.") && versions.contains(", docker-compose 2."), "\(versions)")
        #expect(result.out.contains("ok      demo: promtool check config --syntax-only prometheus/prometheus.yml"))
        #expect(result.out.contains("ok      demo: docker-compose --file docker-compose.yml config --quiet"))
    }

    @Test("list shows the stacks, their jobs and files")
    func list() {
        let result = Workspace().run(["list"])
        #expect(result.status == 0)
        #expect(
            result.out.contains(
                "demo\n  job prometheus: http://localhost:9090/metrics\n  job demo-api: http://api:8080/metrics"))
        #expect(result.out.contains("/demo/prometheus/prometheus.yml"))
    }

    @Test("--stack picks stacks; an unknown one is a usage error (exit 64)")
    func stackSelection() {
        let workspace = Workspace()
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        let other = Stack("other") {}
        let result = workspace.run(["generate", "--stack", "other"], stacks: [Workspace.demo, other])
        #expect(result.out == "other: 16 written, 0 unchanged, 0 removed")
        let unknown = workspace.run(["generate", "--stack", "nope"])
        #expect(unknown.status == 64)
        #expect(unknown.err.contains("no stack is named 'nope'; the specs declare: demo"))
    }

    @Test("usage errors exit 64; --help explains the commands and exits 0")
    func usage() {
        let recorder = RecordingConsole()
        #expect(VigilCLI.run(arguments: ["frobnicate"], stacks: [], console: recorder.console) == 64)
        let help = RecordingConsole()
        #expect(VigilCLI.run(arguments: ["--help"], stacks: [], console: help.console) == 0)
        for command in ["generate", "check", "validate", "list"] {
            #expect(help.out.contains(command))
        }
    }
}
