import VigilModel

/// The README's picture of the Alertmanager: the routing tree as a Mermaid flowchart (one node per route,
/// edges numbered in the order Alertmanager tries them), the inhibitions and the routing expectations.
enum ReadmeRouting {
    static func lines(_ stack: ResolvedStack) -> [String] {
        guard let alertmanager = stack.alertmanager else { return [] }
        return [
            "## Alert routing",
            "",
            "`alertmanager/alertmanager.yml` routes each alert down this tree: the children of a route are tried in",
            "the order of their edges, the first whose matchers all hold takes the alert, and a route marked",
            "`continue` lets the next ones try too. An alert no child takes stays with its parent's receiver.",
            "",
            "```mermaid",
            "flowchart LR",
        ] + diagram(alertmanager.root) + ["```"] + inhibitions(alertmanager) + expectations(alertmanager)
    }

    /// The flowchart's lines: one node per route, depth first, then an edge from each route to its children.
    static func diagram(_ root: ResolvedRoute) -> [String] {
        var nodes: [String] = []
        var edges: [String] = []
        func visit(_ route: ResolvedRoute, isRoot: Bool) {
            let id = "route\(nodes.count)"
            nodes.append("    \(id)[\"\(node(route, isRoot: isRoot))\"]")
            for (index, child) in route.routes.enumerated() {
                edges.append("    \(id) -->|\(index + 1)| route\(nodes.count)")
                visit(child, isRoot: false)
            }
        }
        visit(root, isRoot: true)
        return nodes + edges
    }

    /// A route's label: its matchers (or "every alert" for the root), receiver, grouping and timing.
    static func node(_ route: ResolvedRoute, isRoot: Bool) -> String {
        var lines = isRoot ? ["every alert"] : route.matchers.map(\.description)
        lines.append("receiver: \(route.receiver)")
        if let groupBy = route.groupBy {
            lines.append("group by: " + groupBy.map(\.name).joined(separator: ", "))
        }
        let timing = [
            ("wait", route.groupWait), ("interval", route.groupInterval), ("repeat", route.repeatInterval),
        ]
        .compactMap { name, duration in duration.map { "\(name) \($0)" } }
        if !timing.isEmpty {
            lines.append(timing.joined(separator: ", "))
        }
        if !route.mutedDuring.isEmpty {
            lines.append("muted during: " + route.mutedDuring.joined(separator: ", "))
        }
        if !route.activeDuring.isEmpty {
            lines.append("active during: " + route.activeDuring.joined(separator: ", "))
        }
        if route.continues {
            lines.append("continue")
        }
        return lines.map(Mermaid.label).joined(separator: "<br>")
    }

    static func inhibitions(_ alertmanager: ResolvedAlertmanager) -> [String] {
        guard !alertmanager.inhibitions.isEmpty else { return [] }
        func matchers(_ matchers: [Matcher]) -> String {
            matchers.map { Markdown.code($0.description) }.joined(separator: ", ")
        }
        let rows = alertmanager.inhibitions.map { inhibit in
            [
                matchers(inhibit.source), matchers(inhibit.target),
                inhibit.equal.map { Markdown.code($0.name) }.joined(separator: ", "),
            ]
        }
        return [
            "",
            "### Inhibitions",
            "",
            "While an alert matching the source fires, alerts matching the target with the same values of the",
            "`equal` labels are not sent.",
            "",
        ] + Markdown.table(["source", "target", "equal"], rows)
    }

    static func expectations(_ alertmanager: ResolvedAlertmanager) -> [String] {
        guard !alertmanager.expectations.isEmpty else { return [] }
        let rows = alertmanager.expectations.map { expectation in
            [
                expectation.labels.map { Markdown.code("\($0.name)=\($0.value)") }.joined(separator: ", "),
                expectation.receivers.map(Markdown.code).joined(separator: ", "),
            ]
        }
        return [
            "",
            "### Routing expectations",
            "",
            "The specs state where these alerts must go; `make validate` checks each with",
            "`amtool config routes test`, as it checks every alert of the table above.",
            "",
        ] + Markdown.table(["alert labels", "receivers, in order"], rows)
    }
}
