import VigilCore
import VigilModel

/// A panel as a statement of a dashboard or row body: the panel type's initialiser with the options that differ
/// from its defaults, its queries, then the modifiers of its field options, overrides and size.
struct PanelSource {
    /// The histograms the stack declares, for heatmaps.
    let histograms: Set<String>

    /// The statement's lines.
    func lines(of panel: Panel) -> [String] {
        let title = SwiftLiteral.string(panel.title)
        let unit = panel.field.unit.map { ", unit: " + FieldSource.unit($0) } ?? ""
        var head: String
        var queries = true
        switch panel.kind {
        case .timeSeries(let options):
            head =
                "TimeSeries(\(title)\(unit)"
                + Self.arguments([
                    ("style", SwiftLiteral.member(options.style), ".lines"),
                    ("stacking", SwiftLiteral.member(options.stacking), ".none"),
                    ("fillOpacity", String(options.fillOpacity), "10"),
                    ("interpolation", SwiftLiteral.member(options.interpolation), ".linear"),
                    ("legend", Self.legend(options.legend), ".list"),
                    ("tooltip", SwiftLiteral.member(options.tooltip), ".all"),
                ])
        case .stat(let options):
            head =
                "Stat(\(title)\(unit)"
                + Self.arguments([
                    ("reduction", SwiftLiteral.member(options.reduction), ".lastNotNull"),
                    ("sparkline", String(options.sparkline), "true"),
                    ("colorMode", SwiftLiteral.member(options.colorMode), ".value"),
                    ("textMode", SwiftLiteral.member(options.textMode), ".auto"),
                ])
        case .gauge(let options):
            head =
                "GaugePanel(\(title)\(unit)"
                + Self.arguments([
                    ("reduction", SwiftLiteral.member(options.reduction), ".lastNotNull"),
                    ("showsThresholdMarkers", String(options.showsThresholdMarkers), "true"),
                    ("showsThresholdLabels", String(options.showsThresholdLabels), "false"),
                ])
        case .barGauge(let options):
            head =
                "BarGauge(\(title)\(unit)"
                + Self.arguments([
                    ("reduction", SwiftLiteral.member(options.reduction), ".lastNotNull"),
                    ("style", SwiftLiteral.member(options.style), ".gradient"),
                    ("orientation", SwiftLiteral.member(options.orientation), ".horizontal"),
                    ("showsUnfilled", String(options.showsUnfilled), "true"),
                ])
        case .table(let options):
            head =
                "Table(\(title)\(unit)"
                + Self.arguments([
                    ("showsHeader", String(options.showsHeader), "true"),
                    ("sortBy", options.sortBy.map { SwiftLiteral.string($0) } ?? "nil", "nil"),
                    ("descending", String(options.descending), "true"),
                ])
        case .pieChart(let options):
            head =
                "PieChart(\(title)\(unit)"
                + Self.arguments([
                    ("reduction", SwiftLiteral.member(options.reduction), ".lastNotNull"),
                    ("style", SwiftLiteral.member(options.style), ".pie"),
                    ("labels", Self.list(options.labels), "[.percent]"),
                    ("legendValues", Self.list(options.legendValues), "[.value]"),
                ])
        case .stateTimeline(let options):
            head =
                "StateTimeline(\(title)\(unit)"
                + Self.arguments([
                    ("mergesValues", String(options.mergesValues), "true"),
                    ("showsValues", SwiftLiteral.member(options.showsValues), ".auto"),
                    ("legend", Self.legend(options.legend), ".list"),
                ])
        case .histogram(let options):
            head =
                "HistogramPanel(\(title)\(unit)"
                + Self.arguments([
                    ("bucketCount", options.bucketCount.map(String.init) ?? "nil", "nil"),
                    ("combinesSeries", String(options.combinesSeries), "false"),
                    ("legend", Self.legend(options.legend), ".list"),
                ])
        case .text(let options):
            queries = false
            head =
                "Text(\(title), \(SwiftLiteral.string(options.content))"
                + Self.arguments([("mode", SwiftLiteral.member(options.mode), ".markdown")])
        case .logs(let options):
            queries = false
            head =
                "Logs(\(title), query: \(SwiftLiteral.string(options.query))"
                + Self.arguments([
                    ("showsTime", String(options.showsTime), "true"),
                    ("wrapsLines", String(options.wrapsLines), "true"),
                    ("newestFirst", String(options.newestFirst), "true"),
                    ("deduplication", SwiftLiteral.member(options.deduplication), ".none"),
                ])
        case .heatmap(let options):
            queries = false
            // The importer made every other heatmap a time series.
            let selection = HeatmapSelection(panel, histograms: histograms)!
            let job = selection.job.map { ".job(\(SwiftLiteral.string($0)))" } ?? ""
            head =
                "Heatmap(\(title), \(SwiftIdentifier.escaped(SwiftIdentifier.lowerCamel(selection.metric)))\(job)"
                + Self.arguments([("over", SwiftLiteral.duration(selection.range), ".minutes(5)")])
                + unit + Self.arguments([("scheme", SwiftLiteral.member(options.scheme), ".oranges")])
        }
        var lines: [String]
        if queries {
            lines = [head + ") {"] + panel.queries.map { "    " + Self.query($0) } + ["}"]
        } else {
            lines = [head + ")"]
        }
        lines += FieldSource.modifiers(of: panel)
        return lines
    }

    /// `, label: value` for each argument that differs from its default.
    static func arguments(_ arguments: [(label: String, value: String, default: String)]) -> String {
        arguments.filter { $0.value != $0.default }.map { ", \($0.label): \($0.value)" }.joined()
    }

    private static func list(_ labels: [PieChartOptions.Label]) -> String {
        "[" + labels.map(SwiftLiteral.member).joined(separator: ", ") + "]"
    }

    /// `.list`, `.hidden`, `.table(.mean, .max, placement: .right)`.
    static func legend(_ legend: Legend) -> String {
        if legend.display == .hidden { return ".hidden" }
        if legend.display == .list, legend.placement == .bottom, legend.calculations.isEmpty { return ".list" }
        var arguments = legend.calculations.map(SwiftLiteral.member)
        if legend.placement != .bottom { arguments.append("placement: \(SwiftLiteral.member(legend.placement))") }
        return ".\(legend.display)(\(arguments.joined(separator: ", ")))"
    }

    /// `PromQL("...")`, or `Query(PromQL("..."), legendFormat: "...", instant: true)`.
    static func query(_ query: Query) -> String {
        let promQL = VariableDeclarationSource.promQL(query.expression)
        guard query.legendFormat != nil || query.instant else { return promQL }
        var arguments = [promQL]
        if let legend = query.legendFormat { arguments.append("legendFormat: \(SwiftLiteral.string(legend))") }
        if query.instant { arguments.append("instant: true") }
        return "Query(\(arguments.joined(separator: ", ")))"
    }
}
