import Foundation
import VigilBackends
import VigilCompiler
import VigilModel

/// Proves a stack by running it: its local profile with the real `prometheus` and `alertmanager`
/// on loopback, the test exporter and the webhook sink, through the scenarios its ``EndToEndPlan`` derives.
///
/// Checks, in order: every target is up and every rule is loaded and evaluates without error (health `ok`,
/// which catches what only fails at evaluation time, such as a many-to-many vector match); then, per
/// scenario, the expected alerts fire, Alertmanager delivers each to the receivers the routing tree picks,
/// grouped by the route's labels, with the annotations the rules render, or suppresses it when an inhibition
/// says so; every notification went where the routing tree sends it; and the alerts resolve once the fault is
/// removed. A highly available stack runs every replica and peer: each notification must arrive once, and again
/// once an Alertmanager peer and then a Prometheus replica are stopped.
public struct EndToEndRunner: Sendable {
    /// The timings of the local profile.
    public var profile = LocalProfile()
    /// The seconds allowed for each awaited condition.
    public var patience: TimeInterval = 30
    /// Rewrites each file of the local profile (given its path in the stack folder and its text) before the
    /// servers read it; leaves them as the emitters wrote them by default. The live tests break a guarantee on
    /// purpose with it, where no spec could (an Alertmanager peer that no replica sends to).
    package var rewrite: @Sendable (_ path: String, _ text: String) -> String = { $1 }

    /// Creates a runner.
    public init() {}

    /// Starts the local stack, again with other ports when a server found its port taken: the ports are picked
    /// free, but another process (a test beside this run) can bind one before the server does.
    private func startSession(_ stack: ResolvedStack, plan: EndToEndPlan) throws -> LocalSession {
        var attempt = 1
        while true {
            do {
                return try LocalSession(stack: stack, plan: plan, profile: profile, rewrite: rewrite)
            } catch  where attempt < 3 && "\(error)".contains("address already in use") {
                attempt += 1
            }
        }
    }

    /// Runs `stack` (lowered, as `generate` writes it) and reports; `progress` gets a line per step.
    public func run(_ stack: ResolvedStack, progress: (String) -> Void = { _ in }) -> EndToEndReport {
        var report = EndToEndReport(stack: stack.name)
        let plan = EndToEndPlan(for: stack)
        report.skipped = plan.skipped
        let session: LocalSession
        do {
            session = try startSession(stack, plan: plan)
        } catch {
            report.failures.append("starting the local stack: \(error)")
            return report
        }
        defer { session.stop() }
        let checks = EndToEndChecks(session: session, patience: patience, model: stack)
        func step(_ name: String, _ body: () throws -> String?) {
            do {
                let detail = try body().map { ": \($0)" } ?? ""
                report.passed.append(name)
                progress("ok      \(stack.name): \(name)\(detail)")
            } catch {
                report.failures.append("\(name): \(error)")
                progress("FAILED  \(stack.name): \(name): \(error)")
            }
        }
        var up = Date()
        step("every target up") {
            up = try checks.targetsUp()
            return nil
        }
        step("every rule loaded and evaluated without error") {
            try checks.rulesHealthy(since: up, interval: profile.interval.seconds)
        }
        if !stack.rulePacks.isEmpty {
            step("no rule pack alert on the healthy baseline") { try checks.packAlertsQuiet() }
        }
        guard report.succeeded else {
            report.failures.append("server logs:\n\(session.logs)")
            return report
        }
        var windows: [Int] = []
        let marks = session.peerLogMarks()
        for scenario in plan.scenarios {
            windows.append(session.sink.notifications.count)
            step("\(scenario.name): fires, routes, groups, inhibits") { try checks.fire(scenario) }
            step("\(scenario.name): resolves") { try checks.resolve(scenario) }
        }
        let replicas = session.prometheusReplicas.count
        let peers = session.alertmanagerPeers.count
        if peers > 0, replicas > 1 || peers > 1 {
            step("each alert notified once by \(peers) Alertmanager peers from \(replicas) Prometheus replicas") {
                try checks.notifiedOnce(windows: windows, since: marks)
            }
            if let scenario = plan.scenarios.first(where: { !$0.down.isEmpty }) ?? plan.scenarios.first {
                if peers > 1 {
                    step("peer loss: \(scenario.name) notified once") { try checks.survivesPeerLoss(scenario) }
                }
                if replicas > 1 {
                    step("replica loss: \(scenario.name) notified once") { try checks.survivesReplicaLoss(scenario) }
                }
            }
        }
        step("every notification reached a receiver the routing tree picks") { try checks.routedAsModelled() }
        return report
    }
}
