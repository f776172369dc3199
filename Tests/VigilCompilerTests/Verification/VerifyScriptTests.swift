import Foundation
import Testing
import VigilBackends
import VigilCompiler
import VigilDSL
import VigilModel
import YAMLKit

/// `verify.sh`, the checks a stack's own images run on the deploy host: correct shell, the commands it would
/// run, and the same files the manifest lists.
@Suite("verify.sh: the deploy host's check with the pinned images")
struct VerifyScriptTests {
    /// The example stacks' folders under generated/.
    static let generated = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("generated")

    static func exampleStacks() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(atPath: generated.path).filter { !$0.hasPrefix(".") }.sorted()
            .map { generated.appendingPathComponent($0) }
    }

    /// The lines `bash verify.sh <arguments>` prints in `folder`, and its exit status.
    static func run(_ arguments: [String], in folder: URL) throws -> ToolRunner.Run {
        try ToolRunner().run("bash", [VerifyScriptEmitter.path] + arguments, in: folder)
    }

    @Test("every example stack's script passes shellcheck (from Debian, installed by scripts/bootstrap.sh)")
    func shellcheck() throws {
        let folders = try Self.exampleStacks()
        // The five example stacks, and any a `specs new` added since.
        #expect(folders.count >= 5)
        for folder in folders {
            let run = try ToolRunner().run("shellcheck", ["--shell=bash", VerifyScriptEmitter.path], in: folder)
            #expect(run.succeeded, "\(folder.lastPathComponent): \(run.output)")
        }
    }

    @Test("the dry run names every rule file, rule test and configuration of the manifest, and every routing test")
    func dryRunMatchesManifest() throws {
        for folder in try Self.exampleStacks() {
            let stack = folder.lastPathComponent
            let run = try Self.run(["--dry-run"], in: folder)
            #expect(run.succeeded, "\(stack): \(run.output)")
            let lines = run.output.split(separator: "\n").map(String.init)
            #expect(lines.first == "docker compose config --quiet", "\(stack)")
            // Paths inside the containers, mapped back to the stack folder's.
            let checked = Set(
                lines.flatMap { $0.split(separator: " ") }.compactMap { word -> String? in
                    let word = String(word.drop { $0 != "/" })
                    for (target, folder) in [
                        ("/etc/prometheus/", "prometheus/"), ("/etc/alertmanager/", "alertmanager/"),
                    ]
                    where word.hasPrefix(target) {
                        return folder + word.dropFirst(target.count)
                    }
                    return nil
                })
            let manifest = try String(
                contentsOf: folder.appendingPathComponent(".vigil-manifest"), encoding: .utf8
            ).split(separator: "\n").map(String.init)
            let expected = Set(
                manifest.filter {
                    $0.hasPrefix("prometheus/rules/") || $0.hasPrefix("prometheus/tests/")
                        || $0 == "prometheus/prometheus.yml" || $0 == "alertmanager/alertmanager.yml"
                })
            #expect(checked == expected, "\(stack): \(checked.symmetricDifference(expected).sorted())")
            #expect(manifest.contains(VerifyScriptEmitter.path))
            // Each remote host's compose file, as `specs validate` checks it.
            for file in manifest where file.hasPrefix("\(RemoteHostProject.folder)/") && file.hasSuffix(".yml") {
                #expect(lines.contains("docker compose --file \(file) config --quiet"), "\(stack): \(file)")
            }

            let routes = RoutingTestFile.parse(
                try String(contentsOf: folder.appendingPathComponent(RoutingTestFile.path), encoding: .utf8))
            let routeLines = lines.filter { $0.contains("amtool alertmanager config routes test") }
            #expect(routeLines.count == routes.count, "\(stack)")
            for (line, test) in zip(routeLines, routes) {
                #expect(line.contains("--verify.receivers=\(test.receivers.joined(separator: ","))"), "\(line)")
                #expect(line.hasSuffix(test.labels.map(Self.shellQuoted).joined(separator: " ")), "\(line)")
            }
        }
    }

    /// `text` as bash's `printf %q` writes it, for the label matchers of the routing tests.
    static func shellQuoted(_ text: String) -> String {
        text.replacing("\"", with: "\\\"")
    }

    @Test("each check runs in a one-off container of its service, with the image compose resolves from .env")
    func commands() throws {
        let run = try Self.run(["--dry-run"], in: Self.generated.appendingPathComponent("procur"))
        let lines = run.output.split(separator: "\n").map(String.init)
        let oneOff = "docker compose run --rm --no-deps --quiet-pull -T --entrypoint"
        #expect(lines[1] == "\(oneOff) promtool prometheus check config /etc/prometheus/prometheus.yml")
        #expect(lines[2].hasPrefix("\(oneOff) promtool prometheus check rules /etc/prometheus/rules/"))
        #expect(lines[3].hasPrefix("\(oneOff) promtool prometheus test rules /etc/prometheus/tests/"))
        #expect(lines[4] == "\(oneOff) amtool alertmanager check-config /etc/alertmanager/alertmanager.yml")
    }

    @Test("the Prometheus service has a writable /tmp: promtool test rules keeps its test database there")
    func promtoolScratch() throws {
        // As nobody on a read-only root filesystem, promtool fails with "opening test directory: mkdir
        // /tmp/test_storage...: read-only file system" without one.
        for folder in try Self.exampleStacks() {
            let compose = try String(contentsOf: folder.appendingPathComponent("docker-compose.yml"), encoding: .utf8)
            // A highly available stack's replicas are prometheus-1, prometheus-2: each gets the same folder.
            let services = try #require(try YAMLParser().parse(compose)["services"])
            let prometheus = try #require(services["prometheus"] ?? services["prometheus-1"])
            #expect(prometheus["read_only"] == true)
            let tmpfs = (prometheus["tmpfs"]?.sequenceValue ?? []).compactMap(\.stringValue)
            #expect(tmpfs.contains { $0.hasPrefix("/tmp:") }, "\(folder.lastPathComponent): \(tmpfs)")
        }
    }

    @Test("an unknown argument is a usage error; a stack without Alertmanager gets no amtool checks")
    func usageAndNoAlertmanager() throws {
        let usage = try Self.run(["--now"], in: Self.generated.appendingPathComponent("procur"))
        #expect(usage.status == 64)
        #expect(usage.output.contains("usage: bash verify.sh [--dry-run]"))

        let stack = try #require(try Compiler().compile([Fixtures.shop]).outputs.first)
        let script = try #require(stack.files.first { $0.path == VerifyScriptEmitter.path })
        #expect(script.contents.contains("promtool check config /etc/prometheus/prometheus.yml"))
        #expect(!script.contents.contains("amtool check-config"))
        #expect(!script.contents.contains("routes test"))
    }

    @Test("a failing check fails the script, which goes on with the others and says how many failed")
    func failures() throws {
        let directory = try TemporaryDirectory()
        let stack = try #require(try Compiler().compile([Fixtures.shop]).outputs.first)
        for file in stack.files {
            try directory.write(file.path, file.contents)
        }
        // A docker that fails every command stands in for one whose checks fail.
        try directory.write("bin/docker", "#!/bin/sh\necho \"docker $*\"\nexit 1\n")
        let docker = directory.url.appendingPathComponent("bin/docker")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: docker.path)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["bash", VerifyScriptEmitter.path]
        process.currentDirectoryURL = directory.url
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = directory.url.appendingPathComponent("bin").path + ":" + (environment["PATH"] ?? "")
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(output.contains("verify: FAILED: prometheus: promtool check config /etc/prometheus/prometheus.yml"))
        #expect(output.contains("verify: 4 check(s) failed; do not deploy"), "\(output)")
    }
}
