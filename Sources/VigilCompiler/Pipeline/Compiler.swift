import VigilBackends
import VigilDSL

/// The pipeline from specs to files: lower every stack, validate them all, and, only when no error was
/// found, emit each stack's artefacts. Pure: nothing here touches the disk.
public struct Compiler: Sendable {
    /// The emitters run for every stack, when given; otherwise each stack runs those of its targets' backends.
    public var emitters: [any ArtefactEmitter]?

    /// A compiler that runs each stack's backends, or `emitters` for every stack (a benchmark of one emitter).
    public init(emitters: [any ArtefactEmitter]? = nil) {
        self.emitters = emitters
    }

    /// Every artefact a stack generated for every target gets, in the order the backends run.
    public static let standardEmitters: [any ArtefactEmitter] = TargetBackends.all.flatMap(\.emitters)

    /// The emitters `stack` runs.
    func emitters(for stack: ResolvedStack) -> [any ArtefactEmitter] {
        emitters ?? TargetBackends.backends(for: stack.targets).flatMap(\.emitters)
    }

    /// What compiling some stacks gave.
    public struct Result: Sendable {
        /// Every diagnostic, unsorted.
        public var diagnostics: [Diagnostic]
        /// The stacks' files; empty when any diagnostic is an error.
        public var outputs: [StackOutput]
        /// Whether any diagnostic is an error.
        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    /// Compiles `stacks`, with the package's `templates/` folder in `templates`. Validation always sees every
    /// stack, so one run reports every problem.
    public func compile(_ stacks: [Stack], templates: TemplateLibrary = TemplateLibrary()) throws -> Result {
        let resolved = lower(stacks, templates: templates)
        let diagnostics = validate(resolved)
        guard !diagnostics.contains(where: { $0.severity == .error }) else {
            return Result(diagnostics: diagnostics, outputs: [])
        }
        return Result(diagnostics: diagnostics, outputs: try emit(resolved))
    }

    /// The first stage: each stack with defaults applied, SLOs expanded and ids derived. Stacks are lowered
    /// on every core.
    public func lower(_ stacks: [Stack], templates: TemplateLibrary = TemplateLibrary()) -> [ResolvedStack] {
        stacks.concurrentMap { StackLowering.lower($0, templates: templates) }
    }

    /// The second stage: every diagnostic the validation rules find in the lowered stacks, unsorted.
    public func validate(_ stacks: [ResolvedStack]) -> [Diagnostic] {
        StackValidator.validate(stacks)
    }

    /// The third stage: every emitter's files for each lowered stack. Run it only on stacks without errors.
    /// Each emitter's work on each stack is a task of its own, run on every core.
    public func emit(_ stacks: [ResolvedStack]) throws -> [StackOutput] {
        let tasks = stacks.indices.flatMap { index in emitters(for: stacks[index]).map { (index: index, emitter: $0) } }
        let files = try tasks.concurrentMap { try $0.emitter.emit(stacks[$0.index]) }
        let filesByStack = Dictionary(grouping: zip(tasks, files), by: \.0.index)
        return stacks.indices.map { index in
            StackOutput(stackName: stacks[index].name, files: (filesByStack[index] ?? []).flatMap(\.1))
        }
    }
}
