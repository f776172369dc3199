import VigilModel

/// What the `AlertmanagerConfig` object cannot carry of a stack's routing, reported at the spec line that
/// needs it, when the stack's routing goes to the operator as that object; the whole configuration in a Secret
/// (`.configSecret(name:)`) carries all of it.
enum KubernetesRoutingRules {
    static let all: [ValidationRule] = [
        ValidationRule("every receiver is one an AlertmanagerConfig can express", check: receivers),
        ValidationRule("no schedule of an AlertmanagerConfig has a time zone", check: timeZones),
    ]

    /// The routing of `stack` when it goes to the operator as an `AlertmanagerConfig`.
    static func routedByObject(_ stack: ResolvedStack) -> ResolvedAlertmanager? {
        stack.kubernetes?.alertmanager == .alertmanagerConfig ? stack.alertmanager : nil
    }

    static func receivers(_ stack: ResolvedStack) -> [Diagnostic] {
        guard let alertmanager = routedByObject(stack) else { return [] }
        return alertmanager.receivers.flatMap { receiver in
            receiver.integrations.filter { $0.alertmanagerConfig == nil }.map { integration in
                .error(
                    "unsupported-kubernetes-receiver",
                    "receiver '\(receiver.name)' notifies through \(integration.kind), which the operator's"
                        + " AlertmanagerConfig (v1alpha1) cannot express",
                    at: receiver.location,
                    hint: "write the whole configuration into a Secret instead:"
                        + " `Kubernetes(..., alertmanager: .configSecret(name: \"alertmanager-\(stack.name)\"))`")
            }
        }
    }

    static func timeZones(_ stack: ResolvedStack) -> [Diagnostic] {
        guard let alertmanager = routedByObject(stack) else { return [] }
        return alertmanager.schedules.compactMap { schedule in
            guard let timeZone = schedule.timeZone else { return nil }
            return .error(
                "unsupported-kubernetes-time-zone",
                "schedule '\(schedule.name)' is in the time zone '\(timeZone)', which the operator's"
                    + " AlertmanagerConfig (v1alpha1) cannot express: its times would be read as UTC",
                at: schedule.location,
                hint: "give its times in UTC without a time zone, or write the whole configuration into a Secret:"
                    + " `alertmanager: .configSecret(name: \"alertmanager-\(stack.name)\")`")
        }
    }
}
