import Testing

@testable import VigilBackends
@testable import VigilCompiler
@testable import VigilModel

@Suite struct TargetLoweringTests {
    @Test("refIds count as Grafana does: A to Z, then AA, AB, ..., ZZ, AAA")
    func refIDs() {
        #expect(
            [0, 1, 25, 26, 27, 51, 701, 702].map(TargetLowering.refID) == [
                "A", "B", "Z", "AA", "AB", "AZ", "ZZ", "AAA",
            ])
    }
}
