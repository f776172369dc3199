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

    /// The catalogue every stack declares on its self-monitoring service.
    static let alwaysDeclared = "PrometheusServerMetrics"

    /// The catalogues, the ones of exporters first.
    static let all: [CatalogueReference] = [
        ("NodeExporterMetrics", NodeExporterMetrics.all), ("CAdvisorMetrics", CAdvisorMetrics.all),
        ("PostgresExporterMetrics", PostgresExporterMetrics.all), ("RedisExporterMetrics", RedisExporterMetrics.all),
        ("BlackboxExporterMetrics", BlackboxExporterMetrics.all), ("ProcessMetrics", ProcessMetrics.all),
        ("PrometheusServerMetrics", PrometheusServerMetrics.all), ("AlertmanagerMetrics", AlertmanagerMetrics.all),
        ("GrafanaMetrics", GrafanaMetrics.all), ("LokiMetrics", LokiMetrics.all), ("AlloyMetrics", AlloyMetrics.all),
        ("JaegerMetrics", JaegerMetrics.all), ("TempoMetrics", TempoMetrics.all),
    ].map { name, declarations in
        CatalogueReference(swiftName: name, isAlwaysDeclared: name == alwaysDeclared, declarations: declarations)
    }

    /// The catalogue declaring the series `name` (a metric's name, or one of a histogram's or summary's
    /// series), or `nil`.
    static func declaring(_ name: String) -> CatalogueReference? {
        all.first { catalogue in catalogue.declarations.contains { $0.seriesNames.contains(name) } }
    }
}
