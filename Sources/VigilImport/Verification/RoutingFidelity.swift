import VigilCompiler
import VigilCore
import VigilDSL
import VigilModel

/// Proves that an import reproduces its Alertmanager configuration: the plan's stack is lowered as
/// `specs generate` would, and its routing tree compared with the input's route by route (matchers,
/// `continue`, grouping, timings, time intervals), then asked, for a label set derived from every route's
/// matchers and its parents', which receivers it notifies, as the input tree would; inhibitions, receivers and
/// time intervals are compared too.
public struct RoutingFidelity: Sendable {
    /// The label sets routed.
    public private(set) var routedLabelSets = 0
    /// The differences; none when the import is faithful.
    public private(set) var mismatches: [RuleFidelity.Mismatch] = []

    /// Lowers `plan`'s stack and compares its routing with `plan.alertmanager`'s (nothing when it has none).
    public init(plan: ImportPlan) {
        self.init(input: plan.alertmanager, output: Self.lowered(plan))
    }

    /// The Alertmanager of `plan`'s stack, lowered as `specs generate` would.
    static func lowered(_ plan: ImportPlan) -> ResolvedAlertmanager? {
        StackLowering.lower(PlanStack.stack(of: plan)).alertmanager
    }

    /// Compares the lowered `output` with the `input` as read.
    init(input: ImportedAlertmanager?, output: ResolvedAlertmanager?) {
        guard let input else { return }
        guard let output else {
            mismatches.append(.init(location: location(input.root.location), message: "no Alertmanager is generated"))
            return
        }
        compare(Self.withDefaults(input.root), output.root)
        for labels in Self.labelSets(of: input.root) {
            routedLabelSets += 1
            let expected = input.root.receivers(for: labels)
            let actual = output.root.receivers(for: labels)
            if expected != actual {
                mismatches.append(
                    .init(
                        location: location(input.root.location),
                        message:
                            "\(Self.text(labels)) goes to \(actual.joined(separator: ", ")), the input sends it to "
                            + expected.joined(separator: ", ")))
            }
        }
        if input.inhibitions.map(Self.inhibition) != output.inhibitions.map(Self.inhibition) {
            mismatches.append(.init(location: location(input.root.location), message: "the inhibitions differ"))
        }
        let used = Set(input.root.allRoutes.map(\.receiver))
        let receivers = input.receivers.filter { used.contains($0.name) }
        if Self.byName(receivers, \.integrations) != Self.byName(output.receivers, \.integrations) {
            mismatches.append(.init(location: location(input.root.location), message: "the receivers differ"))
        }
        let scheduled = Set(input.root.allRoutes.flatMap { $0.mutedDuring + $0.activeDuring })
        let schedules = input.schedules.filter { scheduled.contains($0.name) }
        if Self.byName(schedules, \.periods) != Self.byName(output.schedules, \.periods)
            || Self.byName(schedules, \.timeZone) != Self.byName(output.schedules, \.timeZone)
        {
            mismatches.append(.init(location: location(input.root.location), message: "the time intervals differ"))
        }
    }

    /// `{a="1", b="2"}`.
    static func text(_ labels: [String: String]) -> String {
        "{" + labels.sorted { $0.key < $1.key }.map { "\($0.key)=\"\($0.value)\"" }.joined(separator: ", ") + "}"
    }

    /// The root as Alertmanager reads it: no grouping and its default timings where the input sets none.
    static func withDefaults(_ root: ResolvedRoute) -> ResolvedRoute {
        var root = root
        root.groupBy = root.groupBy ?? []
        root.groupWait = root.groupWait ?? .seconds(30)
        root.groupInterval = root.groupInterval ?? .minutes(5)
        root.repeatInterval = root.repeatInterval ?? .hours(4)
        return root
    }

    /// A label set for every route: the labels its matchers and its parents' require (a regex's first
    /// alternative, nothing for a negative matcher), and the empty set.
    static func labelSets(of root: ResolvedRoute) -> [[String: String]] {
        var sets: [[String: String]] = [[:]]
        func walk(_ route: ResolvedRoute, _ inherited: [String: String]) {
            var labels = inherited
            for matcher in route.matchers {
                switch matcher.operator {
                case .equal: labels[matcher.label.name] = matcher.value
                case .matchesRegex:
                    labels[matcher.label.name] = String(matcher.value.split(separator: "|").first ?? "")
                case .notEqual, .notMatchesRegex: break
                }
            }
            if !sets.contains(labels) { sets.append(labels) }
            for child in route.routes { walk(child, labels) }
        }
        walk(root, [:])
        return sets
    }

    private mutating func compare(_ input: ResolvedRoute, _ output: ResolvedRoute) {
        var differences: [String] = []
        if input.receiver != output.receiver { differences.append("receiver \(output.receiver) for \(input.receiver)") }
        if input.matchers.map(\.description) != output.matchers.map(\.description) { differences.append("matchers") }
        if input.continues != output.continues { differences.append("continue") }
        if input.groupBy != output.groupBy { differences.append("group_by") }
        if (input.groupWait, input.groupInterval, input.repeatInterval)
            != (output.groupWait, output.groupInterval, output.repeatInterval)
        {
            differences.append("timings")
        }
        if (input.mutedDuring, input.activeDuring) != (output.mutedDuring, output.activeDuring) {
            differences.append("time intervals")
        }
        if input.routes.count != output.routes.count { differences.append("the number of child routes") }
        if !differences.isEmpty {
            mismatches.append(
                .init(
                    location: location(input.location), message: "route differs: " + differences.joined(separator: ", ")
                ))
        }
        for (inputChild, outputChild) in zip(input.routes, output.routes) { compare(inputChild, outputChild) }
    }

    private static func inhibition(_ inhibit: Inhibit) -> [String] {
        [
            inhibit.source.map(\.description).joined(separator: ","),
            inhibit.target.map(\.description).joined(separator: ","),
            inhibit.equal.map(\.name).joined(separator: ","),
        ]
    }

    /// `part` of each of `values`, by name.
    private static func byName<Value, Part: Equatable>(_ values: [Value], _ part: KeyPath<Value, Part>) -> [String:
        Part]
    where Value: Named {
        Dictionary(values.map { ($0.name, $0[keyPath: part]) }) { first, _ in first }
    }

    private func location(_ location: SourceLocation) -> InputLocation {
        InputLocation(location)
    }
}

/// A value with a name: a receiver, a schedule.
protocol Named { var name: String { get } }

extension Receiver: Named {}
extension Schedule: Named {}
