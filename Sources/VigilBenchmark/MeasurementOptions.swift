import ArgumentParser

/// The options of the commands that measure queries on a running Prometheus (`slo-measure`, `packs-measure`):
/// the work folder their setup wrote, the server, and how many runs of each query.
struct MeasurementOptions: ParsableArguments {
    @Option(help: "The work folder the setup command wrote.")
    var work: String

    @Option(help: "The Prometheus server, e.g. http://127.0.0.1:9090.")
    var url: String

    @Option(help: "Runs of each query; the fastest counts.")
    var repetitions = 3

    /// `query` evaluated at `time` on the server, the fastest of ``repetitions`` runs (at least one).
    func fastest(_ query: String, at time: Int64) throws -> InstantQuery {
        var best = try InstantQuery(query, at: time, url: url)
        for _ in 1..<max(repetitions, 1) {
            let run = try InstantQuery(query, at: time, url: url)
            if run.seconds < best.seconds { best = run }
        }
        return best
    }
}
