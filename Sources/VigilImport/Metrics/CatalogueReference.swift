import VigilDSL
import VigilModel

/// A metric catalogue of Vigil (`Sources/VigilDSL/Catalogues/`) that imported rules read from: the specs
/// declare it whole (`NodeExporterMetrics.all`) instead of redeclaring its metrics.
public struct CatalogueReference: Hashable, Sendable {
    /// The catalogue's Swift name, e.g. `NodeExporterMetrics`.
    public var swiftName: String
    /// Whether every stack declares it already (Prometheus's own metrics, on the self-monitoring service), so
    /// that the specs need not.
    public var isAlwaysDeclared: Bool
    /// Its metrics.
    var declarations: [MetricDeclaration]

    /// The catalogues, the ones of exporters first.
    static let all: [CatalogueReference] = [
        CatalogueReference(
            swiftName: "NodeExporterMetrics", isAlwaysDeclared: false, declarations: NodeExporterMetrics.all),
        CatalogueReference(swiftName: "CAdvisorMetrics", isAlwaysDeclared: false, declarations: CAdvisorMetrics.all),
        CatalogueReference(
            swiftName: "PostgresExporterMetrics", isAlwaysDeclared: false, declarations: PostgresExporterMetrics.all),
        CatalogueReference(
            swiftName: "RedisExporterMetrics", isAlwaysDeclared: false, declarations: RedisExporterMetrics.all),
        CatalogueReference(
            swiftName: "BlackboxExporterMetrics", isAlwaysDeclared: false, declarations: BlackboxExporterMetrics.all),
        CatalogueReference(swiftName: "ProcessMetrics", isAlwaysDeclared: false, declarations: ProcessMetrics.all),
        CatalogueReference(
            swiftName: "PrometheusServerMetrics", isAlwaysDeclared: true, declarations: PrometheusServerMetrics.all),
        CatalogueReference(
            swiftName: "AlertmanagerMetrics", isAlwaysDeclared: false, declarations: AlertmanagerMetrics.all),
    ]

    /// The catalogue declaring the series `name` (a metric's name, or one of a histogram's or summary's
    /// series), or `nil`.
    static func declaring(_ name: String) -> CatalogueReference? {
        all.first { catalogue in catalogue.declarations.contains { $0.seriesNames.contains(name) } }
    }
}
