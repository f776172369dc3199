import Foundation
import Testing
import VigilDSL
import YAMLKit

@testable import VigilBackends
@testable import VigilCompiler
@testable import VigilModel

/// Stacks generated for Kubernetes whose routing uses every receiver kind an `AlertmanagerConfig` expresses
/// (all but Jira), nested routes, `continue`, schedules muting and activating routes, an inhibition and
/// expectations, delivered either way.
enum KubernetesRoutingFixtures {
    typealias A = AlertmanagerFixtures

    /// A schedule without a time zone, which an `AlertmanagerConfig` carries.
    static let office = Schedule("office-hours") {
        Period(weekdays: Weekday.workdays, times: [TimeRange(from: TimeOfDay(8), to: TimeOfDay(16, 30))])
    }

    static let routing = Alertmanager(defaultReceiver: A.chat, watchdog: Watchdog(to: A.deadMan)) {
        Route(.severity(.critical), to: A.pager, continue: true, repeatInterval: .hours(1))
        Route(.severity(.critical), to: A.chat)
        Route(.severity(.warning), to: A.chat, mutedDuring: [A.weekend]) {
            Route(.label(.service, matches: "shop-(api|worker)"), to: A.hook)
        }
        Route(.severity(.info), to: A.mail, activeDuring: [office])
        Route(.label("team", equals: "growth"), to: A.genie)
        Route(.alertname("InfoInhibitor"), to: A.discard)
        for receiver in A.newerReceivers {
            Route(.label("channel", equals: receiver.name), to: receiver)
        }
        Inhibit(source: .alertname("ShopDown"), target: .label(.service, notEquals: "shop-db"), equal: [.instance])
        Expect(["severity": "critical"], routesTo: [A.pager, A.chat])
        Expect(["severity": "warning", "service": "shop-api"], routesTo: A.hook)
        Expect(["severity": "warning", "service": "shop-db"], routesTo: A.chat)
        Expect(["severity": "info"], routesTo: A.mail)
        Expect(["alertname": "Watchdog"], routesTo: A.deadMan)
        Expect(["channel": "telegram"], routesTo: A.newerReceivers[3])
    }

    /// The stack `shop` in the namespace `shop` with `routing`, delivered as `delivery` says.
    static func stack(_ delivery: KubernetesRouting, routing: Alertmanager = routing) -> Stack {
        Stack("shop", kubernetes: Kubernetes(namespace: "shop", alertmanager: delivery)) {
            Service(
                "shop-api", scrape: .target("api:8080").kubernetes(.service(["app": "shop-api"], port: "http")))
            routing
        }
    }

    /// The files of `stack`, compiled with the package's templates, by path; no error (the routing's own
    /// labels, `team` and `channel`, are on no alert: warnings).
    static func files(_ stack: Stack) throws -> [String: String] {
        let result = try Compiler().compile([stack], templates: A.templates)
        let unexpected = result.diagnostics.filter { $0.id != "unknown-matcher-label" }
        #expect(unexpected.isEmpty, "\(unexpected)")
        let files = try #require(result.outputs.first).files
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.contents) })
    }

    /// The diagnostics the Kubernetes rules find in `stack`, sorted.
    static func diagnostics(_ stack: Stack) -> [Diagnostic] {
        let resolved = StackLowering.lower(stack, templates: A.templates)
        return DiagnosticPrinter.sorted(KubernetesRules.all.flatMap { $0.check(resolved) })
    }

    /// The object of `kind` among `files`' `kubernetes/` folder.
    static func object(_ kind: String, in files: [String: String]) throws -> YAMLNode? {
        try files.filter { $0.key.hasPrefix("\(KubernetesObject.folder)/") && $0.key.hasSuffix(".yaml") }
            .sorted { $0.key < $1.key }.map { try YAMLParser().parse($0.value) }.first {
                $0["kind"]?.stringValue == kind
            }
    }
}
