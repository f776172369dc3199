import Testing
import VigilDSL

@testable import VigilBackends
@testable import VigilCompiler
@testable import VigilEndToEnd
@testable import VigilModel

/// Where the model says alerts go, which an end-to-end run compares with Alertmanager.
@Suite("Deliveries and inhibitions of the model")
struct DeliveryTests {
    static let alertmanager = StackLowering.lower(AlertmanagerFixtures.shop, templates: AlertmanagerFixtures.templates)
        .alertmanager!

    @Test("a continuing route and its sibling both deliver, grouped by the inherited labels")
    func deliveries() {
        let labels = ["alertname": "ShopDown", "severity": "critical", "service": "shop-api", "instance": "a"]
        #expect(
            Self.alertmanager.deliveries(for: labels).map(\.receiver) == ["pager", "chat"])
        let groupBy = Self.alertmanager.root.groupBy?.map(\.name) ?? []
        #expect(
            Self.alertmanager.deliveries(for: labels).allSatisfy {
                $0.groupLabels == labels.filter { groupBy.contains($0.key) }
            })
        #expect(Self.alertmanager.deliveries(for: ["alertname": "Watchdog"]).map(\.receiver) == ["deadman"])
    }

    @Test("an inhibition needs a matching source, a matching target and equal labels")
    func inhibitions() {
        let source = ["alertname": "ShopDown", "instance": "a", "service": "shop-db"]
        let target = ["alertname": "Slow", "instance": "a", "service": "shop-api"]
        #expect(Self.alertmanager.isInhibited(target, whileFiring: [source, target]))
        #expect(!Self.alertmanager.isInhibited(target, whileFiring: [target]))
        #expect(!Self.alertmanager.isInhibited(target.merging(["instance": "b"]) { $1 }, whileFiring: [source]))
        #expect(!Self.alertmanager.isInhibited(source, whileFiring: [source]))
    }

    @Test("expected annotations render the labels; those printing the value are left to the run")
    func annotations() {
        let alert = ResolvedAlert(
            name: "Slow", severity: .warning, labels: [Label("severity", "warning")],
            location: SourceLocation(fileID: "a/b.swift", filePath: "/a/b.swift", line: 1, column: 1),
            annotations: [
                ResolvedAnnotation(
                    key: "summary", value: "{{ $labels.job }} is slow",
                    location: SourceLocation(fileID: "a/b.swift", filePath: "/a/b.swift", line: 2, column: 1)),
                ResolvedAnnotation(
                    key: "description", value: "p95 is {{ $value }}",
                    location: SourceLocation(fileID: "a/b.swift", filePath: "/a/b.swift", line: 3, column: 1)),
            ])
        let expected = alert.expectedAnnotations(forAlertLabels: [
            "alertname": "Slow", "job": "api", "severity": "warning",
        ])
        #expect(expected["summary"] == .some("api is slow"))
        let description: String?? = expected["description"]
        #expect(description.map { $0 == nil } == true)
    }
}
