import VigilDSL

/// The pipeline from specs to files: lower every stack, validate them all, and, only when no error was
/// found, emit each stack's artefacts. Pure: nothing here touches the disk.
public struct Compiler: Sendable {
    /// The emitters run for every stack.
    public var emitters: [any ArtefactEmitter]

    /// A compiler with the standard emitters.
    public init(emitters: [any ArtefactEmitter] = Compiler.standardEmitters) {
        self.emitters = emitters
    }

    /// Every artefact a stack gets.
    public static let standardEmitters: [any ArtefactEmitter] = [
        PrometheusConfigEmitter(), RuleFilesEmitter(), AlertTestsEmitter(), AlertmanagerConfigEmitter(),
        RoutingTestsEmitter(), ComposeEmitter(), EnvExampleEmitter(), ComponentConfigEmitter(),
        SecretsEmitter(), DashboardsEmitter(), GrafanaProvisioningEmitter(), VerifyScriptEmitter(), ReadmeEmitter(),
    ]

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
        let tasks = stacks.flatMap { stack in emitters.map { (stack: stack, emitter: $0) } }
        let files = try tasks.concurrentMap { try $0.emitter.emit($0.stack) }
        return stacks.indices.map { index in
            let ownFiles = files[index * emitters.count..<(index + 1) * emitters.count]
            return StackOutput(stackName: stacks[index].name, files: ownFiles.flatMap { $0 })
        }
    }
}
