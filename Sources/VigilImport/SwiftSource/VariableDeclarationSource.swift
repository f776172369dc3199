import VigilCore
import VigilModel

/// A dashboard variable as a `Variable(...)` statement.
struct VariableDeclarationSource {
    /// The variable.
    let variable: Variable

    /// The statement.
    var text: String {
        var arguments = [SwiftLiteral.string(variable.name), source]
        if let label = variable.label { arguments.append("label: \(SwiftLiteral.string(label))") }
        if variable.multi { arguments.append("multi: true") }
        if variable.includeAll { arguments.append("includeAll: true") }
        if variable.hidden { arguments.append("hidden: true") }
        return "Variable(\(arguments.joined(separator: ", ")))"
    }

    private var source: String {
        switch variable.source {
        case .labelValues(let label, let selector):
            return ".labelValues(label: \(SwiftLiteral.string(label)), of: \(Self.selector(selector)))"
        case .queryResult(let query, let regex):
            let regex = regex.map { ", regex: \(SwiftLiteral.string($0))" } ?? ""
            return ".queryResult(\(Self.promQL(query))\(regex))"
        case .custom(let values): return ".custom(\(SwiftLiteral.strings(values)))"
        case .interval(let intervals, let auto):
            let list = "[" + intervals.map(SwiftLiteral.duration).joined(separator: ", ") + "]"
            return ".interval(\(list)\(auto ? ", auto: true" : ""))"
        case .datasource(let kind): return ".datasource(\(SwiftLiteral.member(kind)))"
        case .constant(let value): return ".constant(\(SwiftLiteral.string(value)))"
        }
    }

    /// `PromQL("...")` of a raw query.
    static func promQL(_ expression: RuleExpression) -> String {
        switch expression {
        case .raw(let promQL): "PromQL(\(SwiftLiteral.string(promQL.text)))"
        case .built(let tree): "PromQL(\(SwiftLiteral.string(tree.description)))"
        }
    }

    /// `PromQLVectorSelector(name: "up", matchers: [PromQLLabelMatcher("job", .equal, "api")])`.
    static func selector(_ selector: PromQLVectorSelector) -> String {
        var arguments: [String] = []
        if let name = selector.name { arguments.append("name: \(SwiftLiteral.string(name))") }
        if !selector.matchers.isEmpty {
            let matchers = selector.matchers.map { matcher in
                "PromQLLabelMatcher(\(SwiftLiteral.string(matcher.label)), \(SwiftLiteral.member(matcher.op)), \(SwiftLiteral.string(matcher.value)))"
            }
            arguments.append("matchers: [" + matchers.joined(separator: ", ") + "]")
        }
        return "PromQLVectorSelector(\(arguments.joined(separator: ", ")))"
    }
}
