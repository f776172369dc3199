import ArgumentParser
import VigilCompiler

/// `vigil-bench`: how fast the compiler turns specs into files, and how that cost grows.
@main
struct BenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vigil-bench",
        abstract: "Measure Vigil's compiler on synthetic stacks (build it in release: `make bench` does).",
        subcommands: [
            ScaleCommand.self, DashboardsCommand.self, StackCommand.self, ImportBenchmarkCommand.self,
            SLOSetupCommand.self, SLOMeasureCommand.self, PacksSetupCommand.self, PacksMeasureCommand.self,
        ],
        defaultSubcommand: ScaleCommand.self)

    /// Tunes the allocator as the `specs` executable does (``AllocatorTuning``), then runs the command.
    static func main() {
        AllocatorTuning.apply()
        main(nil)
    }
}
