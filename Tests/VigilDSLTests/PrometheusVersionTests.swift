import Testing
import VigilDSL

@Suite("Prometheus versions and feature flags")
struct PrometheusVersionTests {
    @Test("versions order by major, then minor, and print as major.minor")
    func ordering() {
        #expect(PrometheusVersion.v255 < .v30)
        #expect(PrometheusVersion.v30 < .v35)
        #expect(PrometheusVersion(2, 9) < .v242)
        #expect(PrometheusVersion.v35.description == "3.5")
        #expect([PrometheusVersion.v37, .v240, .v35].max() == .v37)
    }

    @Test("a version and a feature are named as a spec writes them")
    func swiftSpelling() {
        #expect(PrometheusVersion.v30.swiftSpelling == ".v30")
        #expect(PrometheusVersion.v253.swiftSpelling == ".v253")
        #expect(PrometheusVersion(3, 6).swiftSpelling == "PrometheusVersion(3, 6)")
        #expect(PrometheusFeature.nativeHistograms.swiftSpelling == ".nativeHistograms")
        #expect(PrometheusFeature.promqlExperimentalFunctions.rawValue == "promql-experimental-functions")
    }

    @Test("a stack targets the deployed 3.5 without flags unless it says otherwise")
    func defaults() {
        let prometheus = Prometheus()
        #expect(prometheus.compatibility == .v35)
        #expect(prometheus.features.isEmpty)
        let scrape = Scrape.target("api:8080").protocols([.openMetricsText100]).fallbackProtocol(.prometheusText004)
        #expect(scrape.protocols == [.openMetricsText100])
        #expect(scrape.fallbackProtocol?.rawValue == "PrometheusText0.0.4")
        #expect(Scrape.target("api:8080").fallbackProtocol == nil)
    }
}
