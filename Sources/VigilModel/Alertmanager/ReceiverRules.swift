import VigilCore

/// Rules on receivers: unique names, used, templates that exist, fields the
/// targeted Alertmanager understands.
enum ReceiverRules {
    static let all: [ValidationRule] = [
        ValidationRule("receiver names are unique", check: duplicateReceivers),
        ValidationRule("receiver names fit a routing test", check: separatorsInReceiverNames),
        ValidationRule("every receiver can receive alerts", check: unusedReceivers),
        ValidationRule("notification templates are defined", check: undefinedTemplates),
        ValidationRule("receivers use what the targeted Alertmanager understands", check: compatibility),
    ]

    static func duplicateReceivers(_ stack: ResolvedStack) -> [Diagnostic] {
        guard let alertmanager = stack.alertmanager else { return [] }
        // Sorted by name and location: the first of a name is the one written first.
        return DuplicateNames.errors(
            alertmanager.receivers, by: \.name, at: \.location, id: "duplicate-receiver",
            hint: { DuplicateNames.hint(other: $0) }, message: { "two different receivers are named '\($0.name)'" })
    }

    /// The characters that separate the fields of a routing test: `,` between receivers (as amtool's
    /// `--verify.receivers` reads them), tab and newline between fields and lines of `routes.tsv`.
    static let routingTestSeparators: [Character] = [",", "\t", "\n"]

    static func separatorsInReceiverNames(_ stack: ResolvedStack) -> [Diagnostic] {
        guard let alertmanager = stack.alertmanager else { return [] }
        return alertmanager.receivers.filter { $0.name.contains(where: routingTestSeparators.contains) }.map {
            receiver in
            let renamed = String(receiver.name.map { routingTestSeparators.contains($0) ? "-" : $0 })
            return .error(
                "separator-in-receiver-name",
                "receiver name '\(receiver.name)' contains a comma, tab or newline, which separate receivers and "
                    + "labels in routing tests (amtool config routes test --verify.receivers)",
                at: receiver.location, hint: "rename it, e.g. '\(renamed)'")
        }
    }

    static func unusedReceivers(_ stack: ResolvedStack) -> [Diagnostic] {
        guard let alertmanager = stack.alertmanager else { return [] }
        let used = Set(alertmanager.root.reachableRoutes.map(\.receiver))
        return alertmanager.receivers.filter { !used.contains($0.name) }.map { receiver in
            .warning(
                "unused-receiver", "receiver '\(receiver.name)' never receives an alert", at: receiver.location,
                hint: "no reachable route sends alerts to it; route some alerts to it or remove it")
        }
    }

    static func undefinedTemplates(_ stack: ResolvedStack) -> [Diagnostic] {
        guard let alertmanager = stack.alertmanager else { return [] }
        let defined = alertmanager.templates.definedTemplateNames
        let hint =
            alertmanager.templates.files.isEmpty
            ? "no templates were loaded: run specs from the package root, where templates/alertmanager/ is"
            : "templates/alertmanager/ defines: \(defined.sorted().joined(separator: ", "))"
        return alertmanager.receivers.flatMap { receiver in
            receiver.integrations.flatMap(\.templates).uniqued.filter {
                !defined.contains($0.name)
            }.map { template in
                .error(
                    "undefined-template",
                    "receiver '\(receiver.name)' uses template '\(template.name)', which no template file defines",
                    at: receiver.location, hint: hint)
            }
        }
    }

    static func compatibility(_ stack: ResolvedStack) -> [Diagnostic] {
        guard let alertmanager = stack.alertmanager else { return [] }
        guard alertmanager.compatibility >= .oldestSupported else {
            return [
                .error(
                    "unsupported-alertmanager",
                    "the stack targets Alertmanager \(alertmanager.compatibility); Vigil writes configuration for "
                        + "\(AlertmanagerVersion.oldestSupported) and later",
                    at: alertmanager.location,
                    hint: "upgrade that Alertmanager, or drop `compatibility:` to target the release the stack runs, "
                        + "\(AlertmanagerVersion.verifiable)")
            ]
        }
        return alertmanager.receivers.flatMap { receiver in
            receiver.integrations.compactMap(\.newerFeature).filter { $0.since > alertmanager.compatibility }.map {
                feature in
                .error(
                    "requires-newer-alertmanager",
                    "receiver '\(receiver.name)' uses \(feature.field), which needs Alertmanager \(feature.since); "
                        + "the stack targets \(alertmanager.compatibility)",
                    at: receiver.location,
                    hint:
                        "set `compatibility: AlertmanagerVersion(\(feature.since.major), \(feature.since.minor))` on the "
                        + "Alertmanager if every Alertmanager that loads it is that new")
            }
        }
    }
}
