import Foundation
import VigilDSL

extension StackVerifier {
    /// `amtool check-config` on alertmanager.yml, then `amtool config routes test` for each line of the
    /// routing tests; nothing when the stack has no Alertmanager or the local amtool is too old to read its
    /// configuration (``skippedChecks(stackFolder:)`` says so).
    func verifyAlertmanager(in folder: URL) throws -> [ToolRunner.Run] {
        guard exists(AlertmanagerConfigEmitter.path, in: folder), try skippedChecks(stackFolder: folder).isEmpty
        else { return [] }
        let config = "--config.file=\(AlertmanagerConfigEmitter.path)"
        var runs = [try runner.run("amtool", ["check-config", AlertmanagerConfigEmitter.path], in: folder)]
        for test in try routingTests(in: folder) {
            runs.append(
                try runner.run(
                    "amtool",
                    ["config", "routes", "test", config, "--verify.receivers=\(test.receivers.joined(separator: ","))"]
                        + test.labels, in: folder))
        }
        return runs
    }

    /// The checks left out because the local tools cannot run them, each with the reason: the Alertmanager
    /// checks when alertmanager.yml needs a newer Alertmanager than the installed amtool.
    public func skippedChecks(stackFolder folder: URL) throws -> [String] {
        let url = folder.appendingPathComponent(AlertmanagerConfigEmitter.path)
        guard let text = try? String(contentsOf: url, encoding: .utf8),
            let required = RequiredVersionComment.version(in: text)
        else { return [] }
        let local = try amtoolVersion(in: folder)
        guard let local, local < required else { return [] }
        let tests = try routingTests(in: folder).count
        return [
            "amtool check-config \(AlertmanagerConfigEmitter.path) and \(tests) routing test\(tests == 1 ? "" : "s"): "
                + "the configuration needs Alertmanager \(required), the installed amtool is \(local)"
        ]
    }

    /// The routing tests of the stack, or none when it has no test file.
    func routingTests(in folder: URL) throws -> [RoutingTestFile.Case] {
        let url = folder.appendingPathComponent(RoutingTestFile.path)
        guard exists(RoutingTestFile.path, in: folder) else { return [] }
        return RoutingTestFile.parse(try String(contentsOf: url, encoding: .utf8))
    }

    /// The installed amtool's version, from `amtool --version`; `nil` when it prints none.
    func amtoolVersion(in folder: URL) throws -> AlertmanagerVersion? {
        let output = try runner.run("amtool", ["--version"], in: folder).output
        guard let match = output.firstMatch(of: #/version (\d+)\.(\d+)/#),
            let major = Int(match.output.1), let minor = Int(match.output.2)
        else { return nil }
        return AlertmanagerVersion(major, minor)
    }
}
