import VigilCore

/// Rules on the routing tree and inhibitions: one Alertmanager, reachable routes, usable matchers, known
/// labels, positive timings, defined schedules.
enum RouteRules {
    static let all: [ValidationRule] = [
        ValidationRule("a stack has one Alertmanager", check: duplicateAlertmanagers),
        ValidationRule("no route follows one that takes every alert", check: unreachableRoutes),
        ValidationRule("regular expressions compile in Go's RE2", check: invalidRegexes),
        ValidationRule("label names are valid", check: labelNames),
        ValidationRule("matchers test labels that alerts carry", check: unknownMatcherLabels),
        ValidationRule("routing timings are positive", check: timings),
        ValidationRule("routes use defined time intervals", check: undefinedSchedules),
    ]

    /// Every matcher of the routing tree and the inhibitions.
    static func matchers(of alertmanager: ResolvedAlertmanager) -> [Matcher] {
        alertmanager.root.allRoutes.flatMap(\.matchers) + alertmanager.inhibitions.flatMap { $0.source + $0.target }
    }

    static func duplicateAlertmanagers(_ stack: ResolvedStack) -> [Diagnostic] {
        guard let alertmanager = stack.alertmanager else { return [] }
        return alertmanager.redeclarations.map { location in
            .error(
                "duplicate-alertmanager", "stack '\(stack.name)' declares a second Alertmanager", at: location,
                hint: "the first is at \(alertmanager.location.reference); "
                    + "a stack runs one Alertmanager: merge their routes")
        }
    }

    static func unreachableRoutes(_ stack: ResolvedStack) -> [Diagnostic] {
        guard let alertmanager = stack.alertmanager else { return [] }
        return alertmanager.root.allRoutes.flatMap { parent -> [Diagnostic] in
            guard let catchAll = parent.routes.firstIndex(where: \.takesEveryAlert) else { return [] }
            let taker = parent.routes[catchAll].location
            return parent.routes[(catchAll + 1)...].map { route in
                .warning(
                    "unreachable-route", "this route to '\(route.receiver)' can never match", at: route.location,
                    hint: "the route at \(taker.reference) takes every alert first; "
                        + "move this one before it, or give that one `continue: true`")
            }
        }
    }

    static func invalidRegexes(_ stack: ResolvedStack) -> [Diagnostic] {
        guard let alertmanager = stack.alertmanager else { return [] }
        return matchers(of: alertmanager).compactMap { matcher in
            matcher.regexProblem.map { problem in
                .error(
                    "invalid-regex", "matcher \(matcher) has an invalid regular expression: \(problem)",
                    at: matcher.location)
            }
        }
    }

    static func labelNames(_ stack: ResolvedStack) -> [Diagnostic] {
        guard let alertmanager = stack.alertmanager else { return [] }
        let grouping = alertmanager.root.allRoutes.flatMap { route in
            (route.groupBy ?? []).map { ($0, "grouping label", route.location) }
        }
        let equal = alertmanager.inhibitions.flatMap { inhibit in
            inhibit.equal.map { ($0, "inhibition label", inhibit.location) }
        }
        let matched = matchers(of: alertmanager).map { ($0.label, "matcher label", $0.location) }
        let expected = alertmanager.expectations.flatMap { expectation in
            expectation.labels.map { (AlertLabel($0.name), "expectation label", expectation.location) }
        }
        return (grouping + equal + matched + expected).filter { !PrometheusNames.isValidLabelName($0.0.name) }.map {
            label, kind, location in
            .error(
                "invalid-label-name", "\(kind) '\(label)' is not a valid label name", at: location,
                hint: "label names must match [a-zA-Z_][a-zA-Z0-9_]*")
        }
    }

    /// The labels an alert of the stack can carry: `alertname`, the alerts' static labels, the labels of
    /// every declared metric and scrape target, `job`, `instance` and Prometheus' external labels.
    static func knownAlertLabels(_ stack: ResolvedStack) -> Set<String> {
        var labels: Set<String> = ["alertname", "job", "instance"]
        labels.formUnion(stack.alerts.flatMap { $0.labels.map(\.name) })
        labels.formUnion(stack.services.flatMap { $0.metrics.flatMap(\.labelNames) })
        labels.formUnion(stack.scrapeJobs.flatMap { $0.labels.map(\.name) })
        labels.formUnion(stack.prometheus.externalLabels.map(\.name))
        return labels
    }

    static func unknownMatcherLabels(_ stack: ResolvedStack) -> [Diagnostic] {
        guard let alertmanager = stack.alertmanager, !stack.alerts.isEmpty else { return [] }
        let known = DeclaredNames(knownAlertLabels(stack).sorted())
        return known.undeclared(matchers(of: alertmanager), name: \.label.name) { matcher, suggestion in
            .warning(
                "unknown-matcher-label", "matcher \(matcher) tests label '\(matcher.label)', which no alert carries",
                at: matcher.location, hint: suggestion ?? "alerts carry: \(known.names.joined(separator: ", "))")
        }
    }

    static func timings(_ stack: ResolvedStack) -> [Diagnostic] {
        guard let alertmanager = stack.alertmanager else { return [] }
        var diagnostics = alertmanager.root.allRoutes.flatMap { route in
            [("group interval", route.groupInterval), ("repeat interval", route.repeatInterval)].compactMap {
                name, duration in duration.flatMap { ScrapeRules.nonPositive(name, $0, at: route.location) }
            }
        }
        for route in alertmanager.root.allRoutes {
            if let wait = route.groupWait, wait.milliseconds < 0 {
                diagnostics.append(
                    .error("nonpositive-duration", "group wait must not be negative, not \(wait)", at: route.location))
            }
        }
        if let resolve = ScrapeRules.nonPositive(
            "resolve timeout", alertmanager.resolveTimeout, at: alertmanager.location)
        {
            diagnostics.append(resolve)
        }
        return diagnostics
    }

    static func undefinedSchedules(_ stack: ResolvedStack) -> [Diagnostic] {
        guard let alertmanager = stack.alertmanager else { return [] }
        let defined = DeclaredNames(Set(alertmanager.schedules.map(\.name)).sorted())
        return alertmanager.root.allRoutes.flatMap { route in
            defined.undeclared(route.mutedDuring + route.activeDuring, name: \.self) { name, suggestion in
                .error(
                    "undefined-time-interval",
                    "route to '\(route.receiver)' uses time interval '\(name)', which is not defined",
                    at: route.location,
                    hint: suggestion ?? "pass the Schedule value itself to `mutedDuring:` or `activeDuring:`")
            }
        }
    }
}
