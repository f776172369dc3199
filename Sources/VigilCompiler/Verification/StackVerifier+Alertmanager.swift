import Foundation
import VigilBackends
import VigilDSL

extension StackVerifier {
    /// `amtool check-config` on alertmanager.yml, then `amtool config routes test` for each line of the
    /// routing tests; nothing when the stack has no Alertmanager. An amtool built without Jira (Debian's) checks
    /// a copy without the receivers' `jira_configs` instead (``JiraFreeCopy``), and its runs say so.
    func verifyAlertmanager(in folder: URL) throws -> [ToolRunner.Run] {
        guard exists(AlertmanagerConfigEmitter.path, in: folder) else { return [] }
        let check = try runner.run("amtool", ["check-config", AlertmanagerConfigEmitter.path], in: folder)
        guard !check.succeeded, check.output.contains(JiraFreeCopy.unknownField) else {
            return [check] + (try routingTestRuns(configuration: AlertmanagerConfigEmitter.path, in: folder))
        }
        let copy = try JiraFreeCopy(stackFolder: folder)
        defer { copy.remove() }
        var runs = [try runner.run("amtool", ["check-config", copy.configuration.path], in: folder)]
        runs += try routingTestRuns(configuration: copy.configuration.path, in: folder)
        return runs.map { run in
            var run = run
            run.commandLine =
                run.commandLine.replacingOccurrences(
                    of: copy.configuration.path, with: AlertmanagerConfigEmitter.path) + " " + copy.note
            return run
        }
    }

    /// `amtool config routes test` of each line of the routing tests against `configuration`.
    func routingTestRuns(configuration: String, in folder: URL) throws -> [ToolRunner.Run] {
        try routingTests(in: folder).map { test in
            try runner.run(
                "amtool",
                [
                    "config", "routes", "test", "--config.file=\(configuration)",
                    "--verify.receivers=\(test.receivers.joined(separator: ","))",
                ] + test.labels, in: folder)
        }
    }

    /// The routing tests of the stack, or none when it has no test file.
    func routingTests(in folder: URL) throws -> [RoutingTestFile.Case] {
        let url = folder.appendingPathComponent(RoutingTestFile.path)
        guard exists(RoutingTestFile.path, in: folder) else { return [] }
        return RoutingTestFile.parse(try String(contentsOf: url, encoding: .utf8))
    }
}
