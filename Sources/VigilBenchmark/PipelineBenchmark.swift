import Foundation
import VigilBackends
import VigilCompiler
import VigilDSL
import VigilModel

/// Compiles a stack several times, timing each stage, and keeps each stage's best time.
struct PipelineBenchmark {
    /// The compiler under measurement, with the standard emitters.
    let compiler = Compiler()
    /// How many times the stack is built and compiled.
    let repetitions: Int

    /// The specs had errors, so there is nothing to emit.
    struct SpecErrors: Error, CustomStringConvertible {
        var description: String
    }

    /// Builds the stack with `build` and compiles and writes it `repetitions` times.
    func run(services: Int, build: () -> Stack) throws -> StackRun {
        var best: StageSeconds?
        var emitterBest = Array(repeating: Stopwatch.Reading.infinity, count: Compiler.standardEmitters.count)
        var last: (resolved: [ResolvedStack], outputs: [StackOutput])?
        for _ in 0..<max(repetitions, 1) {
            let stack = Stopwatch.measure(build)
            let lowered = Stopwatch.measure { compiler.lower([stack.result]) }
            let validated = Stopwatch.measure { compiler.validate(lowered.result) }
            let errors = validated.result.filter { $0.severity == .error }
            guard errors.isEmpty else {
                throw SpecErrors(description: DiagnosticPrinter(root: "").render(errors))
            }
            let emitted = try Stopwatch.measure { try compiler.emit(lowered.result) }
            let folder = temporaryFolder()
            defer { try? FileManager.default.removeItem(at: folder) }
            let written = try Stopwatch.measure {
                try OutputWriter(root: folder).write(emitted.result, removeUndeclaredStacks: false)
            }
            let times = StageSeconds(
                build: stack.time, lower: lowered.time, validate: validated.time, emit: emitted.time,
                write: written.time)
            best = best.map { $0.fastest(times) } ?? times
            for (position, emitter) in Compiler.standardEmitters.enumerated() {
                let single = Compiler(emitters: [emitter])
                let time = try Stopwatch.measure { try single.emit(lowered.result) }.time
                emitterBest[position] = emitterBest[position].fastest(time)
            }
            last = (lowered.result, emitted.result)
        }
        let resolved = last?.resolved ?? []
        let files = last?.outputs.flatMap(\.files) ?? []
        return StackRun(
            services: services,
            dashboards: resolved.reduce(0) { $0 + $1.dashboards.count },
            rules: resolved.reduce(0) { $0 + $1.alerts.count + $1.recordingRules.count },
            files: files.count,
            bytes: files.reduce(0) { $0 + $1.bytes.count },
            seconds: best ?? StageSeconds(build: .zero, lower: .zero, validate: .zero, emit: .zero, write: .zero),
            emitters: zip(Compiler.standardEmitters, emitterBest).map { emitter, seconds in
                EmitterSeconds(name: String(describing: type(of: emitter)), seconds: seconds)
            },
            peakMemory: PeakMemory.bytes)
    }

    /// A folder name in the temporary directory that nothing uses yet.
    func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent(
            "vigil-bench-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)", isDirectory: true)
    }
}
