/// How a panel's legend shows its series.
public struct Legend: Hashable, Sendable {
    /// The form of the legend.
    public enum Display: String, Hashable, Sendable {
        case list, table, hidden
    }

    /// Where the legend sits.
    public enum Placement: String, Hashable, Sendable {
        case bottom, right
    }

    /// List, table or hidden.
    public let display: Display
    /// Below or beside the graph.
    public let placement: Placement
    /// The values computed per series and shown beside its name, e.g. mean and max.
    public let calculations: [Reduction]

    /// A legend of these fields, for importers, which read the calculations as a list.
    package init(display: Display, placement: Placement, calculations: [Reduction]) {
        self.display = display
        self.placement = placement
        self.calculations = calculations
    }

    /// Series names in a list below the graph: Grafana's default.
    public static let list = Legend(display: .list, placement: .bottom, calculations: [])

    /// No legend.
    public static let hidden = Legend(display: .hidden, placement: .bottom, calculations: [])

    /// Series names in a list at `placement`, with the `calculations` of each.
    public static func list(_ calculations: Reduction..., placement: Placement = .bottom) -> Legend {
        Legend(display: .list, placement: placement, calculations: calculations)
    }

    /// A table of the series with the `calculations` of each as columns.
    public static func table(_ calculations: Reduction..., placement: Placement = .bottom) -> Legend {
        Legend(display: .table, placement: placement, calculations: calculations)
    }
}
