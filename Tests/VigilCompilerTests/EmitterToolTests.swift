import Foundation
import Testing
import VigilDSL

@testable import VigilBackends
@testable import VigilCompiler
@testable import VigilModel

/// The emitted files pass the real tools (installed by scripts/bootstrap.sh, which `make test` runs first).
@Suite("Emitted files pass promtool and docker-compose")
struct EmitterToolTests {
    static func generate(_ stack: Stack) throws -> (TemporaryDirectory, URL) {
        let directory = try TemporaryDirectory()
        let outputs = try Compiler().compile([stack]).outputs
        _ = try OutputWriter(root: directory.url).write(outputs, removeUndeclaredStacks: true)
        return (directory, directory.url.appendingPathComponent(stack.name))
    }

    @Test("promtool check config accepts prometheus.yml")
    func promtool() throws {
        let (directory, folder) = try Self.generate(Fixtures.shop)
        let run = try ToolRunner().run("promtool", ["check", "config", "prometheus/prometheus.yml"], in: folder)
        #expect(run.succeeded, "\(run.output)")
        _ = directory
    }

    @Test("docker-compose config accepts docker-compose.yml")
    func dockerCompose() throws {
        let (directory, folder) = try Self.generate(Fixtures.shop)
        let run = try ToolRunner().run(
            "docker-compose", ["--file", "docker-compose.yml", "config", "--quiet"], in: folder)
        #expect(run.succeeded, "\(run.output)")
        _ = directory
    }

    @Test("the verifier runs every applicable tool and reports a broken file")
    func verifier() throws {
        let (directory, folder) = try Self.generate(Fixtures.shop)
        let runs = try StackVerifier().verify(stackFolder: folder)
        #expect(
            runs.map(\.commandLine) == [
                "promtool check config --syntax-only prometheus/prometheus.yml",
                "promtool check rules prometheus/rules/prometheus.yml",
                "promtool test rules prometheus/tests/prometheus.yml",
                "docker-compose --file docker-compose.yml config --quiet",
                ComposeSecretsCheck.commandLine,
            ])
        #expect(runs.allSatisfy { $0.succeeded })
        try directory.write("shop/prometheus/prometheus.yml", "global:\n  scrape_interval: often\n")
        let broken = try StackVerifier().verify(stackFolder: folder)
        #expect(broken.map(\.succeeded) == [false, true, true, true, true])
    }

    @Test("test files are dealt into one promtool run per core, none empty")
    func testBatches() {
        let files = ["a.yml", "b.yml", "c.yml", "d.yml", "e.yml"]
        #expect(StackVerifier.batches(files, count: 2) == [["a.yml", "c.yml", "e.yml"], ["b.yml", "d.yml"]])
        #expect(StackVerifier.batches(files, count: 1) == [files])
        #expect(StackVerifier.batches(["a.yml"], count: 4) == [["a.yml"]])
        #expect(StackVerifier.batches([], count: 2).isEmpty)
    }

    @Test("a missing tool is reported by name")
    func missingTool() throws {
        #expect(throws: ToolRunner.MissingTool.self) {
            try ToolRunner().run("vigil-no-such-tool", [], in: URL(fileURLWithPath: "/"))
        }
    }
}
