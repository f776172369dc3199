import VigilCore
import VigilModel

/// Reads a classic Grafana dashboard JSON file (as exported, or as the HTTP API returns it under `dashboard`)
/// into an ``ImportedDashboard``: title, uid, tags, time, refresh, links, variables, and the panels with the rows
/// they belong to. Text that is not JSON, or JSON that is not a dashboard, throws a located ``ImportError``.
struct DashboardFileReader {
    /// The dashboard members the reader carries over, or that Grafana fills in by itself.
    static let knownMembers: Set<String> = [
        "annotations", "description", "editable", "fiscalYearStartMonth", "graphTooltip", "id", "links", "panels",
        "refresh", "schemaVersion", "tags", "templating", "time", "timepicker", "timezone", "title", "uid",
        "weekStart", "version", "gnetId", "__inputs", "__requires", "__elements", "liveNow", "iteration", "style",
    ]

    /// The file's name, for locations.
    let file: String
    /// The file's text.
    let text: String
    /// The Grafana folder: the file's folder under the imported one, or `nil`.
    let folder: String?

    /// The dashboard and the remarks on it.
    func read() throws(ImportError) -> (dashboard: ImportedDashboard, report: ImportReport) {
        var input = DashboardInput(file: file)
        var reader = JSONReader(text: text)
        let root: JSONNode
        do {
            root = try reader.read()
        } catch {
            throw ImportError(
                "invalid JSON: \(error.message)", at: InputLocation(file: file, line: error.line),
                hint: "export the dashboard from Grafana as JSON (Share, Export, Save to file)")
        }
        let dashboard = root["dashboard"].map { $0.isObject ? $0 : root } ?? root
        guard dashboard.isObject, let title = dashboard["title"]?.string, let panels = dashboard["panels"] else {
            throw input.error(
                "not a Grafana dashboard: a dashboard is a JSON object with a `title` and `panels`", at: dashboard,
                hint: dashboard["rows"] != nil
                    ? "this is the schema before Grafana 5 (`rows`); open and save it in a current Grafana first"
                    : "export the dashboard from Grafana as JSON (Share, Export, Save to file)")
        }
        let subject = "dashboard '\(title)'"
        // What the dashboard itself has that is not carried over is noted at the top of its body.
        var notes = input.dropUnknownMembers(
            of: dashboard, known: Self.knownMembers, path: "dashboard", subject: subject)
        let userAnnotations = dashboard["annotations"]?["list"]?.elements.filter { $0["builtIn"]?.number != 1 } ?? []
        notes += userAnnotations.map { annotation in
            input.drop("\(subject): annotation query `annotations.list` is not carried over", at: annotation)
        }
        let time = time(of: dashboard["time"], subject: subject, notes: &notes, input: &input)
        let links = links(of: dashboard["links"], subject: subject, notes: &notes, input: &input)
        var items = notes.map(ImportedDashboardItem.note)
        items += try VariableReader.variables(of: dashboard["templating"]?["list"], subject: subject, input: &input)
        items += try PanelLayoutReader.items(of: panels, subject: subject, input: &input)
        let imported = ImportedDashboard(
            title: title, uid: dashboard["uid"]?.string, folder: folder,
            tags: dashboard["tags"]?.elements.compactMap(\.string) ?? [],
            description: dashboard["description"]?.string.flatMap { $0.isEmpty ? nil : $0 },
            time: time,
            refresh: refresh(of: dashboard["refresh"]),
            links: links,
            items: items, location: input.location(dashboard))
        return (imported, input.report)
    }

    /// `now-6h` to `now`; Grafana's default, the last 6 hours, for absolute times (with a note).
    private func time(of node: JSONNode?, subject: String, notes: inout [String], input: inout DashboardInput)
        -> DashboardTime
    {
        guard let node else { return .last(.hours(6)) }
        func ago(_ text: String?) -> Duration? {
            guard let text else { return nil }
            if text == "now" { return .seconds(0) }
            guard text.hasPrefix("now-") else { return nil }
            return DashboardInput.duration(String(text.dropFirst(4)))
        }
        guard let start = ago(node["from"]?.string), let end = ago(node["to"]?.string) else {
            notes.append(
                input.drop(
                    "\(subject): the time range is not relative to now; it opens with the last 6 hours", at: node))
            return .last(.hours(6))
        }
        return .between(start, and: end)
    }

    /// `1m`; `nil` for `""` or `false`.
    private func refresh(of node: JSONNode?) -> Duration? {
        node?.string.flatMap { $0.isEmpty ? nil : DashboardInput.duration($0) }
    }

    /// The header links: web pages and tagged dashboards; a note for each other kind.
    private func links(of node: JSONNode?, subject: String, notes: inout [String], input: inout DashboardInput)
        -> [HeaderLink]
    {
        node?.elements.compactMap { link in
            let title = link["title"]?.string ?? ""
            switch link["type"]?.string {
            case "link":
                return .url(
                    title, link["url"]?.string ?? "", tooltip: link["tooltip"]?.string ?? "",
                    opensInNewTab: link["targetBlank"]?.bool ?? false)
            case "dashboards":
                return .dashboards(
                    title, tagged: link["tags"]?.elements.compactMap(\.string) ?? [],
                    asDropdown: link["asDropdown"]?.bool ?? false,
                    includesVariables: link["includeVars"]?.bool ?? false,
                    keepsTime: link["keepTime"]?.bool ?? false)
            default:
                let type = link["type"]?.string ?? "?"
                notes.append(input.drop("\(subject): link '\(title)' of type `\(type)` is not carried over", at: link))
                return nil
            }
        } ?? []
    }
}
