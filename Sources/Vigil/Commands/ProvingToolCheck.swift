import VigilCompiler

/// The proving tools a command runs, their versions read and printed once, and each stack's refusal when they
/// are of another release than the images it deploys.
struct ProvingToolCheck {
    /// The tools the command runs.
    let tools: [ProvingTool]
    /// Their versions.
    let installed: InstalledTools

    /// Reads and prints the versions of `tools`; `nil`, after printing which tool is missing, when one is.
    init?(_ tools: [ProvingTool], console: Console) throws {
        do {
            installed = try InstalledTools(tools)
        } catch let missing as ToolRunner.MissingTool {
            console.err("error: \(missing)")
            return nil
        }
        self.tools = tools
        console.out("tools   \(installed.summary(of: tools))")
    }

    /// How many of the tools may not prove `stack`, which deploys `images`; each refusal is printed.
    func refusals(for stack: String, deploying images: [ContainerImage], console: Console) -> Int {
        let refusals = installed.refusals(of: tools, deploying: images)
        if !refusals.isEmpty {
            console.err(refusals.map { "error: \(stack): \($0)" }.joined(separator: "\n"))
        }
        return refusals.count
    }
}
