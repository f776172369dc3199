import Foundation

/// What a poll found: done, still waiting (and why), or failed for good.
enum Poll<Value> {
    case done(Value)
    case waiting(String)
    case failed(String)
}

/// A condition that can no longer hold.
struct CheckFailed: Error, CustomStringConvertible {
    var description: String
}

/// A condition that did not hold in time: what was awaited and the last reason it was not met.
struct TimedOut: Error, CustomStringConvertible {
    var what: String
    var reason: String

    var description: String { "\(what): not within the time allowed; last: \(reason)" }
}

/// Polls `probe` every quarter second until it is done or `seconds` pass.
func waitFor<Value>(_ what: String, seconds: TimeInterval, _ probe: () throws -> Poll<Value>) throws -> Value {
    let deadline = Date().addingTimeInterval(seconds)
    var reason = "not checked yet"
    while true {
        do {
            switch try probe() {
            case .done(let value): return value
            case .waiting(let why): reason = why
            case .failed(let why): throw CheckFailed(description: why)
            }
        } catch let failed as CheckFailed {
            throw failed
        } catch {
            reason = "\(error)"
        }
        guard Date() < deadline else { throw TimedOut(what: what, reason: reason) }
        Thread.sleep(forTimeInterval: 0.25)
    }
}
