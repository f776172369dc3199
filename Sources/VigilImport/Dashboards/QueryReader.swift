import VigilCompiler
import VigilCore
import VigilModel

/// Reads a panel's `targets` into Vigil ``Query``s: the PromQL as written (checked to parse, with Grafana's
/// variables in it), the legend format and whether it is instant. Vigil numbers refIds A, B, ... in order, and
/// picks each query's data source and format itself: a different refId, a hidden query or one without
/// PromQL is noted.
enum QueryReader {
    /// The target members the reader carries over, or that Vigil writes by itself.
    static let knownMembers: Set<String> = [
        "datasource", "editorMode", "expr", "format", "instant", "legendFormat", "range", "refId", "queryType",
        "exemplar", "interval", "intervalFactor", "step",
    ]

    /// The queries of the panel `node` of `kind`: none for text and logs panels (a logs panel keeps its LogQL in
    /// its options).
    static func queries(of node: JSONNode, kind: PanelKind, subject: String, input: inout DashboardInput)
        throws(ImportError) -> [Query]
    {
        let targets = node["targets"]?.elements ?? []
        switch kind {
        case .text: return []
        case .logs:
            for extra in targets.dropFirst() {
                input.remark(
                    .dropped, at: extra, "\(subject): a logs panel has one query; this one is not carried over")
            }
            return []
        default: break
        }
        var queries: [Query] = []
        for target in targets {
            guard let expression = target["expr"]?.string, !expression.isEmpty else {
                input.remark(.dropped, at: target, "\(subject): a query without PromQL `expr` is not carried over")
                continue
            }
            if target["hide"]?.bool == true {
                input.remark(.dropped, at: target, "\(subject): a hidden query is not carried over")
                continue
            }
            input.dropUnknownMembers(
                of: target, known: knownMembers.union(["hide"]), path: "targets[\(queries.count)]", subject: subject)
            do throws(PromQLSyntaxError) {
                _ = try PromQLExpression(parsing: GrafanaVariables.placeholders(inPromQL: expression))
            } catch {
                throw input.error(
                    "invalid PromQL in \(subject): \(error)", at: target,
                    hint: "fix the query in Grafana and export the dashboard again")
            }
            let expected = TargetLowering.refID(queries.count)
            if let refID = target["refId"]?.string, refID != expected {
                input.remark(
                    .review, at: target,
                    "\(subject): query \(refID) becomes query \(expected): Vigil numbers queries in order")
            }
            let legend = target["legendFormat"]?.string.flatMap { $0.isEmpty || $0 == "__auto" ? nil : $0 }
            let location = input.sourceLocation(target)
            queries.append(
                Query(
                    expression: .raw(
                        PromQL(
                            expression, fileID: location.fileID, filePath: location.filePath, line: location.line,
                            column: 1)),
                    legendFormat: legend, instant: target["instant"]?.bool ?? false, location: location))
        }
        return queries
    }
}
