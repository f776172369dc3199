import Foundation
import VigilDSL

extension SettledPack {
    /// The overrides that cannot work: a threshold for an alert without one, a percentage outside 0–100, a
    /// negative threshold or `for`, a threshold above what the alert's firing test can reach, an override of a disabled alert or of one the stack does not deploy, an empty
    /// reason or exclusion, an override of another pack's alert.
    var problems: [ResolvedRulePack.Problem] {
        let disabled = disabled
        var problems = subject.overrides.filter { !($0 is PackOverride<Pack.Alert>) }.map { foreign in
            ResolvedRulePack.Problem(
                message: "the override is for another pack's alert",
                hint: "override the \(Pack.name) pack's alerts (\(Pack.Alert.self)) on this declaration",
                location: foreign.location)
        }
        for override in overrides {
            func problem(_ message: String, _ hint: String) {
                problems.append(ResolvedRulePack.Problem(message: message, hint: hint, location: override.location))
            }
            if let alert = override.change.alert, let absence = Pack.absence(of: alert, on: subject) {
                problem("\(alert.alertName) is not deployed: \(absence)", "remove the override")
            }
            switch override.change {
            case .tune(let alert, let threshold, let duration):
                if let threshold {
                    if alert.defaultThreshold == nil {
                        problem(
                            "\(alert.alertName) has no threshold to tune",
                            "tune its `for` only, or disable it")
                    } else if threshold < 0 || (alert.thresholdUnit == .percent && threshold > 100) {
                        problem(
                            "the threshold \(PackScope.number(threshold)) of \(alert.alertName) is out of range",
                            alert.thresholdUnit == .percent
                                ? "it is a percentage, from 0 to 100" : "it cannot be negative")
                    } else if let settled = settings[alert],
                        let maximum = Pack.maximumThreshold(of: alert, lookingAt: pack(for: settled).evaluationMinute),
                        threshold > maximum
                    {
                        problem(
                            "the threshold \(PackScope.number(threshold)) of \(alert.alertName) is out of range",
                            "its firing test can prove at most \(PackScope.number(maximum)) with this `for`")
                    }
                }
                if let duration, duration.milliseconds < 0 {
                    problem("the `for` of \(alert.alertName) is negative", "give a positive duration")
                }
                if disabled[alert] != nil {
                    problem("\(alert.alertName) is tuned and disabled", "remove one of the two overrides")
                }
            case .route(let alert, _, _):
                if disabled[alert] != nil {
                    problem("\(alert.alertName) is rerouted and disabled", "remove one of the two overrides")
                }
            case .disable(let alert, let reason):
                if reason.allSatisfy(\.isWhitespace) {
                    problem("\(alert.alertName) is disabled without a reason", "say why, for the README")
                }
            case .exclude(let label, let regex):
                if regex.isEmpty || (try? NSRegularExpression(pattern: regex)) == nil {
                    problem(
                        "the exclusion of \(label) '\(regex)' is not a regular expression",
                        "give an RE2 expression, e.g. \"tmpfs|overlay\"")
                }
            }
        }
        return problems
    }
}
