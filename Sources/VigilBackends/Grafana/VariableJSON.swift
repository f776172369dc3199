import VigilModel

/// A template variable as Grafana's classic JSON model. A query variable's query is written in its plain
/// string form, which Grafana reads as its Prometheus query and which the JSON schema accepts.
enum VariableJSON {
    /// Grafana's `hide` value: shown with its label, or not shown at all.
    static func hide(_ variable: Variable) -> Int {
        if case .constant = variable.source { return 2 }
        return variable.hidden ? 2 : 0
    }

    /// Writes the variable: the members every variable has, and those of its source, in key order.
    static func write(_ resolved: ResolvedVariable, to json: inout JSONWriter) throws {
        let variable = resolved.variable
        let choice = Choice(variable)
        try json.object { json in
            if choice?.includeAll == true {
                try json.member("allValue", ".*")
            }
            if case .interval(_, let auto) = variable.source {
                try json.member("auto", auto)
                try json.member("auto_count", 30)
                try json.member("auto_min", "10s")
            }
            try writeCurrent(of: variable, choice: choice, to: &json)
            if let datasource = resolved.datasource {
                try json.member("datasource") { json in try PanelJSON.write(datasource, to: &json) }
            }
            if variable.source.isQuery {
                try json.member("definition", resolved.query)
            }
            try json.member("hide", hide(variable))
            try json.member("includeAll", ifPresent: choice?.includeAll)
            try json.member("label", ifPresent: variable.label)
            try json.member("multi", ifPresent: choice?.multi)
            try json.member("name", variable.name)
            try writeOptions(of: variable, choice: choice, to: &json)
            try json.member("query", resolved.query)
            try json.member("refresh", ifPresent: variable.source.refresh)
            try json.member("regex", ifPresent: variable.source.regex)
            try json.member("skipUrlSync", false)
            if variable.source.isQuery {
                try json.member("sort", 1)
            }
            try json.member("type", variable.source.type)
        }
    }

    /// What the reader chooses from: the multi-value and "All" settings and the options known in advance.
    /// Constant variables offer no choice; data source variables choose one data source, without "All".
    private struct Choice {
        var includeAll: Bool
        var multi: Bool
        /// The values listed as options: none for the values a query finds.
        var values: [String]

        init?(_ variable: Variable) {
            let values: [String]
            switch variable.source {
            case .labelValues, .queryResult: values = []
            case .custom(let custom): values = custom
            case .interval(let intervals, _): values = intervals.map(\.grafanaInterval)
            case .datasource:
                (includeAll, multi, self.values) = (false, false, [])
                return
            case .constant: return nil
            }
            (includeAll, multi, self.values) = (variable.includeAll, variable.multi, values)
        }

        /// The current choice: All, or the first option, if known.
        var current: (text: String, value: String)? {
            includeAll ? ("All", "$__all") : values.first.map { ($0, $0) }
        }
    }

    /// Writes the current value: a constant's own, a data source variable's kind, or the current choice (as
    /// lists for a multi-value variable).
    private static func writeCurrent(of variable: Variable, choice: Choice?, to json: inout JSONWriter) throws {
        switch variable.source {
        case .constant(let value):
            try json.member("current") { json in try writeOption(value, selected: true, to: &json) }
        case .datasource(let kind):
            try json.object("current") { json in
                try json.member("text", kind.displayName)
                try json.member("value", kind.uid)
            }
        default:
            guard let choice, let current = choice.current else { return }
            try json.object("current") { json in
                if choice.multi {
                    try json.member("text", [current.text])
                    try json.member("value", [current.value])
                } else {
                    try json.member("text", current.text)
                    try json.member("value", current.value)
                }
            }
        }
    }

    /// Writes the options known in advance, the first one selected unless "All" is: none for the values a query
    /// finds, an interval variable's automatic interval first, a constant's value alone. Left out for a custom
    /// or interval variable without any.
    private static func writeOptions(of variable: Variable, choice: Choice?, to json: inout JSONWriter) throws {
        let automatic: Bool
        switch variable.source {
        case .constant(let value):
            try json.array("options") { json in try writeOption(value, selected: true, to: &json) }
            return
        case .labelValues, .queryResult, .datasource:
            try json.array("options") { _ in }
            return
        case .interval(_, let auto): automatic = auto
        case .custom: automatic = false
        }
        guard let choice, automatic || !choice.values.isEmpty else { return }
        try json.array("options") { json in
            if automatic {
                // Grafana lists the automatic interval first, valued by a variable of its own.
                try json.object { json in
                    try json.member("selected", false)
                    try json.member("text", "auto")
                    try json.member("value", "$__auto_interval_\(variable.name)")
                }
            }
            for (index, value) in choice.values.enumerated() {
                try writeOption(value, selected: index == 0 && !choice.includeAll, to: &json)
            }
        }
    }

    /// Writes an option whose text is its value.
    private static func writeOption(_ value: String, selected: Bool, to json: inout JSONWriter) throws {
        try json.object { json in
            try json.member("selected", selected)
            try json.member("text", value)
            try json.member("value", value)
        }
    }
}

/// The members of a variable's JSON that depend on its source alone.
extension VariableSource {
    /// Whether the values come from a query: label values or a query's results.
    fileprivate var isQuery: Bool {
        switch self {
        case .labelValues, .queryResult: true
        default: false
        }
    }

    /// Grafana's variable `type`.
    fileprivate var type: String {
        switch self {
        case .labelValues, .queryResult: "query"
        case .custom: "custom"
        case .interval: "interval"
        case .datasource: "datasource"
        case .constant: "constant"
        }
    }

    /// When Grafana refreshes the options: on time range change (2) or on load (1); `nil` for no `refresh`.
    fileprivate var refresh: Int? {
        switch self {
        case .labelValues, .queryResult, .interval: 2
        case .datasource: 1
        case .custom, .constant: nil
        }
    }

    /// The regular expression filtering the options, empty for none; `nil` for no `regex`.
    fileprivate var regex: String? {
        switch self {
        case .queryResult(_, let regex): regex ?? ""
        case .labelValues, .datasource: ""
        case .custom, .interval, .constant: nil
        }
    }
}
