import Testing
import VigilModel

@Suite("SLOs: exact arithmetic, bucket bounds and test input")
struct SLOArithmeticTests {
    @Test("fractions: exact budgets and thresholds, decimal when they terminate")
    func fractions() {
        let budget = Fraction(1) - Fraction(percent: 99.9%)
        #expect(budget == Fraction(1, 1000))
        #expect(budget.description == "0.001")
        #expect(budget.doubleValue == 0.001)
        #expect((Fraction(exactly: 14.4) * budget).description == "0.0144")
        #expect((Fraction(percent: 2%) * Fraction(.days(30), per: .hours(1))).description == "14.4")
        #expect((Fraction(percent: 10%) * Fraction(.days(28), per: .days(3))).description == "0.9333333333333333")
        #expect(Fraction(14, 15).rounded(toDecimals: 2).description == "0.93")
        #expect(Fraction(-5, 2).rounded(toDecimals: 0).description == "-3")
        #expect(Fraction(6, -4) == Fraction(-3, 2))
        #expect(Fraction(1, 3) < Fraction(34, 100) && Fraction(1, 3) + Fraction(2, 3) == Fraction(1))
        // (max - 1) / max > (max - 2) / (max - 1): the cross products overflow 64 bits.
        #expect(Fraction(Int64.max - 1, Int64.max) > Fraction(Int64.max - 2, Int64.max - 1))
    }
}
