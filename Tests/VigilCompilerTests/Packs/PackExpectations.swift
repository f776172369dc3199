import Testing

@testable import VigilModel

/// What every rule pack's lowering must hold, whichever the pack.
enum PackExpectations {
    /// The group of `job` has exactly the alerts `names`, in order, each with one firing and one quiet test.
    static func everyAlertTested(_ names: [String], job: String, in stack: ResolvedStack) {
        #expect(stack.alerts.filter { $0.group == job }.map(\.name) == names)
        for name in names {
            let tests = stack.alertTests.filter { $0.expectations.contains { $0.alertName == name } }
            #expect(tests.count == 2, "\(name)")
            #expect(tests.contains { $0.expectations.contains { !$0.firing.isEmpty } }, "\(name) fires")
            #expect(tests.contains { $0.expectations.allSatisfy { $0.firing.isEmpty } }, "\(name) stays quiet")
        }
    }
}
