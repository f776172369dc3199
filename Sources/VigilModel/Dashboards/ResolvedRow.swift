import VigilCore

/// A row after lowering: its header's id and position, and its panels laid out below it.
public struct ResolvedRow: Sendable {
    /// The panel id of the row header.
    public var id: Int
    /// The title.
    public var title: String
    /// Whether it starts folded.
    public var collapsed: Bool
    /// The grid row of its header (its height is 1, its width 24).
    public var y: Int
    /// Its panels, positioned as when the row is open.
    public var panels: [ResolvedPanel]
    /// Where it was declared.
    public var location: SourceLocation

    /// A value of these fields.
    package init(id: Int, title: String, collapsed: Bool, y: Int, panels: [ResolvedPanel], location: SourceLocation) {
        self.id = id
        self.title = title
        self.collapsed = collapsed
        self.y = y
        self.panels = panels
        self.location = location
    }
}
