import VigilCore

/// A dashboard after lowering: its uid and folder decided, its panels laid out on the grid with their ids,
/// its queries with their refIds.
public struct ResolvedDashboard: Sendable {
    /// The tag of the dashboards the compiler derives from the model (stack health, alerts, SLOs, each job's);
    /// a job's dashboard is tagged with its job's name too.
    public static let derivedTag = "vigil"

    /// The uid: at most 40 of `A-Z a-z 0-9 - _`, derived from the stack and the title unless given.
    public var uid: String
    /// The title.
    public var title: String
    /// The Grafana folder, also the folder of its file under `grafana/dashboards/`.
    public var folder: String
    /// Its tags, in order.
    public var tags: [String]
    /// What it is for.
    public var description: String?
    /// The time range it opens with.
    public var time: DashboardTime
    /// How often it reloads; never when `nil`.
    public var refresh: Duration?
    /// The links in its header.
    public var links: [HeaderLink]
    /// Its template variables, in order.
    public var variables: [ResolvedVariable]
    /// Its panels outside rows and its rows, in the order written.
    public var items: [ResolvedDashboardItem]
    /// Where it was declared.
    public var location: SourceLocation

    /// Every panel, those inside rows included, in layout order.
    public var panels: [ResolvedPanel] {
        items.flatMap { item -> [ResolvedPanel] in
            switch item {
            case .panel(let panel): [panel]
            case .row(let row): row.panels
            }
        }
    }

    /// Calls `body` with every panel, those inside rows included, in layout order, without collecting them
    /// into an array as ``panels`` does: the validation rules walk every panel of every dashboard.
    public func forEachPanel(_ body: (ResolvedPanel) throws -> Void) rethrows {
        for item in items {
            switch item {
            case .panel(let panel):
                try body(panel)
            case .row(let row):
                for panel in row.panels {
                    try body(panel)
                }
            }
        }
    }

    /// A value of these fields.
    package init(
        uid: String, title: String, folder: String, tags: [String], description: String? = nil, time: DashboardTime,
        refresh: Duration? = nil, links: [HeaderLink], variables: [ResolvedVariable], items: [ResolvedDashboardItem],
        location: SourceLocation
    ) {
        self.uid = uid
        self.title = title
        self.folder = folder
        self.tags = tags
        self.description = description
        self.time = time
        self.refresh = refresh
        self.links = links
        self.variables = variables
        self.items = items
        self.location = location
    }
}
