import VigilCore
import YAMLKit

/// Reads rule files: plain Prometheus rule files (`groups:`) and `PrometheusRule` custom resources (the groups
/// under `spec:`), any number of YAML documents a file. Every expression is parsed with Vigil's PromQL parser.
/// What the specs cannot carry (a group's `limit`, a resource's metadata) goes into the report; anything else
/// unexpected is an ``ImportError``.
struct RuleFileReader {
    /// The file's name, for locations.
    let file: String
    /// The file's text.
    let text: String
    private let lines: LineFinder

    /// A reader of `text`, the contents of `file`.
    init(file: String, text: String) {
        self.file = file
        self.text = text
        self.lines = LineFinder(text: text)
    }

    /// The groups of the file, in order, and the remarks about them.
    func read() throws(ImportError) -> (groups: [ImportedRuleGroup], report: ImportReport) {
        let documents: [YAMLNode]
        do {
            documents = try YAMLParser().parseDocuments(text)
        } catch {
            throw ImportError("invalid YAML: \(error.message)", at: InputLocation(file: file, line: error.line))
        }
        var report = ImportReport()
        var groups: [ImportedRuleGroup] = []
        for document in documents where document != .null {
            guard let mapping = document.mappingValue else {
                throw ImportError("a rule file's document is a mapping with `groups`", at: location(nil))
            }
            let body: YAMLMapping
            if mapping["kind"]?.stringValue == "PrometheusRule" {
                guard let spec = mapping["spec"]?.mappingValue else {
                    throw ImportError("a PrometheusRule has no `spec`", at: location(lines.line(ofKey: "kind")))
                }
                let name = mapping["metadata"]?["name"]?.stringValue ?? "unnamed"
                report.add(
                    .dropped, at: location(lines.line(ofKey: "metadata")),
                    "the PrometheusRule's metadata (\(name)): its rules are imported, the resource is not")
                body = spec
            } else {
                body = mapping
            }
            try expectKeys(of: body, in: ["groups"], known: ["groups", "apiVersion", "kind", "metadata"], at: nil)
            for node in body["groups"]?.sequenceValue ?? [] {
                groups.append(try group(node, after: groups.last?.location.line.map { $0 + 1 } ?? 1, report: &report))
            }
        }
        return (groups, report)
    }

    private func group(_ node: YAMLNode, after start: Int, report: inout ImportReport) throws(ImportError)
        -> ImportedRuleGroup
    {
        guard let mapping = node.mappingValue, let name = mapping["name"]?.stringValue else {
            throw ImportError(
                "a rule group is a mapping with a `name`", at: location(lines.line(ofKey: "name", from: start)))
        }
        let line = lines.line(ofKey: "name", value: name, from: start)
        try expectKeys(
            of: mapping, in: ["name", "interval", "query_offset", "limit", "labels", "rules"], known: [], at: line)
        if mapping["limit"] != nil {
            report.add(
                .dropped, at: location(lines.line(ofKey: "limit", from: line ?? start)),
                "group \(name): `limit` (Vigil's services have no rule limit)")
        }
        var rules: [ImportedRule] = []
        for rule in mapping["rules"]?.sequenceValue ?? [] {
            rules.append(try self.rule(rule, after: rules.last?.location.line.map { $0 + 1 } ?? line ?? start))
        }
        return ImportedRuleGroup(
            name: name, interval: try duration(mapping["interval"], "interval", at: line),
            queryOffset: try duration(mapping["query_offset"], "query_offset", at: line),
            labels: try stringMap(mapping["labels"], "labels", at: line).reduce(into: [:]) { $0[$1.key] = $1.value },
            rules: rules, location: location(line))
    }

    private func rule(_ node: YAMLNode, after start: Int) throws(ImportError) -> ImportedRule {
        guard let mapping = node.mappingValue else {
            throw ImportError("a rule is a mapping with `alert` or `record`", at: location(start))
        }
        let kind: ImportedRule.Kind
        let name: String
        if let alert = mapping["alert"]?.stringValue {
            (kind, name) = (.alert, alert)
        } else if let record = mapping["record"]?.stringValue {
            (kind, name) = (.record, record)
        } else {
            throw ImportError("a rule has neither `alert` nor `record`", at: location(start + 1))
        }
        let line = lines.line(ofKey: kind == .alert ? "alert" : "record", value: name, from: start)
        let allowed =
            kind == .alert
            ? ["alert", "expr", "for", "keep_firing_for", "labels", "annotations"] : ["record", "expr", "labels"]
        try expectKeys(of: mapping, in: allowed, known: [], at: line)
        guard let expression = mapping["expr"].flatMap(scalarText) else {
            throw ImportError("rule \(name) has no `expr`", at: location(line))
        }
        let tree: PromQLExpression
        do {
            tree = try PromQLExpression(parsing: expression)
        } catch {
            throw ImportError(
                "rule \(name): invalid PromQL: \(error.message)",
                at: location(lines.line(ofKey: "expr", from: line ?? start)))
        }
        return ImportedRule(
            kind: kind, name: name, expression: expression, tree: tree,
            duration: try duration(mapping["for"], "for", at: line),
            keepFiringFor: try duration(mapping["keep_firing_for"], "keep_firing_for", at: line),
            labels: try stringMap(mapping["labels"], "labels", at: line),
            annotations: try stringMap(mapping["annotations"], "annotations", at: line), location: location(line))
    }

    /// Refuses a key of `mapping` outside `allowed` and `known`.
    private func expectKeys(of mapping: YAMLMapping, in allowed: [String], known: [String], at line: Int?)
        throws(ImportError)
    {
        if let unknown = mapping.keys.first(where: { !allowed.contains($0) && !known.contains($0) }) {
            throw ImportError(
                "unknown field `\(unknown)`", at: location(lines.line(ofKey: unknown, from: line ?? 1) ?? line),
                hint: "the fields here are " + allowed.map { "`\($0)`" }.joined(separator: ", "))
        }
    }

    private func duration(_ node: YAMLNode?, _ key: String, at line: Int?) throws(ImportError) -> Duration? {
        guard let node else { return nil }
        guard let text = scalarText(node), let duration = Duration(parsing: text) else {
            throw ImportError("`\(key)` is not a duration", at: location(lines.line(ofKey: key, from: line ?? 1)))
        }
        return duration
    }

    private func stringMap(_ node: YAMLNode?, _ key: String, at line: Int?) throws(ImportError)
        -> [(key: String, value: String)]
    {
        guard let node, node != .null else { return [] }
        guard let mapping = node.mappingValue else {
            throw ImportError("`\(key)` is a mapping", at: location(lines.line(ofKey: key, from: line ?? 1)))
        }
        var entries: [(key: String, value: String)] = []
        for entry in mapping.entries {
            guard let value = scalarText(entry.value) else {
                throw ImportError(
                    "`\(key).\(entry.key)` is not a string", at: location(lines.line(ofKey: entry.key, from: line ?? 1))
                )
            }
            entries.append((entry.key, value))
        }
        return entries
    }

    /// A scalar's text as Prometheus reads it: strings as they are, numbers and booleans as written.
    private func scalarText(_ node: YAMLNode) -> String? {
        switch node {
        case .string(let text): text
        case .int(let value): String(value)
        case .bool(let value): String(value)
        case .float: node.floatValue.map { String($0) }
        default: nil
        }
    }

    private func location(_ line: Int?) -> InputLocation { InputLocation(file: file, line: line) }
}
