import Foundation
import VigilBackends
import VigilModel

/// The proving tools installed here (``ProvingTools``), with the versions they print, and whether they may
/// prove a stack: `specs validate` and `specs e2e` refuse to run a tool whose release differs from the image
/// the stack deploys, since a proof on another version is no proof.
public struct InstalledTools: Sendable {
    /// The version each tool printed, by executable name.
    public var versions: [String: ReleaseVersion]

    /// The tools with these versions.
    public init(versions: [String: ReleaseVersion]) {
        self.versions = versions
    }

    /// Reads the version of each of `tools` from its `--version`; throws ``ToolRunner/MissingTool`` for a tool
    /// that is not on `PATH`, and ``UnknownVersion`` for one that prints no version.
    public init(_ tools: [ProvingTool], runner: ToolRunner = ToolRunner()) throws {
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        var versions: [String: ReleaseVersion] = [:]
        for tool in tools {
            let run = try runner.run(tool.executable, ["--version"], in: here)
            guard let version = ReleaseVersion(in: run.output) else {
                throw UnknownVersion(executable: tool.executable, output: run.output)
            }
            versions[tool.executable] = version
        }
        self.init(versions: versions)
    }

    /// A tool whose `--version` printed no version number.
    public struct UnknownVersion: Error, Sendable, CustomStringConvertible {
        /// The tool.
        public var executable: String
        /// What it printed.
        public var output: String

        public var description: String {
            "\(executable) --version printed no version number:\n\(output)"
        }
    }

    /// `promtool 3.5.3, amtool 0.28.1, ...`: the tools of `tools` that are known here, in order.
    public func summary(of tools: [ProvingTool]) -> String {
        tools.compactMap { tool in versions[tool.executable].map { "\(tool.executable) \($0)" } }
            .joined(separator: ", ")
    }

    /// Why these tools may not prove a stack deploying `images`: one line per tool of `tools` whose release
    /// differs from the image it proves (or, for a tool of no image, from the release it must be).
    public func refusals(of tools: [ProvingTool], deploying images: [ContainerImage]) -> [String] {
        tools.compactMap { tool in
            guard let installed = versions[tool.executable] else { return nil }
            let deployed = tool.image.flatMap { image in images.first { $0.repository == image.repository } }
            return tool.refusal(installed: installed, deployedTag: deployed?.tag)
        }
    }
}
