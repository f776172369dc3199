import VigilModel

/// A panel's queries as Grafana targets: refIds, the format the panel kind needs, the text Grafana runs.
package enum TargetLowering {
    /// The targets of `panel`, refIds in the order written. The panel's kind, queries and legend format are
    /// read out of it once, and each query's PromQL is printed once.
    static func targets(of panel: Panel) -> [ResolvedTarget] {
        let format: ResolvedTarget.Format
        switch panel.kind {
        case .logs(let options):
            return [
                ResolvedTarget(
                    refID: refID(0), text: options.query, language: .logQL, legendFormat: nil, instant: false,
                    format: .timeSeries, location: options.location)
            ]
        case .table: format = .table
        case .heatmap: format = .heatmap
        case .timeSeries, .stat, .gauge, .barGauge, .text, .pieChart, .stateTimeline, .histogram: format = .timeSeries
        }
        let queries = panel.queries
        let legendFormat = panel.legendFormat
        var targets: [ResolvedTarget] = []
        targets.reserveCapacity(queries.count)
        for index in queries.indices {
            let (text, expression) = DashboardLowering.promQL(queries[index].expression, at: queries[index].location)
            targets.append(
                ResolvedTarget(
                    refID: refID(index), text: text, language: .promQL(expression),
                    legendFormat: queries[index].legendFormat ?? legendFormat,
                    instant: queries[index].instant || format == .table, format: format, location: expression.location))
        }
        return targets
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
