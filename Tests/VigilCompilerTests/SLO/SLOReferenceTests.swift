import Foundation
import Testing
import VigilBackends
import VigilCompiler
import VigilDSL
import VigilModel
import YAMLKit

/// The SLOs of the Sloth and Pyrra golden files in `../shared/reference/slo-cases`, written in the DSL: our rules
/// alert at the same burn rates over the same windows, compute the same error ratios per window, and differ
/// where we mean to (the whole window as a ratio of sums, exact budgets, `le` as Prometheus 3 stores it, names
/// and labels).
@Suite(
    "SLOs: the Sloth and Pyrra reference cases",
    .enabled(if: SharedReference.isPresent("slo-cases")))
struct SLOReferenceTests {
    static let cases = SLOFixtures.referenceCases

    /// A rule of a golden file.
    struct Rule {
        var name: String
        var isAlert: Bool
        var labels: [String: String]
        var expression: PromQLExpression
    }

    /// One burn-rate tier as an alert expression states it: the windows compared, and the threshold.
    struct Tier: Hashable {
        var severity: String
        var windows: Set<Duration>
        var threshold: Double
    }

    /// The rules of a golden file (a rules file, or a PrometheusRule's `spec`).
    static func rules(_ path: String) throws -> [Rule] {
        let text = try String(contentsOf: cases.appendingPathComponent(path), encoding: .utf8)
        let document = try #require(try YAMLParser().parseDocuments(text).first { $0 != .null })
        let groups = document["groups"] ?? document["spec"]?["groups"]
        return try (groups?.sequenceValue ?? []).flatMap { group in
            try (group["rules"]?.sequenceValue ?? []).map { rule in
                let labels = (rule["labels"]?.mappingValue ?? YAMLMapping()).map { entry in
                    (entry.key, entry.value.stringValue ?? "\(entry.value)")
                }
                return Rule(
                    name: rule["record"]?.stringValue ?? rule["alert"]?.stringValue ?? "",
                    isAlert: rule["alert"] != nil, labels: Dictionary(uniqueKeysWithValues: labels),
                    expression: try PromQLExpression(parsing: rule["expr"]?.stringValue ?? ""))
            }
        }
    }

    /// The tiers of golden alerts; `severity` reads a rule's severity the tool's way.
    static func tiers(_ rules: [Rule], severity: (Rule) -> String?) -> Set<Tier> {
        Set(
            rules.filter(\.isAlert).flatMap { rule in
                conjunctions(rule.expression).compactMap { pair -> Tier? in
                    guard let severity = severity(rule), let first = comparison(pair.0),
                        let second = comparison(pair.1),
                        first.threshold == second.threshold
                    else { return nil }
                    return Tier(severity: severity, windows: [first.window, second.window], threshold: first.threshold)
                }
            })
    }

    /// Our tiers, in the same terms.
    static func tiers(_ slo: ResolvedSLO) -> Set<Tier> {
        Set(
            slo.tiers.map {
                Tier(
                    severity: $0.urgency.severity.name, windows: [$0.longWindow, $0.shortWindow],
                    threshold: $0.threshold(budget: slo.errorBudget).doubleValue)
            })
    }

    /// The `a and b` operands of an alert: `(a and b) or (c and d)`, through Sloth's `max(...) without (...)`.
    static func conjunctions(_ expression: PromQLExpression) -> [(PromQLExpression, PromQLExpression)] {
        guard case .binary(let binary) = expression else { return [] }
        switch binary.op {
        case .or: return conjunctions(binary.lhs) + conjunctions(binary.rhs)
        case .and: return [(binary.lhs, binary.rhs)]
        default: return []
        }
    }

    /// `series > threshold`: the window the series is recorded over, and the threshold folded to a number.
    static func comparison(_ expression: PromQLExpression) -> (window: Duration, threshold: Double)? {
        switch expression {
        case .aggregation(let aggregation): return comparison(aggregation.expression)
        case .binary(let binary) where binary.op == .greater:
            guard case .vectorSelector(let selector) = binary.lhs, let name = selector.metricName,
                let suffix = ["ratio_rate", "burnrate"].lazy.compactMap({ name.range(of: $0) }).first,
                let window = Duration(parsing: String(name[suffix.upperBound...])), let threshold = number(binary.rhs)
            else { return nil }
            return (window, threshold)
        default: return nil
        }
    }

    /// A constant expression's value, folded as Prometheus folds it.
    static func number(_ expression: PromQLExpression) -> Double? {
        switch expression {
        case .number(let value): return value
        case .binary(let binary):
            guard let lhs = number(binary.lhs), let rhs = number(binary.rhs) else { return nil }
            switch binary.op {
            case .multiply: return lhs * rhs
            case .subtract: return lhs - rhs
            case .add: return lhs + rhs
            case .divide: return lhs / rhs
            default: return nil
            }
        default: return nil
        }
    }

    /// The same tiers, thresholds equal up to the golden files' floating-point noise.
    static func sameBurnRates(_ golden: Set<Tier>, _ ours: Set<Tier>) -> Bool {
        golden.count == ours.count
            && golden.allSatisfy { tier in
                ours.contains {
                    $0.severity == tier.severity && $0.windows == tier.windows
                        && abs($0.threshold - tier.threshold) <= 1e-12 * tier.threshold
                }
            }
    }

    /// Our recording rules of the only SLO of `content`, by name, and the SLO.
    static func lowered(@ServiceBuilder _ content: () -> [ServiceElement]) throws -> (
        [String: PromQLExpression], ResolvedSLO
    ) {
        let stack = StackLowering.lower(Stack("reference") { Service("svc", content: content) })
        let slo = try #require(stack.slos.first)
        let records = stack.recordingRules.filter { slo.ruleGroups.contains($0.group) }.compactMap { rule in
            rule.expression.tree.map { (rule.name, $0) }
        }
        return (Dictionary(records) { first, _ in first }, slo)
    }

    enum Code: String, LabelKey { case code }
    static let requestDuration = Histogram<Code>(
        "http_request_duration_seconds", help: "Request latency.", buckets: [0.1, 0.5, 1])
    static let sloth = requestDuration.count.job("myservice")
    static let slothErrors = sloth.where(.code, matches: "(5..|429)")
    static let slothWindows: [Duration] = [
        .minutes(5), .minutes(30), .hours(1), .hours(2), .hours(6), .days(1), .days(3),
    ]

    /// Whether a Sloth rule is of the SLO `name`: its records say so in a label, its alerts in their selectors.
    static func belongs(_ rule: Rule, to name: String) -> Bool {
        rule.labels["sloth_slo"] == name || rule.expression.description.contains(#"sloth_slo="\#(name)""#)
    }

    static func slothSeverity(_ rule: Rule) -> String? {
        ["page": "critical", "ticket": "warning"][rule.labels["sloth_severity"] ?? ""]
    }

    @Test(
        "Sloth, getting started (99.9%, 30d): same ratios per window (raw) and burn rates; exact budget; ratio of sums"
    )
    func slothGettingStarted() throws {
        let golden = try Self.rules("01-sloth-getting-started-30d/expected.rules.yml")
        let (ours, slo) = try Self.lowered {
            SLO("requests-availability", objective: 99.9%, longWindows: .fromRawCounters) {
                Ratio(errors: Self.slothErrors, total: Self.sloth)
            }
        }
        let records = Dictionary(golden.filter { !$0.isAlert }.map { ($0.name, $0) }) { first, _ in first }
        for window in Self.slothWindows {
            let name = ResolvedSLO.errorRatioSeries(over: window)
            #expect(records[name]?.expression == ours[name], "\(name)")
        }
        #expect(Self.sameBurnRates(Self.tiers(golden, severity: Self.slothSeverity), Self.tiers(slo)))
        #expect(Set(golden.filter(\.isAlert).map(\.labels["sloth_severity"])) == ["page", "ticket"])

        // Deliberate: Sloth averages the 5m ratios over 30 days, which weighs a quiet night's 5 minutes like a
        // busy afternoon's; ours divides the events of the whole window.
        let whole = try #require(records["slo:sli_error:ratio_rate30d"]?.expression.description)
        #expect(whole.hasPrefix("sum_over_time(slo:sli_error:ratio_rate5m{"))
        #expect(whole.contains("count_over_time(slo:sli_error:ratio_rate5m{"))
        #expect(
            ours["slo:sli_error:ratio_rate30d"]?.description
                == #"sum(rate(http_request_duration_seconds_count{job="myservice",code=~"(5..|429)"}[30d])) / "#
                + #"sum(rate(http_request_duration_seconds_count{job="myservice"}[30d]))"#)
        // By default, windows of a day and more divide sums of recorded 5-minute increases instead: the same
        // ratio of sums, at a fraction of the samples read; shorter windows stay Sloth's.
        let (recorded, _) = try Self.lowered {
            SLO("requests-availability", objective: 99.9%) { Ratio(errors: Self.slothErrors, total: Self.sloth) }
        }
        for window in Self.slothWindows + [.days(30)] {
            let name = ResolvedSLO.errorRatioSeries(over: window)
            let description = recorded[name]?.description ?? ""
            #expect(
                window < .days(1)
                    ? recorded[name] == ours[name] : description.hasPrefix("sum_over_time(slo:sli_error:increase5m{"),
                "\(name)")
        }
        // Deliberate: the budget is exact. Sloth computes 1 - 0.999 in binary floating point.
        #expect(records["slo:error_budget:ratio"]?.expression.description == "vector(1 - 0.9990000000000001)")
        #expect(ours["slo:error_budget:ratio"]?.description == "vector(0.001)")
        #expect(records["slo:objective:ratio"]?.expression.description == "vector(0.9990000000000001)")
        #expect(ours["slo:objective:ratio"]?.description == "vector(0.999)")
        // Names: the error ratios, objective, budget and current burn rate share Sloth's names; the labels are
        // `service` and `slo` instead of `sloth_service`, `sloth_slo`, `sloth_id` and `sloth_window`.
        let shared = Set(golden.map(\.name)).intersection(ours.keys)
        #expect(
            shared
                == Set(Self.slothWindows.map(ResolvedSLO.errorRatioSeries(over:)) + ["slo:sli_error:ratio_rate30d"])
                .union(["slo:objective:ratio", "slo:error_budget:ratio", "slo:current_burn_rate:ratio"]))
        #expect(records["slo:sli_error:ratio_rate5m"]?.labels["sloth_slo"] == "requests-availability")
        #expect(
            Set(ours.keys).subtracting(shared)
                == ["slo:window:seconds", "slo:error_budget_remaining:ratio"])
    }

    @Test("Sloth, 28 days: factors scaled from budget shares (13.44, 5.6, 2.8, 0.93); a raw SLI with alerts off")
    func sloth28Days() throws {
        let golden = try Self.rules("02-sloth-multi-slo-28d/expected.rules.yaml")
        let first = golden.filter { Self.belongs($0, to: "slo1") }
        let (_, slo) = try Self.lowered {
            SLO("slo1", objective: 99.9%, window: .days(28)) { Ratio(errors: Self.slothErrors, total: Self.sloth) }
        }
        #expect(Self.sameBurnRates(Self.tiers(first, severity: Self.slothSeverity), Self.tiers(slo)))
        // Deliberate: 28 days print as 28d, where Sloth writes 4w.
        #expect(first.contains { $0.name == "slo:sli_error:ratio_rate4w" })
        #expect(slo.windows.last == .days(28))

        let second = golden.filter { Self.belongs($0, to: "slo02") }
        let (raw, rawSLO) = try Self.lowered {
            SLO("slo02", objective: 95%, window: .days(28), tiers: []) {
                ErrorRatio { window in
                    PromQL(
                        #"sum(rate(http_request_duration_seconds_count{job="myservice",code=~"(5..|429)"}[\#(window)])) / "#
                            + #"sum(rate(http_request_duration_seconds_count{job="myservice"}[\#(window)]))"#)
                }
            }
        }
        #expect(!second.contains(where: \.isAlert) && rawSLO.tiers.isEmpty)
        for window in Self.slothWindows {
            let name = ResolvedSLO.errorRatioSeries(over: window)
            #expect(second.first { $0.name == name }?.expression == raw[name], "\(name)")
        }
    }

    @Test("Sloth, 7 days with custom windows (budget shares 8, 12.5, 20, 42%): the same burn rates")
    func sloth7Days() throws {
        let golden = try Self.rules("03-sloth-custom-windows-7d/expected.rules.yaml").filter {
            Self.belongs($0, to: "slo1")
        }
        let (_, slo) = try Self.lowered {
            SLO(
                "slo1", objective: 99.9%, window: .days(7),
                tiers: [
                    .page(budgetShare: 8%, long: .hours(1), short: .minutes(5)),
                    .page(budgetShare: 12.5%, long: .hours(6), short: .minutes(30)),
                    .ticket(budgetShare: 20%, long: .hours(24), short: .hours(2)),
                    .ticket(budgetShare: 42%, long: .hours(72), short: .hours(6)),
                ]
            ) { Ratio(errors: Self.slothErrors, total: Self.sloth) }
        }
        #expect(Self.sameBurnRates(Self.tiers(golden, severity: Self.slothSeverity), Self.tiers(slo)))
        #expect(slo.tiers.map(\.factor.description) == ["13.44", "3.5", "1.4", "0.98"])
    }

    enum Status: String, LabelKey { case status }
    static let pyrraTiers: [BurnRateTier] = [
        .page(factor: 14, long: .hours(1), short: .minutes(5)),
        .page(factor: 7, long: .hours(6), short: .minutes(30)),
        .ticket(factor: 2, long: .days(1), short: .hours(2)),
        .ticket(factor: 1, long: .days(4), short: .hours(6)),
    ]

    static func pyrraSeverity(_ rule: Rule) -> String? {
        rule.name == "ErrorBudgetBurn" ? rule.labels["severity"] : nil
    }

    @Test("Pyrra, ratio (99.5%, 28d), long windows from the raw counters: same ratios per window and burn rates")
    func pyrraRatio() throws {
        let golden = try Self.rules("04-pyrra-ratio-28d/expected.prometheusrule.yaml")
        let requests = Counter<Status>("http_requests_total", help: "Requests.").job("app")
        let (ours, slo) = try Self.lowered {
            SLO("http", objective: 99.5%, window: .days(28), tiers: Self.pyrraTiers, longWindows: .fromRawCounters) {
                Ratio(errors: requests.where(.status, matches: "5.."), total: requests)
            }
        }
        for window in [Duration.minutes(5), .minutes(30), .hours(1), .hours(2), .hours(6), .days(1), .days(4)] {
            // Names: Pyrra records the error ratio as `<metric>:burnrate<window>`.
            let golden = golden.first { $0.name == "http_requests:burnrate\(window)" }
            #expect(golden?.expression == ours[ResolvedSLO.errorRatioSeries(over: window)], "\(window)")
        }
        #expect(Self.sameBurnRates(Self.tiers(golden, severity: Self.pyrraSeverity), Self.tiers(slo)))
        // Deliberate: Pyrra has one alert per tier, each with a `for` duration; ours one per urgency, whose short
        // window already stops it soon after the burn stops.
        #expect(golden.filter { $0.name == "ErrorBudgetBurn" }.count == 4)
    }

    @Test("Pyrra, latency (99.5%, 4w): same ratios per window but for le, which Prometheus 3 stores as 1.0")
    func pyrraLatency() throws {
        enum Labels: String, LabelKey { case code }
        let golden = try Self.rules("05-pyrra-latency-28d/expected.rules.yaml")
        let latency = Histogram<Labels>("http_request_duration_seconds", help: "Latency.", buckets: [0.5, 1, 2])
        let selection = latency.where(.code, matches: "2..").job("metrics-service-thanos-receive-default")
        let (ours, slo) = try Self.lowered {
            SLO(
                "monitoring-http-latency", objective: 99.5%, window: .weeks(4), tiers: Self.pyrraTiers,
                longWindows: .fromRawCounters
            ) {
                Latency(selection, below: .seconds(1))
            }
        }
        for window in [Duration.minutes(5), .minutes(30), .hours(1), .hours(2), .hours(6), .days(1), .days(4)] {
            let golden = try #require(golden.first { $0.name == "http_request_duration_seconds:burnrate\(window)" })
            let mine = try #require(ours[ResolvedSLO.errorRatioSeries(over: window)]?.description)
            #expect(mine.contains(#"le="1.0""#))
            #expect(golden.expression.description == mine.replacing(#"le="1.0""#, with: #"le="1""#), "\(window)")
        }
        #expect(Self.sameBurnRates(Self.tiers(golden, severity: Self.pyrraSeverity), Self.tiers(slo)))
    }
}
