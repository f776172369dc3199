import VigilBackends
import VigilCompiler
import VigilCore
import VigilDSL
import VigilModel

/// Proves that an import reproduces its dashboards: the plan's stack is lowered and its dashboards generated as
/// `specs generate` would, read back, and each compared with the dashboard as imported (matched by uid, or by
/// title when the input has none): its variables, and its panels in order by title, kind, unit and queries
/// (each by syntax tree, with its legend format and whether it is instant). A heatmap Vigil's `Heatmap` cannot
/// write is compared as the time series it was imported as, which the report says.
public struct DashboardFidelity: Sendable {
    /// The dashboards compared.
    public private(set) var comparedDashboards = 0
    /// The panels compared.
    public private(set) var comparedPanels = 0
    /// The differences; none when the import is faithful.
    public private(set) var mismatches: [RuleFidelity.Mismatch] = []

    /// Lowers and generates `plan`'s stack, and compares its dashboards with the imported ones.
    public init(plan: ImportPlan) throws {
        try self.init(input: plan.dashboards, plan: plan)
    }

    /// Lowers and generates `plan`'s stack, and compares its dashboards with `input`.
    init(input dashboards: [ImportedDashboard], plan: ImportPlan) throws {
        guard !dashboards.isEmpty else { return }
        let resolved = StackLowering.lower(PlanStack.stack(of: plan))
        var generated: [ImportedDashboard] = []
        for file in try DashboardsEmitter().emit(resolved) {
            generated.append(
                try DashboardFileReader(file: file.path, text: file.contents, folder: nil).read().dashboard)
        }
        for input in dashboards {
            comparedDashboards += 1
            let match = generated.first { output in
                input.uid.map { $0 == output.uid } ?? (output.title == input.title)
            }
            guard let output = match else {
                mismatches.append(
                    .init(location: input.location, message: "dashboard '\(input.title)' is not generated"))
                continue
            }
            compare(input, output)
        }
    }

    private mutating func compare(_ input: ImportedDashboard, _ output: ImportedDashboard) {
        let subject = "dashboard '\(input.title)'"
        if input.title != output.title {
            mismatches.append(
                .init(location: input.location, message: "\(subject): generated with title '\(output.title)'"))
        }
        let outputVariables = output.variables
        if input.variables.map(\.name) != outputVariables.map(\.name) {
            mismatches.append(
                .init(
                    location: input.location,
                    message:
                        "\(subject): variables differ: generated \(outputVariables.map(\.name)), input \(input.variables.map(\.name))"
                ))
        } else {
            for (variable, generated) in zip(input.variables, outputVariables)
            where Self.signature(of: variable) != Self.signature(of: generated) {
                mismatches.append(
                    .init(
                        location: InputLocation(variable.location),
                        message:
                            "\(subject): variable '\(variable.name)' differs: generated \(Self.signature(of: generated)), input \(Self.signature(of: variable))"
                    ))
            }
        }
        let inputPanels = input.panels
        let outputPanels = output.panels
        guard inputPanels.count == outputPanels.count else {
            mismatches.append(
                .init(
                    location: input.location,
                    message:
                        "\(subject): \(outputPanels.count) panels are generated for the input's \(inputPanels.count)"))
            return
        }
        for (panel, generated) in zip(inputPanels, outputPanels) {
            comparedPanels += 1
            let problems = Self.differences(panel, generated)
            mismatches += problems.map {
                .init(location: InputLocation(panel.location), message: "\(subject), panel '\(panel.title)': \($0)")
            }
        }
    }

    /// What differs between an imported panel and its generated counterpart.
    static func differences(_ input: Panel, _ output: Panel) -> [String] {
        var problems: [String] = []
        if input.title != output.title { problems.append("generated with title '\(output.title)'") }
        if kind(of: input) != kind(of: output) {
            problems.append("generated as a \(kind(of: output)) panel, input \(kind(of: input))")
        }
        if input.field.unit != output.field.unit {
            problems.append(
                "unit differs: generated \(output.field.unit?.rawValue ?? "none"), input \(input.field.unit?.rawValue ?? "none")"
            )
        }
        if case .logs(let inputOptions) = input.kind, case .logs(let outputOptions) = output.kind,
            inputOptions.query != outputOptions.query
        {
            problems.append("log query differs")
        }
        guard input.queries.count == output.queries.count else {
            problems.append("\(output.queries.count) queries are generated for the input's \(input.queries.count)")
            return problems
        }
        for (index, (query, generated)) in zip(input.queries, output.queries).enumerated() {
            let name = TargetLowering.refID(index)
            let inputTree = DashboardQueries.tree(of: query.expression)
            let outputTree = DashboardQueries.tree(of: generated.expression)
            if inputTree != outputTree {
                problems.append(
                    "query \(name) differs: generated `\(outputTree?.description ?? "?")`, input `\(inputTree?.description ?? "?")`"
                )
            }
            if query.legendFormat != generated.legendFormat, !(input.kind.isHeatmap && query.legendFormat == nil) {
                problems.append("query \(name): legend format differs")
            }
            if query.instant != generated.instant { problems.append("query \(name): instant differs") }
        }
        return problems
    }

    /// The panel's Grafana kind.
    static func kind(of panel: Panel) -> String { panel.kind.pluginID }

    /// What is compared of a variable: its source's values and its choices, as text.
    static func signature(of variable: Variable) -> String {
        let source: String =
            switch variable.source {
            case .labelValues(let label, let selector): "label_values(\(selector), \(label))"
            case .queryResult(let query, let regex):
                "query_result(\(DashboardQueries.tree(of: query)?.description ?? "?")) regex \(regex ?? "")"
            case .custom(let values): "custom \(values)"
            case .interval(let intervals, let auto): "interval \(intervals) auto \(auto)"
            case .datasource(let kind): "datasource \(kind.rawValue)"
            case .constant(let value): "constant \(value)"
            }
        return
            "\(source), label \(variable.label ?? "-"), multi \(variable.multi), all \(variable.includeAll), hidden \(variable.hidden)"
    }
}

extension PanelKind {
    /// Whether it is a heatmap, whose query Vigil writes with the legend `{{le}}`.
    var isHeatmap: Bool {
        if case .heatmap = self { return true }
        return false
    }
}
