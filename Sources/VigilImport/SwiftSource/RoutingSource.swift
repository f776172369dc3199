import VigilModel

/// `<Name>+Routing.swift`: the receivers (credentials as secrets), the time intervals as schedules, and the
/// `Alertmanager` with the routing tree and the inhibitions, each with its input place. Receivers and time
/// intervals no route uses are left out, as Vigil would not generate them (the report says so).
struct RoutingSource {
    /// The stack's enum.
    let stack: String
    /// The configuration.
    let alertmanager: ImportedAlertmanager

    /// The Swift name of a receiver.
    static func identifier(ofReceiver name: String) -> String { SwiftIdentifier.lowerCamel(name) + "Receiver" }

    /// The Swift name of a schedule.
    static func identifier(ofSchedule name: String) -> String { SwiftIdentifier.lowerCamel(name) + "Schedule" }

    /// The file's text.
    var text: String {
        var lines = ["import Vigil", "", "extension \(stack) {"]
        let routes = alertmanager.root.allRoutes
        let used = Set(routes.map(\.receiver))
        let scheduled = Set(routes.flatMap { $0.mutedDuring + $0.activeDuring })
        for receiver in alertmanager.receivers where used.contains(receiver.name) {
            lines.append("    /// The receiver `\(receiver.name)` (\(InputLocation(receiver.location))).")
            let integrations = receiver.integrations.map { ", " + Self.integration($0) }.joined()
            lines.append(
                "    static let \(Self.identifier(ofReceiver: receiver.name)) = Receiver(\(SwiftLiteral.string(receiver.name))\(integrations))"
            )
            lines.append("")
        }
        for schedule in alertmanager.schedules where scheduled.contains(schedule.name) {
            lines.append("    /// The time interval `\(schedule.name)`.")
            let zone = schedule.timeZone.map { ", timeZone: \(SwiftLiteral.string($0))" } ?? ""
            lines.append(
                "    static let \(Self.identifier(ofSchedule: schedule.name)) = Schedule(\(SwiftLiteral.string(schedule.name))\(zone)) {"
            )
            lines += schedule.periods.map { "        " + Self.period($0) }
            lines.append("    }")
            lines.append("")
        }
        let root = alertmanager.root
        var arguments = [
            "defaultReceiver: \(Self.identifier(ofReceiver: root.receiver))",
            "groupBy: [" + (root.groupBy ?? []).map { SwiftLiteral.string($0.name) }.joined(separator: ", ") + "]",
        ]
        if let wait = root.groupWait { arguments.append("groupWait: \(SwiftLiteral.duration(wait))") }
        if let interval = root.groupInterval { arguments.append("groupInterval: \(SwiftLiteral.duration(interval))") }
        if let repeating = root.repeatInterval {
            arguments.append("repeatInterval: \(SwiftLiteral.duration(repeating))")
        }
        if let timeout = alertmanager.resolveTimeout {
            arguments.append("resolveTimeout: \(SwiftLiteral.duration(timeout))")
        }
        arguments.append("inhibitsWarningsWhenCritical: false")
        lines.append("    /// The routing tree (\(InputLocation(root.location))).")
        let hasContent = !root.routes.isEmpty || !alertmanager.inhibitions.isEmpty
        lines.append(
            "    static let routing = Alertmanager(\(arguments.joined(separator: ", ")))" + (hasContent ? " {" : ""))
        for route in root.routes { lines += Self.route(route, indentation: "        ") }
        for inhibit in alertmanager.inhibitions {
            let source = inhibit.source.map(Self.matcher).joined(separator: ", ")
            let target = inhibit.target.map(Self.matcher).joined(separator: ", ")
            let equal = inhibit.equal.map { SwiftLiteral.string($0.name) }.joined(separator: ", ")
            lines.append("        Inhibit(source: \(source), target: \(target), equal: [\(equal)])")
        }
        if hasContent { lines.append("    }") }
        lines += ["}", ""]
        return lines.joined(separator: "\n")
    }

    private static func route(_ route: ResolvedRoute, indentation: String) -> [String] {
        var arguments = route.matchers.map(matcher)
        arguments.append("to: \(identifier(ofReceiver: route.receiver))")
        if route.continues { arguments.append("continue: true") }
        if let groupBy = route.groupBy {
            arguments.append("groupBy: [" + groupBy.map { SwiftLiteral.string($0.name) }.joined(separator: ", ") + "]")
        }
        if let wait = route.groupWait { arguments.append("groupWait: \(SwiftLiteral.duration(wait))") }
        if let interval = route.groupInterval { arguments.append("groupInterval: \(SwiftLiteral.duration(interval))") }
        if let repeating = route.repeatInterval {
            arguments.append("repeatInterval: \(SwiftLiteral.duration(repeating))")
        }
        if !route.mutedDuring.isEmpty {
            arguments.append(
                "mutedDuring: [" + route.mutedDuring.map(identifier(ofSchedule:)).joined(separator: ", ") + "]")
        }
        if !route.activeDuring.isEmpty {
            arguments.append(
                "activeDuring: [" + route.activeDuring.map(identifier(ofSchedule:)).joined(separator: ", ") + "]")
        }
        let head = "\(indentation)// \(InputLocation(route.location))"
        guard !route.routes.isEmpty else { return [head, "\(indentation)Route(\(arguments.joined(separator: ", ")))"] }
        var lines = [head, "\(indentation)Route(\(arguments.joined(separator: ", "))) {"]
        for child in route.routes { lines += self.route(child, indentation: indentation + "    ") }
        lines.append("\(indentation)}")
        return lines
    }

    /// `.label("severity", equals: "critical")`.
    static func matcher(_ matcher: Matcher) -> String {
        let verb =
            switch matcher.operator {
            case .equal: "equals"
            case .notEqual: "notEquals"
            case .matchesRegex: "matches"
            case .notMatchesRegex: "doesNotMatch"
            }
        return ".label(\(SwiftLiteral.string(matcher.label.name)), \(verb): \(SwiftLiteral.string(matcher.value)))"
    }

    static func secret(_ secret: Secret) -> String { ".secret(\(SwiftLiteral.string(secret.name)))" }

    static func integration(_ integration: Integration) -> String {
        switch integration {
        case .slack(let config):
            let resolved = config.sendResolved ? "" : ", sendResolved: false"
            return
                ".slack(channel: \(SwiftLiteral.string(config.channel)), webhook: \(secret(config.webhook))\(resolved))"
        case .pagerDuty(let config):
            let resolved = config.sendResolved ? "" : ", sendResolved: false"
            return ".pagerDuty(routingKey: \(secret(config.routingKey))\(resolved))"
        case .webhook(let config):
            var arguments: [String]
            switch config.address {
            case .url(let url): arguments = ["url: \(SwiftLiteral.string(url))"]
            case .secret(let url): arguments = ["urlFrom: \(secret(url))"]
            }
            switch config.authorization {
            case .bearer(let token)?: arguments.append("authorization: .bearer(\(secret(token)))")
            case .basic(let username, let password)?:
                arguments.append(
                    "authorization: .basic(username: \(SwiftLiteral.string(username)), password: \(secret(password)))")
            case nil: break
            }
            if config.maxAlerts != 0 { arguments.append("maxAlerts: \(config.maxAlerts)") }
            if !config.sendResolved { arguments.append("sendResolved: false") }
            return ".webhook(\(arguments.joined(separator: ", ")))"
        case .email(let config):
            var arguments = [
                "to: \(SwiftLiteral.string(config.to))", "from: \(SwiftLiteral.string(config.from))",
                "smarthost: \(SwiftLiteral.string(config.smarthost))",
            ]
            if let username = config.username { arguments.append("username: \(SwiftLiteral.string(username))") }
            if let password = config.password { arguments.append("password: \(secret(password))") }
            if !config.requireTLS { arguments.append("requireTLS: false") }
            if !config.sendResolved { arguments.append("sendResolved: false") }
            return ".email(\(arguments.joined(separator: ", ")))"
        default:
            preconditionFailure("the importer reads Slack, PagerDuty, webhook and email integrations only")
        }
    }

    /// `Period(weekdays: [.monday], times: [TimeRange(from: TimeOfDay(9, 0), to: TimeOfDay(17, 0))])`.
    static func period(_ period: Period) -> String {
        var arguments: [String] = []
        if !period.weekdays.isEmpty {
            arguments.append("weekdays: [" + period.weekdays.map { ".\($0)" }.joined(separator: ", ") + "]")
        }
        if !period.times.isEmpty {
            let times = period.times.map { "TimeRange(from: \(time($0.start)), to: \(time($0.end)))" }
            arguments.append("times: [" + times.joined(separator: ", ") + "]")
        }
        if !period.daysOfMonth.isEmpty {
            arguments.append("daysOfMonth: [" + period.daysOfMonth.map(String.init).joined(separator: ", ") + "]")
        }
        if !period.months.isEmpty {
            arguments.append("months: [" + period.months.map { ".\($0)" }.joined(separator: ", ") + "]")
        }
        return "Period(\(arguments.joined(separator: ", ")))"
    }

    private static func time(_ time: TimeOfDay) -> String { "TimeOfDay(\(time.minutes / 60), \(time.minutes % 60))" }
}
