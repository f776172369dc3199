import Foundation
import VigilBackends
import VigilModel

/// Checks a generated stack folder with the real tools: `promtool check config`, `promtool check rules`
/// and `promtool test rules` on the Prometheus files, `amtool check-config` and `amtool config routes test`
/// on the Alertmanager files, `docker-compose config -q` on the compose file and on each remote host's,
/// `promtool check config --agent` on each remote host's agent configuration, and
/// ``ComposeSecretsCheck`` on the secrets the stack's provides. Each check runs only when the stack has the files it checks.
public struct StackVerifier: Sendable {
    /// The runner that starts the tools.
    public var runner = ToolRunner()

    /// Creates a verifier.
    public init() {}

    /// Every tool run for the stack folder at `folder`, in a fixed order.
    public func verify(stackFolder folder: URL) throws -> [ToolRunner.Run] {
        var runs: [ToolRunner.Run] = []
        // promtool enables the PromQL features the server is started with, or rejects the rules that use them: as
        // the compose file starts it or, for a stack without one, as the Kubernetes chart values do.
        let started = try StackDeployment(stackFolder: folder).prometheusFeatures
        let features = ResolvedPrometheus.promtoolArguments(enabling: started)
        if exists("prometheus/prometheus.yml", in: folder) {
            // Syntax only: secret files exist in the containers, not here; rule files are checked next.
            runs.append(
                try runner.run(
                    "promtool", ["check", "config", "--syntax-only", "prometheus/prometheus.yml"], in: folder))
        }
        let rules = files(in: "prometheus/rules", of: folder)
        if !rules.isEmpty {
            runs.append(try runner.run("promtool", features + ["check", "rules"] + rules, in: folder))
        }
        // promtool runs the test files it is given one after the other, on one core: the files are split
        // into one run per core (SLO tests take seconds each).
        let batches = Self.batches(files(in: "prometheus/tests", of: folder), count: cores)
        runs += try batches.concurrentMap { [runner] tests in
            try runner.run("promtool", features + ["test", "rules"] + tests, in: folder)
        }
        runs += try verifyAlertmanager(in: folder)
        if exists("docker-compose.yml", in: folder) {
            runs.append(
                try runner.run("docker-compose", ["--file", "docker-compose.yml", "config", "--quiet"], in: folder))
            runs.append(try ComposeSecretsCheck().run(stackFolder: folder))
        }
        for host in subfolders(of: RemoteHostProject.folder, in: folder) {
            let file = "\(RemoteHostProject.folder)/\(host)/\(ComposeEmitter.path)"
            if exists(file, in: folder) {
                runs.append(try runner.run("docker-compose", ["--file", file, "config", "--quiet"], in: folder))
            }
            // Syntax only, as prometheus.yml: the agent's secret files exist on its host.
            let agent = "\(RemoteHostProject.folder)/\(host)/\(AgentForwarding.configPath)"
            if exists(agent, in: folder) {
                runs.append(
                    try runner.run("promtool", ["check", "config", "--agent", "--syntax-only", agent], in: folder))
            }
        }
        return runs
    }

    /// How many tool runs go at once.
    var cores: Int { ProcessInfo.processInfo.activeProcessorCount }

    /// `files` dealt into at most `count` batches in turn, none empty: with two batches the first holds the
    /// first, third, fifth file.
    static func batches(_ files: [String], count: Int) -> [[String]] {
        let count = min(max(count, 1), files.count)
        return (0..<count).map { first in stride(from: first, to: files.count, by: count).map { files[$0] } }
    }

    func exists(_ path: String, in folder: URL) -> Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path)
    }

    /// The names of the folders in a subfolder, sorted.
    func subfolders(of subfolder: String, in folder: URL) -> [String] {
        let url = folder.appendingPathComponent(subfolder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { exists("\(subfolder)/\($0)/.", in: folder) }.sorted()
    }

    /// The YAML files of a subfolder, as paths relative to the stack folder, sorted.
    func files(in subfolder: String, of folder: URL) -> [String] {
        let names =
            (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(subfolder).path)) ?? []
        return names.filter { $0.hasSuffix(".yml") }.sorted().map { "\(subfolder)/\($0)" }
    }
}
