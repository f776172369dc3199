import VigilCore
import VigilModel
import YAMLKit

/// Reads the routing tree, depth first, each route's receiver inherited from its parent where it names none.
struct RouteReading {
    /// The fields of a route.
    static let fields = [
        "receiver", "group_by", "continue", "matchers", "match", "match_re", "group_wait", "group_interval",
        "repeat_interval", "mute_time_intervals", "active_time_intervals", "routes",
    ]

    /// The input.
    let input: YAMLInput
    /// The receivers' names.
    let receivers: Set<String>
    /// The time intervals' names.
    let schedules: Set<String>
    /// The remarks.
    var report = ImportReport()
    /// The line after the last route read, where the next one is looked for.
    private var next = 1

    init(input: YAMLInput, receivers: Set<String>, schedules: Set<String>) {
        self.input = input
        self.receivers = receivers
        self.schedules = schedules
    }

    /// The route of `mapping`, below `parent` (`nil` for the root), written at or after `line`.
    mutating func route(_ mapping: YAMLMapping, parent: ResolvedRoute?, at line: Int?) throws(ImportError)
        -> ResolvedRoute
    {
        if let line { next = line + 1 }
        try input.expectKeys(of: mapping, in: Self.fields, at: line)
        let location = SourceLocation(fileID: input.file, filePath: input.file, line: line ?? 0, column: 1)
        guard let receiver = try input.string(mapping["receiver"], "receiver", at: line) ?? parent?.receiver else {
            throw ImportError("the root route has no `receiver`", at: input.location(line))
        }
        guard receivers.contains(receiver) else {
            throw ImportError("route: no receiver is named '\(receiver)'", at: input.location(line))
        }
        var matchers = try MatcherReading.matchers(mapping["matchers"], "matchers", input: input, at: location)
        let match = try input.stringMap(mapping["match"], "match", at: line)
        let matchRe = try input.stringMap(mapping["match_re"], "match_re", at: line)
        if !match.isEmpty || !matchRe.isEmpty {
            report.add(
                .review, at: input.location(line), "a route's deprecated `match`/`match_re` converted to matchers")
        }
        matchers += MatcherText.matchers(fromMap: match, regex: false, at: location)
        matchers += MatcherText.matchers(fromMap: matchRe, regex: true, at: location)
        let groupBy = mapping["group_by"] == nil ? nil : try input.strings(mapping["group_by"], "group_by", at: line)
        if groupBy?.contains("...") == true {
            throw ImportError(
                "`group_by: ['...']` (every label) is not carried by Vigil's routes", at: input.location(line))
        }
        let muted = try input.strings(mapping["mute_time_intervals"], "mute_time_intervals", at: line)
        let active = try input.strings(mapping["active_time_intervals"], "active_time_intervals", at: line)
        if let unknown = (muted + active).first(where: { !schedules.contains($0) }) {
            throw ImportError("route: no time interval is named '\(unknown)'", at: input.location(line))
        }
        var route = ResolvedRoute(
            receiver: receiver, matchers: matchers, continues: mapping["continue"]?.boolValue ?? false,
            groupBy: groupBy?.map { AlertLabel($0) },
            groupWait: try input.duration(mapping["group_wait"], "group_wait", at: line),
            groupInterval: try input.duration(mapping["group_interval"], "group_interval", at: line),
            repeatInterval: try input.duration(mapping["repeat_interval"], "repeat_interval", at: line),
            mutedDuring: muted, activeDuring: active,
            location: location)
        for child in mapping["routes"]?.sequenceValue ?? [] {
            guard let childMapping = child.mappingValue else {
                throw ImportError("a route is a mapping", at: input.location(line))
            }
            route.routes.append(try self.route(childMapping, parent: route, at: childLine(childMapping)))
        }
        return route
    }

    /// The line of a child route: its first key written after the routes read so far.
    private func childLine(_ mapping: YAMLMapping) -> Int? {
        guard let key = mapping.keys.first else { return nil }
        return input.lines.line(ofKey: key, from: next)
    }
}
