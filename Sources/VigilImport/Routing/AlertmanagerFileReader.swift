import VigilCore
import VigilModel
import YAMLKit

/// Reads an `alertmanager.yml` (or a Kubernetes Secret holding one under `stringData`) into an
/// ``ImportedAlertmanager``: the routing tree with its matchers (the deprecated `match` and `match_re`
/// converted), `continue`, timings and time intervals, the receivers, the inhibitions. An unknown field is an
/// ``ImportError``; what the model does not carry (templates, most of `global`) goes into the report.
struct AlertmanagerFileReader {
    /// The `global` fields the importer uses: the resolve timeout, and the defaults of Slack and email.
    static let usedGlobals: Set<String> = [
        "resolve_timeout", "slack_api_url", "smtp_from", "smarthost", "smtp_smarthost", "smtp_auth_username",
        "smtp_auth_password",
    ]

    /// The file's name, for locations.
    let file: String
    /// The file's text.
    let text: String

    /// The configuration and the remarks.
    func read() throws(ImportError) -> (alertmanager: ImportedAlertmanager, report: ImportReport) {
        var input = YAMLInput(file: file, text: text)
        var report = ImportReport()
        guard var mapping = try input.documents(of: text).first?.mappingValue else {
            throw ImportError("an Alertmanager configuration is a mapping with a `route`", at: input.location(1))
        }
        if mapping["kind"]?.stringValue == "Secret" {
            guard let embedded = mapping["stringData"]?.mappingValue?.entries.first?.value.stringValue else {
                throw ImportError("a Secret without `stringData` holding the configuration", at: input.location(1))
            }
            report.add(
                .dropped, at: input.location(1),
                "the Secret's metadata: its configuration is imported, the resource is not")
            let offset = input.lines.line(ofKey: "stringData").map { $0 + 1 } ?? 0
            input = YAMLInput(file: file, text: String(repeating: "\n", count: offset) + embedded)
            guard let inner = try input.documents(of: embedded).first?.mappingValue else {
                throw ImportError("the Secret's configuration is not a mapping", at: input.location(offset + 1))
            }
            mapping = inner
        }
        try input.expectKeys(
            of: mapping,
            in: [
                "global", "route", "receivers", "inhibit_rules", "time_intervals", "mute_time_intervals", "templates",
            ],
            at: nil)
        let global = mapping["global"]?.mappingValue ?? YAMLMapping()
        for key in global.keys where !Self.usedGlobals.contains(key) {
            report.add(.dropped, at: input.location(input.lines.line(ofKey: key)), "global `\(key)`")
        }
        if mapping["templates"] != nil {
            report.add(
                .dropped, at: input.location(input.lines.line(ofKey: "templates")),
                "`templates`: Vigil's notification templates are used")
        }
        var receivers: [Receiver] = []
        var secrets: [(name: String, location: InputLocation)] = []
        var start = 1
        for node in mapping["receivers"]?.sequenceValue ?? [] {
            guard let receiver = node.mappingValue, let name = receiver["name"]?.stringValue else {
                throw ImportError(
                    "a receiver is a mapping with a `name`", at: input.location(input.lines.line(ofKey: "receivers")))
            }
            let line = input.lines.line(ofKey: "name", value: name, from: start)
            start = (line ?? start) + 1
            let read = try IntegrationReader(input: input, global: global, receiver: name, line: line).integrations(
                of: receiver)
            receivers.append(
                Receiver(
                    name: name, integrations: read.integrations,
                    location: SourceLocation(fileID: file, filePath: file, line: line ?? 0, column: 1)))
            secrets += read.secrets.filter { secret in !secrets.contains { $0.name == secret.name } }
            report.merge(read.report)
        }
        var schedules: [Schedule] = []
        for key in ["time_intervals", "mute_time_intervals"] {
            for node in mapping[key]?.sequenceValue ?? [] {
                guard let interval = node.mappingValue else {
                    throw ImportError(
                        "`\(key)` holds a value that is not a mapping", at: input.location(input.lines.line(ofKey: key))
                    )
                }
                let name = interval["name"]?.stringValue ?? ""
                let line = input.lines.line(ofKey: "name", value: name)
                schedules.append(try ScheduleReader(input: input).schedule(interval, at: line, report: &report))
            }
        }
        guard let route = mapping["route"]?.mappingValue else {
            throw ImportError("the configuration has no `route`", at: input.location(1))
        }
        var routes = RouteReading(
            input: input, receivers: Set(receivers.map(\.name)), schedules: Set(schedules.map(\.name)))
        var root = try routes.route(route, parent: nil, at: input.lines.line(ofKey: "route"))
        report.merge(routes.report)
        if !root.matchers.isEmpty {
            report.add(.dropped, at: InputLocation(root.location), "the root route's matchers (it takes every alert)")
            root.matchers = []
        }
        let used = Set(root.allRoutes.map(\.receiver))
        for receiver in receivers where !used.contains(receiver.name) {
            report.add(
                .dropped, at: InputLocation(receiver.location),
                "receiver \(receiver.name): no route sends to it, so Vigil does not generate it")
        }
        let scheduled = Set(root.allRoutes.flatMap { $0.mutedDuring + $0.activeDuring })
        for schedule in schedules where !scheduled.contains(schedule.name) {
            report.add(
                .dropped, at: InputLocation(schedule.location),
                "time interval \(schedule.name): no route uses it, so Vigil does not generate it")
        }
        var inhibitions: [Inhibit] = []
        var inhibitionLine = input.lines.line(ofKey: "inhibit_rules") ?? 1
        for node in mapping["inhibit_rules"]?.sequenceValue ?? [] {
            let line = node.mappingValue?.keys.first.flatMap { input.lines.line(ofKey: $0, from: inhibitionLine + 1) }
            inhibitions.append(try inhibition(node, input: input, at: line ?? inhibitionLine, report: &report))
            inhibitionLine = line ?? inhibitionLine
        }
        let resolveTimeout = try input.duration(global["resolve_timeout"], "resolve_timeout", at: nil)
        return (
            ImportedAlertmanager(
                root: root, resolveTimeout: resolveTimeout, receivers: receivers, inhibitions: inhibitions,
                schedules: schedules, secrets: secrets),
            report
        )
    }

    private func inhibition(_ node: YAMLNode, input: YAMLInput, at line: Int?, report: inout ImportReport)
        throws(ImportError) -> Inhibit
    {
        guard let mapping = node.mappingValue else {
            throw ImportError("an inhibition is a mapping", at: input.location(line))
        }
        try input.expectKeys(
            of: mapping,
            in: [
                "source_matchers", "target_matchers", "source_match", "source_match_re", "target_match",
                "target_match_re", "equal",
            ],
            at: line)
        let location = SourceLocation(fileID: file, filePath: file, line: line ?? 0, column: 1)
        var sides: [[Matcher]] = []
        for side in ["source", "target"] {
            var matchers = try MatcherReading.matchers(
                mapping["\(side)_matchers"], "\(side)_matchers", input: input, at: location)
            let match = try input.stringMap(mapping["\(side)_match"], "\(side)_match", at: line)
            let matchRe = try input.stringMap(mapping["\(side)_match_re"], "\(side)_match_re", at: line)
            if !match.isEmpty || !matchRe.isEmpty {
                report.add(
                    .review, at: input.location(line),
                    "an inhibition's deprecated `\(side)_match`/`\(side)_match_re` converted to matchers")
            }
            matchers += MatcherText.matchers(fromMap: match, regex: false, at: location)
            matchers += MatcherText.matchers(fromMap: matchRe, regex: true, at: location)
            sides.append(matchers)
        }
        let equal = try input.strings(mapping["equal"], "equal", at: line).map { AlertLabel($0) }
        return Inhibit(source: sides[0], target: sides[1], equal: equal, location: location)
    }
}

/// A `matchers` list read into model matchers.
enum MatcherReading {
    static func matchers(_ node: YAMLNode?, _ key: String, input: YAMLInput, at location: SourceLocation)
        throws(ImportError) -> [Matcher]
    {
        var matchers: [Matcher] = []
        for text in try input.strings(node, key, at: location.line) {
            guard let parsed = MatcherText.matchers(in: text, at: location) else {
                throw ImportError(
                    "`\(key)`: '\(text)' is not a matcher", at: InputLocation(file: input.file, line: location.line))
            }
            matchers += parsed
        }
        return matchers
    }
}
