import VigilBackends
import VigilCompiler
import VigilCore
import VigilDSL
import VigilModel

/// Proves that an import reproduces its rules: the plan's stack is lowered and its rule files generated as
/// `specs generate` would, read back, and each rule of the input groups (as read, before the plan made services
/// of them; a rule Vigil writes by itself is found among its own) compared with the generated one: the expression by
/// syntax tree, `for`, `keep_firing_for` and annotations exactly, the labels exactly but for the ones Vigil adds
/// (`service` always, `severity` where the input has none), which the report lists.
public struct RuleFidelity: Sendable {
    /// One difference between an input rule and its generated counterpart.
    public struct Mismatch: Hashable, Sendable, CustomStringConvertible {
        /// The input rule's place.
        public var location: InputLocation
        /// What differs.
        public var message: String

        public var description: String { "\(location): \(message)" }
    }

    /// The rules compared.
    public private(set) var comparedRules = 0
    /// The differences; none when the import is faithful.
    public private(set) var mismatches: [Mismatch] = []

    /// Lowers and generates `plan`'s stack, and compares its rules with the input's.
    public init(plan: ImportPlan) throws {
        let resolved = StackLowering.lower(PlanStack.stack(of: plan))
        let services = Set(plan.services.map(\.name))
        let files = try RuleFilesEmitter().emit(resolved)
        var generated: [String: [(rule: ImportedRule, groupLabels: [String: String])]] = [:]
        var groups: [ImportedRuleGroup] = []
        for file in files { groups += try RuleFileReader(file: file.path, text: file.contents).read().groups }
        // The services' rules first, then Vigil's own, which the input may hold too (see `OwnRules`).
        for group in groups.filter({ services.contains($0.name) }) + groups.filter({ !services.contains($0.name) }) {
            for rule in group.rules { generated[key(rule), default: []].append((rule, group.labels)) }
        }
        for group in plan.groups {
            for rule in group.rules {
                comparedRules += 1
                let service = plan.services.first { $0.rules.contains { $0.location == rule.location } }?.name ?? ""
                guard let match = generated[key(rule)]?.first else {
                    mismatches.append(Mismatch(location: rule.location, message: "\(rule.name) is not generated"))
                    continue
                }
                generated[key(rule)]?.removeFirst()
                compare(
                    rule, groupLabels: group.labels, with: match.rule, generatedGroupLabels: match.groupLabels,
                    service: service)
            }
        }
    }

    private func key(_ rule: ImportedRule) -> String { "\(rule.kind == .alert ? "alert" : "record") \(rule.name)" }

    private mutating func compare(
        _ input: ImportedRule, groupLabels: [String: String], with output: ImportedRule,
        generatedGroupLabels: [String: String], service: String
    ) {
        var problems: [String] = []
        if input.tree != output.tree {
            problems.append("expression differs: generated `\(output.tree)`, input `\(input.tree)`")
        }
        if (input.duration ?? Duration(milliseconds: 0)) != (output.duration ?? Duration(milliseconds: 0)) {
            problems.append(
                "`for` differs: \(output.duration?.description ?? "none") for \(input.duration?.description ?? "none")")
        }
        if (input.keepFiringFor ?? Duration(milliseconds: 0)) != (output.keepFiringFor ?? Duration(milliseconds: 0)) {
            problems.append("`keep_firing_for` differs")
        }
        var expected = groupLabels.merging(input.labelDictionary) { $1 }
        if input.kind == .alert {
            expected = ["service": service, "severity": Severity.warning.name].merging(expected) { $1 }
        }
        let actual = generatedGroupLabels.merging(output.labelDictionary) { $1 }
        if expected != actual {
            problems.append(
                "labels differ: generated \(actual.sorted { $0.key < $1.key }), input \(expected.sorted { $0.key < $1.key })"
            )
        }
        let inputAnnotations = Dictionary(input.annotations.map { ($0.key, $0.value) }) { $1 }
        if inputAnnotations != Dictionary(output.annotations.map { ($0.key, $0.value) }, uniquingKeysWith: { $1 }) {
            problems.append("annotations differ")
        }
        mismatches += problems.map { Mismatch(location: input.location, message: "\(input.name): \($0)") }
    }
}
