import VigilBackends
import VigilCompiler
import VigilCore
import VigilModel

/// The rules Vigil writes by itself for a stack (its Prometheus's and Alertmanager's self-monitoring): an input
/// rule identical to one of them (name, expression by syntax tree, `for`, `keep_firing_for`, labels and
/// annotations), as in the generated output of a Vigil stack, is not imported again, which would declare it
/// twice; the report says so.
struct OwnRules {
    /// The rules, as ``key(of:groupLabels:)`` identifies them.
    private let keys: Set<String>

    /// The own rules of the stack `plan` declares without its services (its Alertmanager, Loki).
    /// Vigil reads back what it writes; were it not to, no rule would count as its own.
    init(of plan: ImportPlan) {
        var bare = plan
        bare.services = []
        let resolved = StackLowering.lower(PlanStack.stack(of: bare))
        var keys: Set<String> = []
        for file in (try? RuleFilesEmitter().emit(resolved)) ?? [] {
            let groups = (try? RuleFileReader(file: file.path, text: file.contents).read().groups) ?? []
            for group in groups {
                for rule in group.rules { keys.insert(Self.key(of: rule, groupLabels: group.labels)) }
            }
        }
        self.keys = keys
    }

    /// Whether `rule` of a group with `groupLabels` is one of the own rules.
    func contains(_ rule: ImportedRule, groupLabels: [String: String]) -> Bool {
        keys.contains(Self.key(of: rule, groupLabels: groupLabels))
    }

    /// `groups` without the own rules, each removal remarked in `report`; groups left empty are left out.
    func removed(from groups: [ImportedRuleGroup], report: inout ImportReport) -> [ImportedRuleGroup] {
        groups.compactMap { group in
            var kept = group
            kept.rules = group.rules.filter { rule in
                guard contains(rule, groupLabels: group.labels) else { return true }
                report.add(
                    .review, at: rule.location,
                    "\(rule.kind == .alert ? "alert" : "recording rule") \(rule.name) is one Vigil writes by itself "
                        + "(self-monitoring): it is not imported again")
                return false
            }
            return kept.rules.isEmpty ? nil : kept
        }
    }

    /// What identifies a rule: everything the generated rule file says of it.
    static func key(of rule: ImportedRule, groupLabels: [String: String]) -> String {
        let labels = groupLabels.merging(rule.labelDictionary) { $1 }.sorted { $0.key < $1.key }
        let annotations = rule.annotations.sorted { $0.key < $1.key }
        return [
            "\(rule.kind)", rule.name, rule.tree.description, rule.duration?.description ?? "",
            rule.keepFiringFor?.description ?? "", "\(labels)", "\(annotations)",
        ].joined(separator: "\u{0}")
    }
}
