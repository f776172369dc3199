import Foundation
import Testing
import VigilBackends
import VigilCompiler
import VigilModel

@Suite("Writing and checking generated files")
struct OutputWriterTests {
    static let first = StackOutput(
        stackName: "shop",
        files: [OutputFile(path: "b/two.yml", contents: "two\n"), OutputFile(path: "one.yml", contents: "one\n")])

    @Test("writes every file and a sorted manifest")
    func writesFiles() throws {
        let directory = try TemporaryDirectory()
        let summaries = try OutputWriter(root: directory.url).write([Self.first], removeUndeclaredStacks: true)
        #expect(summaries.map(\.written) == [["b/two.yml", "one.yml", ".vigil-manifest"]])
        #expect(directory.read("shop/one.yml") == "one\n")
        #expect(directory.read("shop/b/two.yml") == "two\n")
        #expect(directory.read("shop/.vigil-manifest")?.hasSuffix("\nb/two.yml\none.yml\n") == true)
    }

    @Test("an error names the path and the system's reason, not a Cocoa error")
    func unwritableFolder() throws {
        let directory = try TemporaryDirectory()
        try directory.write("file", "not a folder\n")
        let root = directory.url.appendingPathComponent("file/generated")
        #expect {
            try OutputWriter(root: root).write([Self.first], removeUndeclaredStacks: true)
        } throws: { error in
            "\(error)" == "\(root.path): cannot open the folder: Not a directory"
        }
    }

    @Test("a second run changes nothing")
    func unchanged() throws {
        let directory = try TemporaryDirectory()
        let writer = OutputWriter(root: directory.url)
        _ = try writer.write([Self.first], removeUndeclaredStacks: true)
        let summary = try #require(try writer.write([Self.first], removeUndeclaredStacks: true).first)
        #expect(summary.written.isEmpty)
        #expect(summary.removed.isEmpty)
        #expect(summary.unchanged.count == 3)
    }

    @Test("removes files it generated before and no longer produces, never a file it did not write")
    func removesStaleFiles() throws {
        let directory = try TemporaryDirectory()
        let writer = OutputWriter(root: directory.url)
        _ = try writer.write([Self.first], removeUndeclaredStacks: true)
        try directory.write("shop/b/mine.txt", "a user's file\n")
        try directory.write("shop/secrets/token", "s3cret\n")
        let second = StackOutput(stackName: "shop", files: [OutputFile(path: "one.yml", contents: "one, changed\n")])
        let summary = try #require(try writer.write([second], removeUndeclaredStacks: true).first)
        #expect(summary.removed == ["b/two.yml"])
        #expect(summary.written == ["one.yml", ".vigil-manifest"])
        #expect(!directory.exists("shop/b/two.yml"))
        #expect(directory.read("shop/b/mine.txt") == "a user's file\n")
        #expect(directory.read("shop/secrets/token") == "s3cret\n")
    }

    @Test("prunes folders that removing a file left empty")
    func prunesEmptyFolders() throws {
        let directory = try TemporaryDirectory()
        let writer = OutputWriter(root: directory.url)
        _ = try writer.write([Self.first], removeUndeclaredStacks: true)
        _ = try writer.write(
            [StackOutput(stackName: "shop", files: [OutputFile(path: "one.yml", contents: "one\n")])],
            removeUndeclaredStacks: true)
        #expect(!directory.exists("shop/b"))
    }

    @Test("refuses to overwrite a file it did not generate, and then writes nothing")
    func conflict() throws {
        let directory = try TemporaryDirectory()
        try directory.write("shop/one.yml", "hand-written\n")
        #expect(throws: OutputWriter.Conflict.self) {
            try OutputWriter(root: directory.url).write([Self.first], removeUndeclaredStacks: true)
        }
        #expect(directory.read("shop/one.yml") == "hand-written\n")
        #expect(!directory.exists("shop/b/two.yml"))
        #expect(!directory.exists("shop/.vigil-manifest"))
    }

    @Test("adopts an existing file whose contents are already right")
    func adoptsIdenticalFile() throws {
        let directory = try TemporaryDirectory()
        try directory.write("shop/one.yml", "one\n")
        let summary = try #require(
            try OutputWriter(root: directory.url).write([Self.first], removeUndeclaredStacks: true).first)
        #expect(summary.unchanged == ["one.yml"])
    }

    @Test("removes the generated files of a stack the specs no longer declare, only on a full run")
    func undeclaredStack() throws {
        let directory = try TemporaryDirectory()
        let writer = OutputWriter(root: directory.url)
        _ = try writer.write([Self.first], removeUndeclaredStacks: true)
        let other = StackOutput(stackName: "other", files: [OutputFile(path: "x.yml", contents: "x\n")])
        _ = try writer.write([other], removeUndeclaredStacks: false)
        #expect(directory.exists("shop/one.yml"))
        let summaries = try writer.write([other], removeUndeclaredStacks: true)
        #expect(summaries.map(\.stackName) == ["other", "shop"])
        #expect(!directory.exists("shop"))
    }

    @Test("check names every drifted, missing and extra file and writes nothing")
    func driftCheck() throws {
        let directory = try TemporaryDirectory()
        _ = try OutputWriter(root: directory.url).write([Self.first], removeUndeclaredStacks: true)
        let check = DriftCheck(root: directory.url)
        #expect(try check.check([Self.first], includeUndeclaredStacks: true).isEmpty)

        try directory.write("shop/one.yml", "edited by hand\n")
        try FileManager.default.removeItem(at: directory.url.appendingPathComponent("shop/b/two.yml"))
        let drifts = try check.check([Self.first], includeUndeclaredStacks: true)
        #expect(drifts.map(\.kind) == [.missing, .drifted])
        #expect(drifts.map(\.path).allSatisfy { $0.hasPrefix(directory.url.path) })
        #expect(drifts[1].description.hasSuffix("shop/one.yml: drifted (differs from what the specs generate)"))
        #expect(directory.read("shop/one.yml") == "edited by hand\n")

        let smaller = StackOutput(stackName: "shop", files: [OutputFile(path: "one.yml", contents: "edited by hand\n")])
        let extra = try check.check([smaller], includeUndeclaredStacks: true).filter { $0.kind == .extra }
        #expect(extra.isEmpty)  // b/two.yml is gone from disk already
        try directory.write("shop/b/two.yml", "two\n")
        #expect(try check.check([smaller], includeUndeclaredStacks: true).map(\.kind).contains(.extra))
    }

    @Test("a damaged manifest cannot point outside the stack folder: only plain relative paths count")
    func manifestSafety() {
        let manifest = Manifest(
            parsing: "# comment\n../../etc/passwd\n/abs\nok.yml\na/./b\nsub/ok.yml\na//b\ndir/\n.vigil-staging/x\n")
        #expect(manifest.paths == ["ok.yml", "sub/ok.yml"])
        #expect(manifest.ignoredLines == ["../../etc/passwd", "/abs", "a/./b", "a//b", "dir/", ".vigil-staging/x"])
    }
}
