/// Reads a dashboard's `panels` into panels and rows: a row panel takes the panels after it up to the next row,
/// or, when collapsed, the panels it holds itself.
enum PanelLayoutReader {
    /// The dashboard's top-level items, in the order written.
    static func items(of panels: JSONNode, subject: String, input: inout DashboardInput) throws(ImportError)
        -> [ImportedDashboardItem]
    {
        var items: [ImportedDashboardItem] = []
        var openRow: ImportedRow?
        for node in panels.elements {
            guard node["type"]?.string == "row" else {
                let read = try PanelReader.items(of: node, dashboard: subject, input: &input)
                if openRow != nil { openRow?.items += read } else { items += read }
                continue
            }
            if let row = openRow { items.append(.row(row)) }
            var row = ImportedRow(
                title: node["title"]?.string ?? "", collapsed: node["collapsed"]?.bool ?? false, items: [],
                location: input.location(node))
            for nested in node["panels"]?.elements ?? [] {
                row.items += try PanelReader.items(of: nested, dashboard: subject, input: &input)
            }
            if row.collapsed {
                items.append(.row(row))
                openRow = nil
            } else {
                openRow = row
            }
        }
        if let row = openRow { items.append(.row(row)) }
        return items
    }
}
