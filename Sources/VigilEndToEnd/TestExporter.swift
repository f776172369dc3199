import Foundation
import VigilCompiler

/// The test exporter: one HTTP server per target, serving that target's scripted series in the text
/// exposition format. Counters grow at scripted rates and never go down; a target set down answers 503.
final class TestExporter: Sendable {
    /// A series' value: where it stood when its rate last changed, and its rate since.
    struct Track {
        var value: Double
        var perSecond: Double
        var since: Date

        func value(at time: Date) -> Double { value + perSecond * time.timeIntervalSince(since) }
    }

    struct State {
        var tracks: [ScriptedSeries: Track] = [:]
        var down: Set<LocalTarget> = []
    }

    private let state: Locked<State>
    private let servers: [LocalTarget: HTTPServer]

    /// Starts serving `baseline` for `targets`.
    init(targets: [LocalTarget], baseline: [ScriptedSeries: Double]) throws {
        let now = Date()
        let state = Locked(
            State(tracks: baseline.mapValues { Track(value: $0, perSecond: 0, since: now) }))
        self.state = state
        var servers: [LocalTarget: HTTPServer] = [:]
        do {
            for target in targets {
                servers[target] = try HTTPServer { _ in Self.scrape(target, state: state) }
            }
        } catch {
            for server in servers.values { server.stop() }
            throw error
        }
        self.servers = servers
    }

    /// The port serving each target.
    var ports: [LocalTarget: Int] { servers.mapValues(\.port) }

    /// Stops every server.
    func stop() {
        for server in servers.values { server.stop() }
    }

    /// Sets which targets fail their scrapes.
    func setDown(_ targets: [LocalTarget]) {
        state.withLock { $0.down = Set(targets) }
    }

    /// Makes the listed counters grow at their rates from now on, and every other one stop.
    func setRates(_ rates: [ScriptedSeries: Double]) {
        let now = Date()
        state.withLock { state in
            for (series, track) in state.tracks {
                state.tracks[series] = Track(value: track.value(at: now), perSecond: rates[series] ?? 0, since: now)
            }
            for (series, rate) in rates where state.tracks[series] == nil {
                state.tracks[series] = Track(value: 0, perSecond: rate, since: now)
            }
        }
    }

    /// Sets the listed gauges to their values from now on.
    func setValues(_ values: [ScriptedSeries: Double]) {
        let now = Date()
        state.withLock { state in
            for (series, value) in values {
                state.tracks[series] = Track(value: value, perSecond: 0, since: now)
            }
        }
    }

    static func scrape(_ target: LocalTarget, state: Locked<State>) -> HTTPResponse {
        let now = Date()
        return state.withLock { state in
            guard !state.down.contains(target) else { return .text("target down by the scenario\n", status: 503) }
            let lines = state.tracks.filter { $0.key.target == target }.sorted { $0.key < $1.key }.map {
                "\($0.key.exposition) \(format($0.value.value(at: now)))\n"
            }
            return .text(lines.joined(), contentType: "text/plain; version=0.0.4; charset=utf-8")
        }
    }

    /// A sample value as the exposition format writes it.
    static func format(_ value: Double) -> String {
        value.isInfinite ? (value < 0 ? "-Inf" : "+Inf") : value.isNaN ? "NaN" : "\(value)"
    }
}
