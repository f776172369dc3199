import VigilCore

extension ResolvedRoute {
    /// The receivers an alert with `labels` reaches when this route is the root, in the order Alertmanager's
    /// dispatcher finds them: the first matching child takes the alert (and later ones too while routes
    /// `continue`), recursively; a route whose children all pass keeps the alert itself.
    public func receivers(for labels: [String: String]) -> [String] {
        routesTaking(labels).map(\.route.receiver)
    }

    /// The routes that take an alert with `labels` when this route is the root, in the order of
    /// ``receivers(for:)``, each with the labels it groups by: its own `group_by`, or the nearest ancestor's
    /// (`inheritedGroupBy` above this route).
    package func routesTaking(_ labels: [String: String], inheritedGroupBy: [AlertLabel] = [])
        -> [(route: ResolvedRoute, groupBy: [AlertLabel])]
    {
        let groupBy = self.groupBy ?? inheritedGroupBy
        var found: [(route: ResolvedRoute, groupBy: [AlertLabel])] = []
        for child in routes where child.matchers.allSatisfy({ $0.matches(labels) }) {
            found += child.routesTaking(labels, inheritedGroupBy: groupBy)
            if !child.continues { break }
        }
        return found.isEmpty ? [(self, groupBy)] : found
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
