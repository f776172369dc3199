import VigilCore

/// Rules on what the stack's Prometheus runs: configuration fields newer than the version it targets. Queries
/// are checked against that version and the enabled feature flags where every query is checked
/// (``ExpressionChecker``).
package enum PrometheusCompatibilityRules {
    package static let all: [ValidationRule] = [
        ValidationRule("configuration fields exist in the targeted Prometheus", check: newerFields)
    ]

    /// The id of a field, function or operator newer than the Prometheus the stack targets.
    static let requiresNewerPrometheus = "requires-newer-prometheus"

    /// How to allow what `version` brought.
    static func upgradeHint(to version: PrometheusVersion) -> String {
        "set `compatibility: \(version.swiftSpelling)` on the stack's Prometheus if every Prometheus that loads "
            + "the configuration is that new"
    }

    /// A configuration field the stack uses, the version that brought it, and where it was written.
    struct FieldUse {
        var field: String
        var since: PrometheusVersion
        var location: SourceLocation
    }

    static func fieldUses(_ stack: ResolvedStack) -> [FieldUse] {
        var uses: [FieldUse] = []
        for job in stack.scrapeJobs {
            if !job.protocols.isEmpty {
                uses.append(
                    FieldUse(
                        field: "scrape job '\(job.name)' sets scrape_protocols", since: .v249, location: job.location))
            }
            if job.fallbackProtocol != nil {
                uses.append(
                    FieldUse(
                        field: "scrape job '\(job.name)' sets fallback_scrape_protocol", since: .v30,
                        location: job.location))
            }
        }
        for group in stack.ruleGroups {
            if group.queryOffset != nil {
                uses.append(
                    FieldUse(
                        field: "rule group '\(group.name)' sets query_offset", since: .v253, location: group.location))
            }
            if !group.labels.isEmpty {
                uses.append(
                    FieldUse(field: "rule group '\(group.name)' sets labels", since: .v30, location: group.location))
            }
        }
        for alert in stack.alerts where alert.keepFiringFor != nil {
            uses.append(
                FieldUse(field: "alert '\(alert.name)' sets keep_firing_for", since: .v242, location: alert.location))
        }
        return uses
    }

    static func newerFields(_ stack: ResolvedStack) -> [Diagnostic] {
        let target = stack.prometheus.compatibility
        return fieldUses(stack).filter { $0.since > target }.map { use in
            .error(
                requiresNewerPrometheus,
                "\(use.field), which needs Prometheus \(use.since); the stack targets \(target)",
                at: use.location, hint: upgradeHint(to: use.since))
        }
    }
}
