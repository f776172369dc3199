import VigilBackends
import VigilCompiler
import VigilDSL

/// Vigil's own rules for the benchmark's SLOs, from its compiler: the stack lowered, validated and emitted in
/// process, and each SLO's rules file taken as written (whatever groups, intervals and rules it holds).
struct VigilRuleFiles {
    /// One SLO's rules file.
    struct SLOFile {
        /// The SLO's kind in the benchmark: `availability` or `latency`.
        var kind: String
        /// Where the stack writes it, e.g. `prometheus/rules/checkout-slo-availability.yml`.
        var path: String
        /// Its text.
        var text: String
        /// The SLO's window.
        var period: Duration
        /// Its period series, with the SLO's labels: the error ratio over the window.
        var periodQuery: String
    }

    /// The specs had errors.
    struct SpecErrors: Error, CustomStringConvertible {
        var description: String
    }

    /// The rules file of every SLO of the stack.
    var files: [SLOFile]
    /// The server's evaluation interval, for groups that set none.
    var evaluationInterval: Duration
    /// The service's scrape interval.
    var scrapeInterval: Duration

    /// Compiles `stack` and keeps its SLOs' rules files.
    init(stack: Stack) throws {
        let compiler = Compiler(emitters: [RuleFilesEmitter()])
        let resolved = compiler.lower([stack])
        let errors = compiler.validate(resolved).filter { $0.severity == .error }
        guard errors.isEmpty, let lowered = resolved.first else {
            throw SpecErrors(description: DiagnosticPrinter(root: "").render(errors))
        }
        let outputs = try compiler.emit(resolved).flatMap(\.files)
        let ruleFiles = try outputs.filter { $0.path.hasPrefix("prometheus/rules/") }.map { output in
            (output: output, groups: Set(try RuleFile(yaml: output.contents).groups.map(\.name)))
        }
        files = try lowered.slos.map { slo in
            // The file that holds the SLO's rule group, with whatever other groups the compiler puts beside it.
            guard let file = ruleFiles.first(where: { $0.groups.contains(slo.ruleGroup) })?.output else {
                throw SpecErrors(description: "the compiler wrote no rule group '\(slo.ruleGroup)' for '\(slo.name)'")
            }
            return SLOFile(
                kind: SLOBenchmarkStack.kind(of: slo.name), path: file.path, text: file.contents, period: slo.window,
                periodQuery: slo.selector(ResolvedSLO.errorRatioSeries(over: slo.window)).description)
        }
        evaluationInterval = lowered.prometheus.evaluationInterval
        let job = lowered.scrapeJobs.first { $0.name == SLOBenchmarkStack.service }
        scrapeInterval = job?.interval ?? lowered.prometheus.scrapeInterval
    }
}
