import VigilCore
import YAMLKit

/// One YAML input file being read: its name, its lines for places, and the reading of fields every importer
/// shares (known keys, durations, string maps), each failure an ``ImportError`` at the field's line.
struct YAMLInput {
    /// The file's name, for locations.
    let file: String
    /// The file's lines.
    let lines: LineFinder

    /// The input `file` of `text`.
    init(file: String, text: String) {
        self.file = file
        self.lines = LineFinder(text: text)
    }

    /// The place of `line` in the file.
    func location(_ line: Int?) -> InputLocation { InputLocation(file: file, line: line) }

    /// Refuses a key of `mapping` outside `allowed`, at its line after `line`.
    func expectKeys(of mapping: YAMLMapping, in allowed: [String], at line: Int?) throws(ImportError) {
        if let unknown = mapping.keys.first(where: { !allowed.contains($0) }) {
            throw ImportError(
                "unknown field `\(unknown)`", at: location(lines.line(ofKey: unknown, from: line ?? 1) ?? line),
                hint: "the fields here are " + allowed.map { "`\($0)`" }.joined(separator: ", "))
        }
    }

    /// The duration under `key`, if any.
    func duration(_ node: YAMLNode?, _ key: String, at line: Int?) throws(ImportError) -> Duration? {
        guard let node else { return nil }
        guard let text = Self.scalarText(node), let duration = Duration(parsing: text) else {
            throw ImportError("`\(key)` is not a duration", at: location(lines.line(ofKey: key, from: line ?? 1)))
        }
        return duration
    }

    /// The string under `key`, if any.
    func string(_ node: YAMLNode?, _ key: String, at line: Int?) throws(ImportError) -> String? {
        guard let node, node != .null else { return nil }
        guard let text = Self.scalarText(node) else {
            throw ImportError("`\(key)` is not a string", at: location(lines.line(ofKey: key, from: line ?? 1)))
        }
        return text
    }

    /// The strings under `key`, if any.
    func strings(_ node: YAMLNode?, _ key: String, at line: Int?) throws(ImportError) -> [String] {
        guard let node, node != .null else { return [] }
        guard let items = node.sequenceValue else {
            throw ImportError("`\(key)` is a list", at: location(lines.line(ofKey: key, from: line ?? 1)))
        }
        var strings: [String] = []
        for item in items {
            guard let text = Self.scalarText(item) else {
                throw ImportError(
                    "`\(key)` holds a value that is not a string", at: location(lines.line(ofKey: key, from: line ?? 1))
                )
            }
            strings.append(text)
        }
        return strings
    }

    /// The string map under `key`, in the order written.
    func stringMap(_ node: YAMLNode?, _ key: String, at line: Int?) throws(ImportError) -> [(
        key: String, value: String
    )] {
        guard let node, node != .null else { return [] }
        guard let mapping = node.mappingValue else {
            throw ImportError("`\(key)` is a mapping", at: location(lines.line(ofKey: key, from: line ?? 1)))
        }
        var entries: [(key: String, value: String)] = []
        for entry in mapping.entries {
            guard let value = Self.scalarText(entry.value) else {
                throw ImportError(
                    "`\(key).\(entry.key)` is not a string", at: location(lines.line(ofKey: entry.key, from: line ?? 1))
                )
            }
            entries.append((entry.key, value))
        }
        return entries
    }

    /// The documents of `text`, or a located error.
    func documents(of text: String) throws(ImportError) -> [YAMLNode] {
        do {
            return try YAMLParser().parseDocuments(text)
        } catch {
            throw ImportError("invalid YAML: \(error.message)", at: InputLocation(file: file, line: error.line))
        }
    }

    /// A scalar's text as Prometheus and Alertmanager read it: strings as they are, numbers and booleans as
    /// written.
    static func scalarText(_ node: YAMLNode) -> String? {
        switch node {
        case .string(let text): text
        case .int(let value): String(value)
        case .bool(let value): String(value)
        case .float: node.floatValue.map { String($0) }
        default: nil
        }
    }
}
