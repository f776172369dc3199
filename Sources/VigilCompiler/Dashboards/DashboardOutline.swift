import VigilModel

/// A dashboard as the layout reads it, in the model's terms: what a spec's ``Dashboard`` says and what the
/// derived dashboards build directly, before panels get ids, grid positions and targets.
struct DashboardOutline {
    /// A statement of the dashboard's body: a panel outside rows, or a row of panels.
    enum Item {
        /// A panel outside rows.
        case panel(Panel)
        /// A row and its panels.
        case row(PanelRow)
    }

    /// The title.
    var title: String
    /// The Grafana folder; the stack's name when `nil`.
    var folder: String?
    /// An explicit uid; derived from the stack and the title when `nil`.
    var uid: String?
    /// The tags.
    var tags: [String]
    /// What the dashboard is for.
    var description: String?
    /// The time range it opens with: a spec dashboard's default unless given.
    var time: DashboardTime = .last(.hours(6))
    /// How often it reloads, never when `nil`: a spec dashboard's default unless given.
    var refresh: Duration? = .minutes(1)
    /// The links in its header.
    var links: [HeaderLink] = []
    /// The template variables, in order.
    var variables: [Variable] = []
    /// The panels and rows, in reading order.
    var items: [Item]
    /// Where the dashboard was declared.
    var location: SourceLocation
}
