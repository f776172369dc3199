import VigilModel

/// A panel's queries as Grafana targets: refIds, the format the panel kind needs, the text Grafana runs.
package enum TargetLowering {
    /// The targets of `panel`, refIds in the order written.
    static func targets(of panel: Panel) -> [ResolvedTarget] {
        if case .logs(let options) = panel.kind {
            return [
                ResolvedTarget(
                    refID: refID(0), text: options.query, language: .logQL, legendFormat: nil, instant: false,
                    format: .timeSeries, location: options.location)
            ]
        }
        let format: ResolvedTarget.Format =
            switch panel.kind {
            case .table: .table
            case .heatmap: .heatmap
            case .timeSeries, .stat, .gauge, .barGauge, .text, .logs, .pieChart, .stateTimeline, .histogram: .timeSeries
            }
        let legendFormat = panel.legendFormat
        return panel.queries.enumerated().map { index, query in
            let (text, expression) = DashboardLowering.promQL(query.expression, at: query.location)
            return ResolvedTarget(
                refID: refID(index), text: text, language: .promQL(expression),
                legendFormat: query.legendFormat ?? legendFormat, instant: query.instant || format == .table,
                format: format, location: expression.location)
        }
    }

    /// A, B, ..., Z, AA, AB, ...: Grafana's refIds.
    package static func refID(_ index: Int) -> String {
        index < commonRefIDs.count ? commonRefIDs[index] : spelledRefID(index)
    }

    /// The refIds of the first 52 queries of a panel, spelled once.
    private static let commonRefIDs = (0..<52).map(spelledRefID)

    private static func spelledRefID(_ index: Int) -> String {
        var letters: [UInt8] = []
        var rest = index + 1
        while rest > 0 {
            rest -= 1
            letters.append(UInt8(ascii: "A") + UInt8(rest % 26))
            rest /= 26
        }
        return String(decoding: letters.reversed(), as: UTF8.self)
    }
}
