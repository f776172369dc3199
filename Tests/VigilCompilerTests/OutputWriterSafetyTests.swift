import Foundation
import Synchronization
import Testing
import VigilBackends
import VigilCompiler
import VigilModel

/// The writer's promises where the disk is not as it left it: links, damaged manifests, files it did not write,
/// wrong modes, an update cut short.
@Suite("Writing safely: links, damaged manifests, modes, interrupted updates")
struct OutputWriterSafetyTests {
    static let first = OutputWriterTests.first
    static let changed = StackOutput(
        stackName: "shop",
        files: [
            OutputFile(path: "b/two.yml", contents: "two\n"), OutputFile(path: "one.yml", contents: "one, changed\n"),
        ])

    /// A fresh output folder that `output` was written into, and the writer.
    static func written(_ output: StackOutput = first) throws -> (TemporaryDirectory, OutputWriter) {
        let directory = try TemporaryDirectory()
        let writer = OutputWriter(root: directory.url)
        _ = try writer.write([output], removeUndeclaredStacks: true)
        return (directory, writer)
    }

    /// What `check` finds in `directory` against `output`.
    static func drifts(_ directory: TemporaryDirectory, _ output: StackOutput = first) throws -> [DriftCheck.Drift] {
        try DriftCheck(root: directory.url).check([output], includeUndeclaredStacks: true)
    }

    /// Writes `output` with `writer` and returns the one stack's summary.
    static func write(_ output: StackOutput, with writer: OutputWriter) throws -> OutputWriter.Summary {
        try #require(try writer.write([output], removeUndeclaredStacks: true).first)
    }

    /// A folder outside the output folder, holding `victim` with known contents.
    static func outside() throws -> TemporaryDirectory {
        let outside = try TemporaryDirectory()
        try outside.write("victim", "someone else's file\n")
        try outside.write("two.yml", "someone else's two\n")
        return outside
    }

    @Test("a link at the old temporary name is not written through, and check reports it")
    func linkAtTemporaryName() throws {
        let (directory, writer) = try Self.written()
        let outside = try Self.outside()
        try directory.link("shop/.one.yml.vigil-tmp", to: outside.url.appendingPathComponent("victim").path)
        let summary = try Self.write(Self.changed, with: writer)
        #expect(summary.written == ["one.yml"])
        #expect(outside.read("victim") == "someone else's file\n")
        #expect(directory.isRegularFile("shop/one.yml"))
        #expect(directory.read("shop/one.yml") == "one, changed\n")
        let drifts = try Self.drifts(directory, Self.changed)
        #expect(drifts.map(\.kind) == [.stray])
        #expect(drifts.first?.path.hasSuffix("shop/.one.yml.vigil-tmp") == true)
    }

    @Test("a link where a generated file goes is replaced, never written through")
    func linkAtGeneratedFile() throws {
        let (directory, writer) = try Self.written()
        let outside = try Self.outside()
        try FileManager.default.removeItem(at: directory.url.appendingPathComponent("shop/one.yml"))
        try directory.link("shop/one.yml", to: outside.url.appendingPathComponent("victim").path)
        let drifts = try Self.drifts(directory)
        #expect(drifts.map(\.kind) == [.drifted])
        #expect(drifts.first?.description.contains("a symbolic link where the specs generate a file") == true)
        _ = try Self.write(Self.first, with: writer)
        #expect(outside.read("victim") == "someone else's file\n")
        #expect(directory.isRegularFile("shop/one.yml"))
        #expect(directory.read("shop/one.yml") == "one\n")
    }

    @Test("a link where a generated folder goes stops the run before anything is written")
    func linkedFolder() throws {
        let (directory, writer) = try Self.written()
        let outside = try Self.outside()
        try FileManager.default.removeItem(at: directory.url.appendingPathComponent("shop/b"))
        try directory.link("shop/b", to: outside.url.path)
        #expect {
            try writer.write([Self.changed], removeUndeclaredStacks: true)
        } throws: { error in
            let conflict = try #require(error as? OutputWriter.Conflict)
            return conflict.drifts.map(\.kind) == [.blocked]
                && "\(conflict)".contains("shop/b: a symbolic link where the specs generate a folder")
        }
        #expect(outside.read("two.yml") == "someone else's two\n")
        #expect(directory.read("shop/one.yml") == "one\n")
        let drifts = try Self.drifts(directory, Self.changed)
        #expect(drifts.map(\.kind).sorted { $0.rawValue < $1.rawValue } == [.blocked, .drifted])
    }

    @Test("damaged manifest lines (a folder, '..', an absolute path, a path through a link) are reported, not deleted")
    func damagedManifest() throws {
        let (directory, writer) = try Self.written()
        let outside = try Self.outside()
        try directory.write("shop/secrets/token", "s3cret\n")
        try directory.write("outside.txt", "beside the stack\n")
        try directory.link("shop/notes", to: outside.url.path)
        let lines = ["secrets", "../outside.txt", outside.url.appendingPathComponent("victim").path, "notes/victim"]
        let manifest = try #require(directory.read("shop/.vigil-manifest"))
        try directory.write("shop/.vigil-manifest", manifest + lines.joined(separator: "\n") + "\n")

        let drifts = try Self.drifts(directory)
        #expect(drifts.filter { $0.kind == .ignored }.count == 4)
        let summary = try Self.write(Self.first, with: writer)
        #expect(summary.removed.isEmpty)
        #expect(summary.warnings.count == 4)
        #expect(
            summary.warnings.contains {
                $0.hasSuffix(
                    "shop/secrets: listed in .vigil-manifest, but a folder, not a file; vigil does not delete it")
            })
        #expect(summary.warnings.contains { $0.contains("line '../outside.txt' is not a plain relative path") })
        #expect(summary.warnings.contains { $0.contains("shop/notes is a symbolic link; vigil does not delete it") })
        #expect(directory.read("shop/secrets/token") == "s3cret\n")
        #expect(directory.read("outside.txt") == "beside the stack\n")
        #expect(outside.read("victim") == "someone else's file\n")
        #expect(try Self.drifts(directory).isEmpty)
    }

    @Test("secrets/.gitignore stays while secrets/ holds other files, and goes with the folder otherwise")
    func keepsGitignore() throws {
        let withSecrets = StackOutput(
            stackName: "shop",
            files: Self.first.files.dropLast() + [
                OutputFile(path: "secrets/.gitignore", contents: "*\n!.gitignore\n!README.md\n"),
                OutputFile(path: "secrets/README.md", contents: "the secrets\n"),
            ])
        let (directory, writer) = try Self.written(withSecrets)
        try directory.write("shop/secrets/token", "s3cret\n")
        let summary = try Self.write(Self.first, with: writer)
        #expect(summary.removed == ["secrets/README.md"])
        #expect(summary.kept == ["secrets/.gitignore"])
        #expect(directory.exists("shop/secrets/.gitignore"))
        #expect(directory.read("shop/secrets/token") == "s3cret\n")
        #expect(directory.read("shop/.vigil-manifest")?.contains("secrets/") == false)
        #expect(try Self.drifts(directory).isEmpty)

        let (empty, emptyWriter) = try Self.written(withSecrets)
        let emptied = try Self.write(Self.first, with: emptyWriter)
        #expect(emptied.kept.isEmpty)
        #expect(!empty.exists("shop/secrets"))
    }

    @Test("check reports files vigil did not generate in folders a tool loads whole, and only there")
    func unlistedFiles() throws {
        let stack = StackOutput(
            stackName: "shop",
            files: [
                OutputFile(path: "prometheus/prometheus.yml", contents: "rule_files: [rules/*.yml]\n"),
                OutputFile(path: "prometheus/rules/shop.yml", contents: "groups: []\n"),
                OutputFile(path: "grafana/dashboards/shop/shop.json", contents: "{}\n"),
            ])
        let (directory, writer) = try Self.written(stack)
        for path in [
            "prometheus/rules/rogue.yml", "prometheus/rules/.hidden.yml", "grafana/dashboards/mine/mine.json",
            "prometheus/notes.txt", "secrets/token", "grafana/README.md",
        ] {
            try directory.write("shop/\(path)", "not vigil's\n")
        }
        let drifts = try Self.drifts(directory, stack)
        #expect(drifts.map(\.kind) == [.unlisted, .unlisted, .unlisted])
        #expect(
            drifts.map { String($0.path.dropFirst(directory.url.path.count)) } == [
                "/shop/grafana/dashboards/mine/mine.json", "/shop/prometheus/rules/.hidden.yml",
                "/shop/prometheus/rules/rogue.yml",
            ])
        #expect(drifts.last?.description.contains("Prometheus loads it (rule_files: rules/*.yml)") == true)
        let summary = try Self.write(stack, with: writer)
        #expect(summary.warnings.count == 3)
        #expect(directory.read("shop/prometheus/rules/rogue.yml") == "not vigil's\n")
    }

    @Test("files get mode 0644 and folders 0755; check reports another mode, generate sets it")
    func modes() throws {
        let (directory, writer) = try Self.written()
        #expect(directory.mode("shop/one.yml") == 0o644)
        #expect(directory.mode("shop/b") == 0o755)
        chmod(directory.url.appendingPathComponent("shop/one.yml").path, 0o600)
        chmod(directory.url.appendingPathComponent("shop/b").path, 0o700)
        let drifts = try Self.drifts(directory)
        #expect(drifts.map(\.kind) == [.mode, .mode])
        #expect(
            drifts.last?.description.hasSuffix(
                "shop/one.yml: mode 0600 (vigil writes files with mode 0644 and folders with 0755)") == true)
        let summary = try Self.write(Self.first, with: writer)
        #expect(summary.written == ["one.yml"])
        #expect(directory.mode("shop/one.yml") == 0o644)
        #expect(directory.mode("shop/b") == 0o755)
    }

    @Test("an update cut short after its journal is reported by check and finished by the next write")
    func rollsForward() throws {
        let (directory, writer) = try Self.written()
        // What a run killed after moving nothing leaves: the new one.yml staged, and a committed journal.
        try directory.write("shop/.vigil-staging/a1-1", "one, changed\n")
        try directory.write("shop/.vigil-staging/journal", "# journal\nput\ta1-1\tone.yml\nremove\tb/two.yml\n")
        let drifts = try Self.drifts(directory)
        #expect(drifts.map(\.kind) == [.interrupted])
        #expect(drifts.first?.description.hasSuffix("its update was committed: generate finishes it)") == true)
        let summary = try Self.write(Self.changed, with: writer)
        #expect(summary.recovery == .rolledForward)
        #expect(directory.read("shop/one.yml") == "one, changed\n")
        #expect(!directory.exists("shop/.vigil-staging"))
        #expect(try Self.drifts(directory, Self.changed).isEmpty)
    }

    @Test("staged files without a committed journal are discarded, the stack's files untouched")
    func rollsBack() throws {
        let (directory, writer) = try Self.written()
        try directory.write("shop/.vigil-staging/a1-1", "half a fi")
        let summary = try Self.write(Self.first, with: writer)
        #expect(summary.recovery == .rolledBack)
        #expect(summary.written.isEmpty)
        #expect(!directory.exists("shop/.vigil-staging"))
    }

    @Test("a new stack folder that a killed run was building is reported by check and deleted by the next write")
    func rollsBackNewStack() throws {
        let directory = try TemporaryDirectory()
        try directory.write(".shop.vigil-staging/b/two.yml", "two\n")
        let drifts = try Self.drifts(directory)
        #expect(drifts.map(\.kind) == [.interrupted, .missing, .missing, .missing])
        #expect(
            drifts.first?.description.hasSuffix("the new stack folder it was building: generate deletes it)") == true)
        let summary = try Self.write(Self.first, with: OutputWriter(root: directory.url))
        #expect(summary.recovery == .rolledBack)
        #expect(summary.written.count == 3)
        #expect(!directory.exists(".shop.vigil-staging"))
        #expect(try Self.drifts(directory).isEmpty)
    }

    @Test("a temporary file an earlier vigil left is reported by check and deleted by generate")
    func strayTemporaryFile() throws {
        let (directory, writer) = try Self.written()
        try directory.write("shop/b/.two.yml.vigil-tmp", "tw")
        let drifts = try Self.drifts(directory)
        #expect(drifts.map(\.kind) == [.stray])
        let summary = try Self.write(Self.first, with: writer)
        #expect(summary.removed == ["b/.two.yml.vigil-tmp"])
        #expect(!directory.exists("shop/b/.two.yml.vigil-tmp"))
    }

    @Test("a writer that finds the output folder locked says what it waits for, then goes on")
    func waitsForLock() throws {
        let directory = try TemporaryDirectory()
        let held = open(directory.url.appendingPathComponent(".vigil-lock").path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        #expect(flock(held, LOCK_EX) == 0)
        let messages = Mutex<[String]>([])
        let writer = OutputWriter(root: directory.url) { message in
            messages.withLock { $0.append(message) }
            close(held)  // The other run finishes.
        }
        _ = try Self.write(Self.first, with: writer)
        let root = directory.url.path
        #expect(
            messages.withLock { $0 } == [
                "waiting for another vigil run to finish with \(root)/ (it holds \(root)/.vigil-lock)"
            ])
        #expect(directory.read("shop/one.yml") == "one\n")
    }

    @Test("writers on one folder take turns instead of failing")
    func concurrentWriters() async throws {
        let directory = try TemporaryDirectory()
        let writer = OutputWriter(root: directory.url)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for output in [Self.first, Self.changed, Self.first, Self.changed] {
                group.addTask { _ = try writer.write([output], removeUndeclaredStacks: true) }
            }
            try await group.waitForAll()
        }
        let last = try #require(directory.read("shop/one.yml"))
        #expect(["one\n", "one, changed\n"].contains(last))
        #expect(!directory.exists("shop/.vigil-staging"))
    }
}
