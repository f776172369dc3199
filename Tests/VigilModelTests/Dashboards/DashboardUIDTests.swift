import Testing

@testable import VigilModel

@Suite struct DashboardUIDTests {
    @Test("a slug of the parts: lowercase letters and digits, anything else one dash, none at the ends")
    func slugs() {
        #expect(DashboardUID.derive(["AutoDealGenie", "System Overview"]) == "autodealgenie-system-overview")
        #expect(DashboardUID.derive(["crm", "  API: p99 / 5xx!  "]) == "crm-api-p99-5xx")
        #expect(DashboardUID.derive(["!!!"]) == "")
    }

    @Test("outside ASCII: characters that stay outside become dashes, those that lowercase into ASCII stay")
    func unicode() {
        #expect(DashboardUID.derive(["Café", "Überblick"]) == "caf-berblick")
        #expect(DashboardUID.derive(["\u{212A}elvin"]) == "kelvin")
    }

    @Test("a slug longer than 40 keeps its start and ends in a hash of the whole; two such slugs differ")
    func longSlugs() {
        let first = DashboardUID.derive(["analytics", String(repeating: "very long title ", count: 4) + "one"])
        let second = DashboardUID.derive(["analytics", String(repeating: "very long title ", count: 4) + "two"])
        #expect(first.utf8.count <= DashboardUID.maximumLength && second.utf8.count <= DashboardUID.maximumLength)
        #expect(first.hasPrefix("analytics-very-long-title") && first != second)
        #expect(DashboardUID.isValid(first) && DashboardUID.isValid(second))
    }

    @Test("Grafana takes 1 to 40 ASCII letters, digits, dashes and underscores")
    func validity() {
        #expect(DashboardUID.isValid("crm_api-latency-2"))
        #expect(!DashboardUID.isValid(""))
        #expect(!DashboardUID.isValid(String(repeating: "a", count: 41)))
        #expect(!DashboardUID.isValid("café"))
        #expect(!DashboardUID.isValid("a b"))
    }
}
