import VigilCore
import VigilModel

/// `<Name>+Dashboards.swift`: each imported dashboard as a `Dashboard` with its variables, rows and panels,
/// queries as raw `PromQL` exactly as the input wrote them, and the notes on what was not carried over as
/// comments where the input had it.
struct DashboardsSource {
    /// The stack's enum.
    let stack: String
    /// The dashboards.
    let dashboards: [ImportedDashboard]
    /// The inferred metrics, for the histograms a heatmap reads.
    let metrics: [InferredMetric]

    /// The Swift names of the dashboards, in order: the title in lower camel case with `Dashboard`, numbered
    /// when two titles give the same name.
    static func identifiers(of dashboards: [ImportedDashboard]) -> [String] {
        var taken: Set<String> = []
        return dashboards.map { dashboard in
            let base = SwiftIdentifier.lowerCamel(dashboard.title) + "Dashboard"
            var name = base
            var number = 2
            while taken.contains(name) {
                name = base + String(number)
                number += 1
            }
            taken.insert(name)
            return name
        }
    }

    /// The file's text.
    var text: String {
        var lines = ["import Vigil", "", "extension \(stack) {"]
        let names = Self.identifiers(of: dashboards)
        for (index, dashboard) in dashboards.enumerated() {
            if index > 0 { lines.append("") }
            lines += declaration(of: dashboard, named: names[index]).map { "    " + $0 }
        }
        lines += ["}", ""]
        return lines.joined(separator: "\n")
    }

    private func declaration(of dashboard: ImportedDashboard, named name: String) -> [String] {
        var arguments = [SwiftLiteral.string(dashboard.title)]
        if let folder = dashboard.folder { arguments.append("folder: \(SwiftLiteral.string(folder))") }
        if let uid = dashboard.uid { arguments.append("uid: \(SwiftLiteral.string(uid))") }
        if !dashboard.tags.isEmpty { arguments.append("tags: \(SwiftLiteral.strings(dashboard.tags))") }
        if let description = dashboard.description {
            arguments.append("description: \(SwiftLiteral.string(description, indentation: "    "))")
        }
        if dashboard.time != .last(.hours(6)) { arguments.append("time: \(Self.time(dashboard.time))") }
        if dashboard.refresh != .minutes(1) {
            arguments.append("refresh: \(dashboard.refresh.map(SwiftLiteral.duration) ?? "nil")")
        }
        if !dashboard.links.isEmpty {
            arguments.append("links: [" + dashboard.links.map(Self.link).joined(separator: ", ") + "]")
        }
        var lines = [
            "/// The dashboard '\(dashboard.title)' (\(dashboard.location)).",
            "static let \(name) = Dashboard(\(arguments.joined(separator: ", "))) {",
        ]
        let writer = PanelSource(histograms: Set(metrics.filter { $0.kind == .histogram }.map(\.name)))
        for item in dashboard.items {
            lines += self.item(item, writer: writer).map { "    " + $0 }
        }
        lines.append("}")
        return lines
    }

    private func item(_ item: ImportedDashboardItem, writer: PanelSource) -> [String] {
        switch item {
        case .variable(let variable): return [VariableDeclarationSource(variable: variable).text]
        case .panel(let panel): return writer.lines(of: panel)
        case .note(let note): return ["// " + note]
        case .row(let row):
            let collapsed = row.collapsed ? ", collapsed: true" : ""
            var lines = ["Row(\(SwiftLiteral.string(row.title))\(collapsed)) {"]
            for nested in row.items { lines += self.item(nested, writer: writer).map { "    " + $0 } }
            lines.append("}")
            return lines
        }
    }

    private static func time(_ time: DashboardTime) -> String {
        time.end == .seconds(0)
            ? ".last(\(SwiftLiteral.duration(time.start)))"
            : ".between(\(SwiftLiteral.duration(time.start)), and: \(SwiftLiteral.duration(time.end)))"
    }

    private static func link(_ link: HeaderLink) -> String {
        switch link.target {
        case .url(let url):
            let tooltip = link.tooltip.isEmpty ? "" : ", tooltip: \(SwiftLiteral.string(link.tooltip))"
            return
                ".url(\(SwiftLiteral.string(link.title)), \(SwiftLiteral.string(url))\(tooltip), opensInNewTab: \(link.opensInNewTab))"
        case .dashboards(let tags):
            return ".dashboards(\(SwiftLiteral.string(link.title)), tagged: \(SwiftLiteral.strings(tags)), "
                + "asDropdown: \(link.asDropdown), includesVariables: \(link.includesVariables), keepsTime: \(link.keepsTime))"
        }
    }
}
