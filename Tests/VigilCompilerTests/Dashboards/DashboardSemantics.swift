import Foundation

/// The rules of the schemas' README that no schema expresses, checked on a dashboard's JSON: unique panel
/// ids and refIds, positions inside the 24 columns without overlap (nor holes, for layouts Vigil chose),
/// data source uids that the provisioning file defines, and every `$var` of a query declared.
enum DashboardSemantics {
    /// Grafana's own annotation data source, present in every dashboard.
    static let builtInDatasource = "-- Grafana --"

    static func problems(in json: JSONDocument, datasourceUIDs: Set<String>) -> [String] {
        let topLevel = json["panels"]?.array ?? []
        let nested = topLevel.map { $0["panels"]?.array ?? [] }
        let all = topLevel + nested.flatMap(\.self)
        let variables = (json["templating"]?["list"]?.array ?? []).compactMap { $0["name"]?.string }
        let datasourceVariables = (json["templating"]?["list"]?.array ?? []).filter {
            $0["type"]?.string == "datasource"
        }
        .compactMap { $0["name"]?.string }
        var found: [String] = []
        let ids = all.compactMap { $0["id"]?.int }
        if Set(ids).count != ids.count || ids.count != all.count {
            found.append("panel ids are missing or repeated: \(ids)")
        }
        for panel in all {
            let title = panel["title"]?.string ?? ""
            let refIDs = (panel["targets"]?.array ?? []).compactMap { $0["refId"]?.string }
            if Set(refIDs).count != refIDs.count { found.append("panel '\(title)' repeats a refId: \(refIDs)") }
            guard let position = position(of: panel) else {
                found.append("panel '\(title)' has no complete gridPos")
                continue
            }
            if position.x < 0 || position.y < 0 || position.w < 1 || position.h < 1 || position.x + position.w > 24 {
                found.append("panel '\(title)' at \(position) is outside the 24-column grid")
            }
            let sources = [panel["datasource"]] + (panel["targets"]?.array ?? []).map { $0["datasource"] }
            for uid in sources.compactMap({ $0?["uid"]?.string })
            where !isKnown(uid, datasourceUIDs, datasourceVariables) {
                found.append("panel '\(title)' uses data source '\(uid)', which is not provisioned")
            }
            for target in panel["targets"]?.array ?? [] {
                let undeclared = references(in: target["expr"]?.string ?? "").filter { !variables.contains($0) }
                if !undeclared.isEmpty { found.append("panel '\(title)' uses undeclared variables \(undeclared)") }
            }
        }
        for variable in json["templating"]?["list"]?.array ?? [] {
            if let uid = variable["datasource"]?["uid"]?.string, !isKnown(uid, datasourceUIDs, datasourceVariables) {
                found.append("variable '\(variable["name"]?.string ?? "")' uses data source '\(uid)'")
            }
            let undeclared = references(in: variable["query"]?.string ?? "").filter { !variables.contains($0) }
            if !undeclared.isEmpty { found.append("variable '\(variable["name"]?.string ?? "")' uses \(undeclared)") }
        }
        for group in [topLevel] + nested {
            found += overlaps(group.compactMap(position))
        }
        return found
    }

    /// The holes in a layout: a cell that no panel covers, between the top and the bottom of the panels of
    /// one section (the panels between two row headers).
    static func holes(in json: JSONDocument) -> [String] {
        var sections: [[(x: Int, y: Int, w: Int, h: Int)]] = [[]]
        for panel in json["panels"]?.array ?? [] {
            if panel["type"]?.string == "row" {
                sections.append((panel["panels"]?.array ?? []).compactMap(position))
                sections.append([])
            } else if let position = position(of: panel) {
                sections[sections.count - 1].append(position)
            }
        }
        return sections.filter { !$0.isEmpty }.flatMap { section -> [String] in
            let top = section.map(\.y).min() ?? 0
            let bottom = section.map { $0.y + $0.h }.max() ?? 0
            return (top..<bottom).flatMap { y in
                (0..<24).filter { x in
                    !section.contains { $0.x <= x && x < $0.x + $0.w && $0.y <= y && y < $0.y + $0.h }
                }
                .map { "no panel covers column \($0) of grid row \(y)" }
            }
        }
    }

    static func position(of panel: JSONDocument) -> (x: Int, y: Int, w: Int, h: Int)? {
        guard let grid = panel["gridPos"], let x = grid["x"]?.int, let y = grid["y"]?.int, let w = grid["w"]?.int,
            let h = grid["h"]?.int
        else { return nil }
        return (x, y, w, h)
    }

    static func overlaps(_ positions: [(x: Int, y: Int, w: Int, h: Int)]) -> [String] {
        var found: [String] = []
        for (index, a) in positions.enumerated() {
            for b in positions[(index + 1)...]
            where a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h {
                found.append("panels at \(a) and \(b) overlap")
            }
        }
        return found
    }

    static func isKnown(_ uid: String, _ provisioned: Set<String>, _ datasourceVariables: [String]) -> Bool {
        provisioned.contains(uid) || uid == builtInDatasource
            || datasourceVariables.contains { uid == "${\($0)}" || uid == "$\($0)" }
    }

    /// The variables a query text names, except Grafana's own (`$__...`) and regular-expression groups (`$1`).
    static func references(in text: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: #"\$\{(\w+)[^}]*\}|\$(\w+)|\[\[(\w+)(?::\w+)?\]\]"#)
        let range = NSRange(text.startIndex..., in: text)
        return pattern.matches(in: text, range: range).compactMap { match in
            (1...3).lazy.compactMap { Range(match.range(at: $0), in: text).map { String(text[$0]) } }.first
        }.filter { !$0.hasPrefix("__") && !$0.allSatisfy(\.isNumber) }
    }
}
