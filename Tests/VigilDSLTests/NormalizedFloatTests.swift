import Testing
import VigilDSL

@Suite("NormalizedFloat: le and quantile labels as Prometheus 3 stores them")
struct NormalizedFloatTests {
    @Test("bounds as Prometheus 3 normalizes le and quantile: Go's %g, whole numbers with .0")
    func bounds() {
        let bounds = [0.005, 0.25, 0.5, 1, 2, 10, 100_000, 1_000_000, 0.0001, 0.00001, 1.5e-7, .infinity]
        #expect(
            bounds.map(NormalizedFloat.label)
                == [
                    "0.005", "0.25", "0.5", "1.0", "2.0", "10.0", "100000.0", "1e+06", "0.0001", "1e-05", "1.5e-07",
                    "+Inf",
                ])
    }
}
