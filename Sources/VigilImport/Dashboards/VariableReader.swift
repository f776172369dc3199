import VigilCore
import VigilModel

/// Reads a dashboard's `templating.list` into Vigil ``Variable``s: query variables (`label_values(selector,
/// label)` and `query_result(query)`), custom, interval, data source and constant variables. Other kinds, and
/// queries of other forms, are left out with a note in their place.
enum VariableReader {
    /// The variables, in order, and the notes on those left out.
    static func variables(of list: JSONNode?, subject: String, input: inout DashboardInput) throws(ImportError)
        -> [ImportedDashboardItem]
    {
        var variables: [ImportedDashboardItem] = []
        for node in list?.elements ?? [] {
            let name = node["name"]?.string ?? ""
            let about = "\(subject), variable '\(name)'"
            let source: VariableSource
            switch try self.source(of: node, subject: about, input: &input) {
            case .success(let read): source = read
            case .failure(let note):
                variables.append(.note(note.text))
                continue
            }
            let location = input.sourceLocation(node)
            let label = node["label"]?.string.flatMap { $0.isEmpty ? nil : $0 }
            variables.append(
                .variable(
                    Variable(
                        name, source, label: label, multi: node["multi"]?.bool ?? false,
                        includeAll: node["includeAll"]?.bool ?? false, hidden: node["hide"]?.int == 2,
                        fileID: location.fileID, filePath: location.filePath, line: location.line, column: 1)))
        }
        return variables
    }

    /// The variable's query text: a string, or the `query` of Grafana's query object.
    static func query(of node: JSONNode) -> String {
        node["query"]?.string ?? node["query"]?["query"]?.string ?? node["definition"]?.string ?? ""
    }

    /// The note on a variable left out.
    struct Note: Error {
        /// Its text, with the input's place.
        var text: String
    }

    private static func source(of node: JSONNode, subject: String, input: inout DashboardInput) throws(ImportError)
        -> Result<VariableSource, Note>
    {
        let query = Self.query(of: node)
        switch node["type"]?.string {
        case "query":
            return try querySource(query, regex: node["regex"]?.string ?? "", at: node, subject: subject, input: &input)
        case "custom":
            return .success(.custom(customValues(query)))
        case "interval":
            let intervals = query.split(separator: ",").compactMap { DashboardInput.duration($0.trimmed) }
            return .success(.interval(intervals, auto: node["auto"]?.bool ?? false))
        case "datasource":
            guard let kind = DatasourceKind.allCases.first(where: { $0.pluginID == query || $0.rawValue == query })
            else {
                return .failure(
                    Note(
                        text: input.drop(
                            "\(subject): a data source variable of `\(query)` is not carried over", at: node)))
            }
            return .success(.datasource(kind))
        case "constant":
            return .success(.constant(query))
        default:
            let type = node["type"]?.string ?? "?"
            return .failure(Note(text: input.drop("\(subject): a `\(type)` variable is not carried over", at: node)))
        }
    }

    /// `label_values(selector, label)` or `query_result(query)`.
    private static func querySource(
        _ query: String, regex: String, at node: JSONNode, subject: String, input: inout DashboardInput
    ) throws(ImportError) -> Result<VariableSource, Note> {
        let text = query.trimmed
        if let arguments = call("query_result", in: text) {
            do throws(PromQLSyntaxError) {
                _ = try PromQLExpression(parsing: GrafanaVariables.placeholders(inPromQL: arguments))
            } catch {
                throw input.error("invalid PromQL in \(subject): \(error)", at: node)
            }
            let location = input.sourceLocation(node)
            return .success(
                .queryResult(
                    .raw(
                        PromQL(
                            arguments, fileID: location.fileID, filePath: location.filePath, line: location.line,
                            column: 1)
                    ),
                    regex: regex.isEmpty ? nil : regex))
        }
        if let arguments = call("label_values", in: text), let comma = arguments.lastIndex(of: ",") {
            let label = arguments[arguments.index(after: comma)...].trimmed
            let selectorText = arguments[..<comma].trimmed
            if case .vectorSelector(let selector)? = try? PromQLExpression(parsing: selectorText) {
                if !regex.isEmpty {
                    input.remark(
                        .dropped, at: node,
                        "\(subject): the regex `\(regex)` of a label_values() variable is not carried over")
                }
                return .success(.labelValues(label: label, of: selector))
            }
        }
        let message =
            "\(subject): the query `\(query)` is neither label_values(selector, label) nor query_result(query); not carried over"
        return .failure(Note(text: input.drop(message, at: node)))
    }

    /// The arguments of `function(...)` when `text` is one call of it.
    private static func call(_ function: String, in text: String) -> String? {
        guard text.hasPrefix(function + "("), text.hasSuffix(")") else { return nil }
        return String(text.dropFirst(function.count + 1).dropLast())
    }

    /// A custom variable's values: separated by commas, `\,` escaping a comma.
    static func customValues(_ query: String) -> [String] {
        var values: [String] = []
        var current = ""
        var escaped = false
        for character in query {
            if escaped {
                if character != "," { current.append("\\") }
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "," {
                values.append(current.trimmed)
                current = ""
            } else {
                current.append(character)
            }
        }
        values.append(current.trimmed)
        return values.filter { !$0.isEmpty }
    }
}

extension StringProtocol {
    /// The text without the spaces around it.
    var trimmed: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
