import Testing

@testable import VigilCompiler

@Suite struct TargetLoweringTests {
    @Test("refIds count as Grafana does: A to Z, then AA, AB, ..., ZZ, AAA")
    func refIDs() {
        #expect(
            [0, 1, 25, 26, 27, 51, 701, 702].map(TargetLowering.refID) == [
                "A", "B", "Z", "AA", "AB", "AZ", "ZZ", "AAA",
            ])
    }
}
