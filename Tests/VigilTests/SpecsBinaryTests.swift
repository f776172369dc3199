import Foundation
import Testing

/// The `specs` executable this package builds (with the example stacks of specs/), run as a separate process on a
/// scratch output folder: what only a real process shows (being killed, running beside another, its umask).
struct SpecsBinary {
    /// The executable, built beside the test bundle by `swift build --build-tests` and `swift test`.
    static let url: URL? = {
        let bundle = Bundle.main.bundleURL
        let folders = [
            bundle.deletingLastPathComponent(), bundle, Bundle.main.executableURL?.deletingLastPathComponent(),
        ]
        return folders.compactMap { $0?.appendingPathComponent("specs") }.first {
            FileManager.default.isExecutableFile(atPath: $0.path)
        }
    }()

    /// The smallest example stack, to keep each run short.
    static let stack = "procur"

    /// A fresh output folder below the temporary directory.
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-specs-\(UUID().uuidString)")

    /// How a run ended.
    struct Run {
        var status: Int32
        var killed: Bool
        var out: String
        var err: String
    }

    /// Runs `specs <arguments> --stack procur --output <root>` (`generate` with `--no-format-check`), through
    /// `shell` when given (a shell command that ends in `"$@"`, which gets the executable and its arguments), with
    /// `environment` added to the process's.
    func run(_ arguments: [String], shell: String? = nil, environment: [String: String] = [:]) throws -> Run {
        let specs = try #require(Self.url, "build the specs product first (swift build --build-tests)")
        // generate's format check of specs/ is left out: these runs are about writing the output.
        let formatCheck = arguments.first == "generate" ? ["--no-format-check"] : []
        let arguments = [specs.path] + arguments + formatCheck + ["--stack", Self.stack, "--output", root.path]
        return try Self.execute(shell.map { ["/bin/sh", "-c", $0, "sh"] + arguments } ?? arguments, environment)
    }

    /// Runs a command line and waits for it.
    static func execute(_ command: [String], _ environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, killed: process.terminationReason == .uncaughtSignal,
            out: String(decoding: outData, as: UTF8.self), err: String(decoding: errData, as: UTF8.self))
    }

    /// A path below the stack folder.
    func path(_ relative: String) -> String {
        root.appendingPathComponent(Self.stack).appendingPathComponent(relative).path
    }

    func read(_ relative: String) -> String? {
        FileManager.default.contents(atPath: path(relative)).map { String(decoding: $0, as: UTF8.self) }
    }

    func append(_ text: String, to relative: String) throws {
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path(relative)))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
    }

    /// A path beside the output folder, outside it, that ``remove()`` deletes too.
    var outside: URL { root.appendingPathExtension("outside") }

    /// Whether `check` fails and names `finding`.
    func checkFinds(_ finding: String) throws -> Bool {
        let check = try run(["check"])
        return check.status == 1 && check.err.contains(finding)
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
        try? FileManager.default.removeItem(at: outside)
    }
}

@Suite("generate and check through the specs binary, on a scratch folder")
struct SpecsBinaryTests {
    @Test("a link at the old temporary name is not written through; check names it")
    func linkAtTemporaryName() throws {
        let specs = SpecsBinary()
        defer { specs.remove() }
        let victim = specs.outside
        try Data("someone else's file\n".utf8).write(to: victim)
        #expect(try specs.run(["generate"]).status == 0)
        let generated = try #require(specs.read("prometheus/prometheus.yml"))
        try specs.append("# x\n", to: "prometheus/prometheus.yml")
        try FileManager.default.createSymbolicLink(
            atPath: specs.path("prometheus/.prometheus.yml.vigil-tmp"), withDestinationPath: victim.path)

        let generate = try specs.run(["generate"])
        #expect(generate.status == 0, "\(generate.err)")
        #expect(try String(contentsOf: victim, encoding: .utf8) == "someone else's file\n")
        let attributes = try FileManager.default.attributesOfItem(atPath: specs.path("prometheus/prometheus.yml"))
        #expect(attributes[.type] as? FileAttributeType == .typeRegular)
        #expect(specs.read("prometheus/prometheus.yml") == generated)
        #expect(
            try specs.checkFinds("prometheus/.prometheus.yml.vigil-tmp: temporary file of an interrupted vigil run"))
    }

    @Test("a folder replaced by a link to outside the stack stops generate; nothing is written there")
    func linkedFolder() throws {
        let specs = SpecsBinary()
        defer { specs.remove() }
        let outside = specs.outside
        #expect(try specs.run(["generate"]).status == 0)
        try FileManager.default.moveItem(atPath: specs.path("prometheus/rules"), toPath: outside.path)
        try FileManager.default.createSymbolicLink(
            atPath: specs.path("prometheus/rules"), withDestinationPath: outside.path)
        let rule = try #require(try FileManager.default.contentsOfDirectory(atPath: outside.path).first)
        try Data("edited outside\n".utf8).write(to: outside.appendingPathComponent(rule))

        let generate = try specs.run(["generate"])
        #expect(generate.status == 1)
        #expect(generate.err.contains("prometheus/rules: a symbolic link where the specs generate a folder"))
        #expect(try String(contentsOf: outside.appendingPathComponent(rule), encoding: .utf8) == "edited outside\n")
        #expect(try specs.checkFinds("prometheus/rules: a symbolic link"))
    }

    @Test("damaged manifest lines ('secrets', a path through a link) delete nothing")
    func damagedManifest() throws {
        let specs = SpecsBinary()
        defer { specs.remove() }
        let outside = specs.outside
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data("important\n".utf8).write(to: outside.appendingPathComponent("important.txt"))
        #expect(try specs.run(["generate"]).status == 0)
        try Data("s3cret".utf8).write(to: URL(fileURLWithPath: specs.path("secrets/token")))
        try FileManager.default.createSymbolicLink(atPath: specs.path("notes"), withDestinationPath: outside.path)
        try specs.append("secrets\nnotes/important.txt\n", to: ".vigil-manifest")

        let generate = try specs.run(["generate"])
        #expect(generate.status == 0, "\(generate.err)")
        #expect(generate.err.contains("secrets: listed in .vigil-manifest, but a folder, not a file"))
        #expect(generate.err.contains("notes/important.txt: listed in .vigil-manifest, but"))
        #expect(specs.read("secrets/token") == "s3cret")
        #expect(specs.read("secrets/.gitignore") != nil)
        #expect(FileManager.default.fileExists(atPath: outside.appendingPathComponent("important.txt").path))
        #expect(try specs.run(["check"]).status == 0)
    }

    @Test("a generate killed at any step is reported by check, and the next generate finishes it")
    func killedAtEveryStep() throws {
        let base = SpecsBinary()
        defer { base.remove() }
        #expect(try base.run(["generate"]).status == 0)
        // The state before a spec change that drops a dashboard and changes the compose file.
        let dashboards = "grafana/dashboards/\(SpecsBinary.stack)"
        let dashboard = try #require(
            try FileManager.default.contentsOfDirectory(atPath: base.path(dashboards)).sorted().first)
        try FileManager.default.copyItem(
            atPath: base.path("\(dashboards)/\(dashboard)"), toPath: base.path("\(dashboards)/retired.json"))
        try base.append("\(dashboards)/retired.json\n", to: ".vigil-manifest")
        try base.append("# before the change\n", to: "docker-compose.yml")

        let finished = try Self.killAndRecover(base, at: 1...) { specs in
            #expect(!FileManager.default.fileExists(atPath: specs.path("\(dashboards)/retired.json")))
        }
        // Staging folder and its mode, two staged files, the journal written and renamed, two renames, one
        // deletion, then the journal and the staging folder deleted.
        #expect(finished == 12)
    }

    @Test("a generate into an empty folder killed on the way is reported by check, and the next one recovers")
    func killedBuildingNewStack() throws {
        let base = SpecsBinary()
        defer { base.remove() }
        try FileManager.default.createDirectory(at: base.root, withIntermediateDirectories: true)
        // The root's mode, the new stack folder and its mode, a file, files in subfolders, the last rename.
        #expect(try Self.killAndRecover(base, at: [1, 2, 3, 20, 40, 1000]) { _ in } == 1000)
    }

    /// Runs `generate` on a copy of `base` killed after each of `steps` changes, checks that `check` reports what the
    /// killed run left and that the next `generate` recovers it, and runs `verify` on the result. Returns the first
    /// step at which the run finished before it was killed.
    static func killAndRecover(
        _ base: SpecsBinary, at steps: some Sequence<Int>, verify: (SpecsBinary) throws -> Void
    ) throws -> Int? {
        for step in steps {
            let specs = SpecsBinary()
            defer { specs.remove() }
            try FileManager.default.copyItem(at: base.root, to: specs.root)
            let killed = try specs.run(["generate"], environment: ["VIGIL_WRITER_KILL_AFTER": "\(step)"])
            guard killed.killed else {
                #expect(killed.status == 0, "\(killed.err)")
                return step
            }
            let building = specs.root.appendingPathComponent(".\(SpecsBinary.stack).vigil-staging").path
            let staging = [specs.path(".vigil-staging"), building].first { FileManager.default.fileExists(atPath: $0) }
            let check = try specs.run(["check"])
            #expect(check.status == (staging == nil && specs.read(".vigil-manifest") != nil ? 0 : 1), "step \(step)")
            if let staging {
                #expect(check.err.contains("\(staging): left by a generate that was interrupted"), "step \(step)")
            }
            let generate = try specs.run(["generate"])
            #expect(generate.status == 0, "step \(step): \(generate.err)")
            #expect(generate.out.contains("an interrupted run") == (staging != nil), "step \(step)")
            #expect(try specs.run(["check"]).status == 0, "step \(step)")
            try verify(specs)
        }
        return nil
    }

    @Test("a write that fails half way through the staging leaves every file as it was")
    func failedWriteChangesNothing() throws {
        let specs = SpecsBinary()
        defer { specs.remove() }
        #expect(try specs.run(["generate"]).status == 0)
        // Staged in path order: the small .env.example fits below a 2 KiB file size limit, README.md does not.
        try specs.append("# stale\n", to: ".env.example")
        try specs.append("stale\n", to: "README.md")
        let limited = try specs.run(["generate"], shell: "trap '' XFSZ && ulimit -f 4 && exec \"$@\"")
        #expect(limited.status == 1)
        #expect(limited.err == "error: \(specs.path("README.md")): cannot write: File too large\n")
        #expect(specs.read(".env.example")?.hasSuffix("# stale\n") == true)
        #expect(!FileManager.default.fileExists(atPath: specs.path(".vigil-staging")))
        #expect(try specs.run(["generate"]).status == 0)
        #expect(try specs.run(["check"]).status == 0)
    }

    @Test("concurrent runs on one folder take turns and all succeed")
    func concurrentRuns() throws {
        let specs = SpecsBinary()
        defer { specs.remove() }
        let runs = try (0..<3).map { _ in
            try Process.run(
                try #require(SpecsBinary.url),
                arguments: ["generate", "--stack", SpecsBinary.stack, "--output", specs.root.path])
        }
        for run in runs {
            run.waitUntilExit()
            #expect(run.terminationStatus == 0)
        }
        #expect(try specs.run(["check"]).status == 0)
    }

    @Test("under umask 077 files are still 0644 and folders 0755; check reports another mode")
    func umask() throws {
        let specs = SpecsBinary()
        defer { specs.remove() }
        #expect(try specs.run(["generate"], shell: "umask 077 && exec \"$@\"").status == 0)
        let modes = try FileManager.default.subpathsOfDirectory(atPath: specs.path("")).map { path in
            let attributes = try FileManager.default.attributesOfItem(atPath: specs.path(path))
            let folder = attributes[.type] as? FileAttributeType == .typeDirectory
            return (folder, (attributes[.posixPermissions] as? Int) ?? 0)
        }
        #expect(modes.allSatisfy { $0.1 == ($0.0 ? 0o755 : 0o644) })
        chmod(specs.path("docker-compose.yml"), 0o600)
        #expect(try specs.checkFinds("docker-compose.yml: mode 0600"))
    }

    @Test("a read-only output folder fails with the file's path and the system's reason")
    func readOnly() throws {
        let specs = SpecsBinary()
        defer { specs.remove() }
        try FileManager.default.createDirectory(at: specs.root, withIntermediateDirectories: true)
        let probe = try SpecsBinary.execute([
            "/usr/bin/env", "unshare", "-m", "mount", "-t", "tmpfs", "tmpfs", specs.root.path,
        ])
        guard probe.status == 0 else {
            print("skipped: a read-only folder needs `unshare -m` and mount (\(probe.err))")
            return
        }
        // Generates, makes the compose file stale, then mounts the folder read-only and generates again.
        let script = """
            mount -t tmpfs tmpfs "$ROOT" && "$SPECS" generate --stack "$STACK" --output "$ROOT" >/dev/null \
            && echo '# x' >>"$ROOT/$STACK/docker-compose.yml" && mount -o remount,ro "$ROOT" \
            && exec "$SPECS" generate --stack "$STACK" --output "$ROOT"
            """
        let environment = [
            "SPECS": try #require(SpecsBinary.url).path, "ROOT": specs.root.path, "STACK": SpecsBinary.stack,
        ]
        let run = try SpecsBinary.execute(["/usr/bin/env", "unshare", "-m", "/bin/sh", "-c", script], environment)
        #expect(run.status == 1)
        #expect(run.err == "error: \(specs.path("docker-compose.yml")): cannot write: Read-only file system\n")
    }

    @Test("check reports a rule file vigil did not generate, which Prometheus would load")
    func rogueRuleFile() throws {
        let specs = SpecsBinary()
        defer { specs.remove() }
        #expect(try specs.run(["generate"]).status == 0)
        try Data("groups: []\n".utf8).write(to: URL(fileURLWithPath: specs.path("prometheus/rules/rogue.yml")))
        #expect(try specs.checkFinds("prometheus/rules/rogue.yml: not generated by vigil, yet Prometheus loads it"))
        let generate = try specs.run(["generate"])
        #expect(generate.status == 0)
        #expect(generate.err.contains("warning: \(specs.path("prometheus/rules/rogue.yml")): not generated by vigil"))
    }
}
