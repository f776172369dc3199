import VigilCore
import YAMLKit

/// Reads rule files: plain Prometheus rule files (`groups:`) and `PrometheusRule` custom resources (the groups
/// under `spec:`), any number of YAML documents a file. Every expression is parsed with Vigil's PromQL parser.
/// What the specs cannot carry (a group's `limit`, a resource's metadata) goes into the report; anything else
/// unexpected is an ``ImportError``.
struct RuleFileReader {
    /// The file's text.
    let text: String
    private let input: YAMLInput
    private var lines: LineFinder { input.lines }

    /// A reader of `text`, the contents of `file`.
    init(file: String, text: String) {
        self.text = text
        self.input = YAMLInput(file: file, text: text)
    }

    /// The groups of the file, in order, and the remarks about them.
    func read() throws(ImportError) -> (groups: [ImportedRuleGroup], report: ImportReport) {
        let documents = try input.documents(of: text)
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
            try input.expectKeys(of: body, in: ["groups", "apiVersion", "kind", "metadata"], at: nil)
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
        try input.expectKeys(
            of: mapping, in: ["name", "interval", "query_offset", "limit", "labels", "rules"], at: line)
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
            name: name, interval: try input.duration(mapping["interval"], "interval", at: line),
            queryOffset: try input.duration(mapping["query_offset"], "query_offset", at: line),
            labels: try input.stringMap(mapping["labels"], "labels", at: line).reduce(into: [:]) {
                $0[$1.key] = $1.value
            },
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
        try input.expectKeys(of: mapping, in: allowed, at: line)
        guard let expression = mapping["expr"].flatMap(YAMLInput.scalarText) else {
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
            duration: try input.duration(mapping["for"], "for", at: line),
            keepFiringFor: try input.duration(mapping["keep_firing_for"], "keep_firing_for", at: line),
            labels: try input.stringMap(mapping["labels"], "labels", at: line),
            annotations: try input.stringMap(mapping["annotations"], "annotations", at: line), location: location(line))
    }

    private func location(_ line: Int?) -> InputLocation { input.location(line) }
}
