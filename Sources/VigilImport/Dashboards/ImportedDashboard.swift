import VigilModel

/// A Grafana dashboard as read from its JSON file: the dashboard's settings, and its variables, panels and rows
/// as Vigil's model values (each located at its input line), with notes where the input had something the
/// specs cannot carry.
public struct ImportedDashboard: Sendable {
    /// The title.
    public var title: String
    /// The uid, kept so that links to the dashboard keep working.
    public var uid: String?
    /// The folder: the file's folder under the imported one, the stack's folder when `nil`.
    public var folder: String?
    /// The tags.
    public var tags: [String]
    /// What it is for.
    public var description: String?
    /// The time range it opens with.
    public var time: DashboardTime
    /// How often it reloads; never when `nil`.
    public var refresh: Duration?
    /// The links in its header.
    public var links: [HeaderLink]
    /// Its variables, panels, rows and notes, in the order written.
    public var items: [ImportedDashboardItem]
    /// Where the dashboard starts.
    public var location: InputLocation

    /// Every panel, those in rows included, in order.
    public var panels: [Panel] {
        items.flatMap { item -> [Panel] in
            switch item {
            case .panel(let panel): [panel]
            case .row(let row): row.items.flatMap { $0.panel.map { [$0] } ?? [] }
            case .variable, .note: []
            }
        }
    }

    /// The variables, in order.
    public var variables: [Variable] {
        items.compactMap {
            guard case .variable(let variable) = $0 else { return nil }
            return variable
        }
    }
}

/// One statement of an imported dashboard's body.
public enum ImportedDashboardItem: Sendable {
    /// A template variable.
    case variable(Variable)
    /// A panel outside any row.
    case panel(Panel)
    /// A row with its panels and notes.
    case row(ImportedRow)
    /// What the input had that the specs do not carry (an unknown panel kind, an option), written as a comment.
    case note(String)

    /// The panel, if the item is one.
    var panel: Panel? {
        if case .panel(let panel) = self { return panel }
        return nil
    }
}

/// A row of an imported dashboard.
public struct ImportedRow: Sendable {
    /// The title.
    public var title: String
    /// Whether it starts folded.
    public var collapsed: Bool
    /// Its panels and notes, in order.
    public var items: [ImportedDashboardItem]
    /// Where the row starts.
    public var location: InputLocation
}
