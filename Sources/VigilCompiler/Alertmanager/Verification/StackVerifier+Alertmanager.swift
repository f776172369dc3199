import Foundation
import VigilDSL

extension StackVerifier {
    /// `amtool check-config` on alertmanager.yml, then `amtool config routes test` for each line of the
    /// routing tests; nothing when the stack has no Alertmanager.
    func verifyAlertmanager(in folder: URL) throws -> [ToolRunner.Run] {
        guard exists(AlertmanagerConfigEmitter.path, in: folder) else { return [] }
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

    /// The routing tests of the stack, or none when it has no test file.
    func routingTests(in folder: URL) throws -> [RoutingTestFile.Case] {
        let url = folder.appendingPathComponent(RoutingTestFile.path)
        guard exists(RoutingTestFile.path, in: folder) else { return [] }
        return RoutingTestFile.parse(try String(contentsOf: url, encoding: .utf8))
    }
}
