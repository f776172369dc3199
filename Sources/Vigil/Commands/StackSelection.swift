import ArgumentParser
import Foundation
import VigilDSL

/// The options every stack command shares: where the output lives and which stacks to work on.
struct StackSelection: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp("The folder that holds one subfolder per stack.", valueName: "dir"))
    var output: String = "generated"

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp("Work on this stack only (repeat for several). Default: every stack.", valueName: "name"))
    var stack: [String] = []

    /// Whether every declared stack is selected.
    var isEverything: Bool { stack.isEmpty }

    /// The output folder as a URL, relative to the working directory when given relatively.
    var outputURL: URL { URL(fileURLWithPath: output) }

    /// The stacks named by `--stack`, or all of them; an unknown name is a usage error.
    func select(from stacks: [Stack]) throws -> [Stack] {
        guard !isEverything else { return stacks }
        let known = stacks.map(\.name)
        for name in stack where !known.contains(name) {
            throw ValidationError(
                "no stack is named '\(name)'; the specs declare: \(known.joined(separator: ", "))")
        }
        return stacks.filter { stack.contains($0.name) }
    }
}
