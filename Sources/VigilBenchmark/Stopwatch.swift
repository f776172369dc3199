#if canImport(Darwin)
    import Darwin
#else
    import Glibc
#endif

/// Times work on the monotonic clock and on the process's CPU clock. On a machine shared with other work the
/// CPU time is the steadier figure: it leaves out the time the process waited for a core.
enum Stopwatch {
    /// Elapsed and CPU seconds of one piece of work.
    struct Reading: Codable, Sendable {
        /// Seconds on the monotonic clock.
        var wall: Double
        /// Seconds of CPU the process used, user and system.
        var cpu: Double

        static let zero = Reading(wall: 0, cpu: 0)
        static let infinity = Reading(wall: .infinity, cpu: .infinity)

        /// The faster of two readings, clock by clock.
        func fastest(_ other: Reading) -> Reading {
            Reading(wall: min(wall, other.wall), cpu: min(cpu, other.cpu))
        }

        static func + (lhs: Reading, rhs: Reading) -> Reading {
            Reading(wall: lhs.wall + rhs.wall, cpu: lhs.cpu + rhs.cpu)
        }

        static func / (lhs: Reading, rhs: Int) -> Reading {
            Reading(wall: lhs.wall / Double(rhs), cpu: lhs.cpu / Double(rhs))
        }
    }

    /// The result of `work` and the time it took.
    static func measure<Result>(_ work: () throws -> Result) rethrows -> (result: Result, time: Reading) {
        let wallStart = seconds(on: CLOCK_MONOTONIC)
        let cpuStart = seconds(on: CLOCK_PROCESS_CPUTIME_ID)
        let result = try work()
        let time = Reading(
            wall: seconds(on: CLOCK_MONOTONIC) - wallStart, cpu: seconds(on: CLOCK_PROCESS_CPUTIME_ID) - cpuStart)
        return (result, time)
    }

    static func seconds(on clock: clockid_t) -> Double {
        var now = timespec()
        clock_gettime(clock, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }
}
