import VigilDSL

extension ResolvedRoute {
    /// The receivers an alert with `labels` reaches when this route is the root, in the order Alertmanager's
    /// dispatcher finds them: the first matching child takes the alert (and later ones too while routes
    /// `continue`), recursively; a route whose children all pass keeps the alert itself.
    public func receivers(for labels: [String: String]) -> [String] {
        var found: [String] = []
        for child in routes where child.matchers.allSatisfy({ $0.matches(labels) }) {
            found += child.receivers(for: labels)
            if !child.continues { break }
        }
        return found.isEmpty ? [receiver] : found
    }

    /// The routes an alert can reach: this one and, recursively, its children up to the first one that takes
    /// every alert and does not continue (later siblings can never match).
    var reachableRoutes: [ResolvedRoute] {
        var reachable = [self]
        for child in routes {
            reachable += child.reachableRoutes
            if child.takesEveryAlert { break }
        }
        return reachable
    }

    /// Whether the route matches every alert and stops its later siblings from seeing any.
    var takesEveryAlert: Bool { !continues && matchers.allSatisfy(\.matchesEverything) }
}
