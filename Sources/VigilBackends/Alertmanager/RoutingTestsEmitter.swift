import VigilModel

/// Renders `alertmanager/tests/routes.tsv`: the routing expectations written in the specs, then one per alert
/// of the stack (its static labels reach the receivers the routing tree picks), for `specs validate` to
/// check with amtool.
public struct RoutingTestsEmitter: ArtefactEmitter {
    /// Creates the emitter.
    public init() {}

    public func emit(_ stack: ResolvedStack) throws -> [OutputFile] {
        guard let alertmanager = stack.alertmanager else { return [] }
        let written = alertmanager.expectations.map(testCase).uniqued
        let perAlert = alertmanager.expectations(for: stack.alerts).map(testCase).uniqued
        guard !written.isEmpty || !perAlert.isEmpty else { return [] }
        let contents = RoutingTestFile.render(
            header: [
                String(GeneratedYAML.header.dropFirst(2)),
                "Routing tests of the '\(stack.name)' stack: the receivers an alert must reach, in order, then its",
                "labels. `specs validate` runs each line as",
                "amtool config routes test --config.file=alertmanager/alertmanager.yml --verify.receivers=<receivers> <labels>",
            ],
            sections: [
                ("Expectations written in the specs", written),
                ("Every alert of the stack, with its static labels", perAlert),
            ])
        return [OutputFile(path: RoutingTestFile.path, contents: contents)]
    }

    func testCase(_ expectation: RoutingExpectation) -> RoutingTestFile.Case {
        RoutingTestFile.Case(receivers: expectation.receivers, labels: expectation.matchers.map(\.description))
    }
}
