import Foundation

/// Where the files of the package that declares the specs are: `specs/`, with its `main.swift`, the
/// `.swift-format` configuration and the stack template `specs new` copies. `specs` finds its package from the
/// path of `specs/main.swift`; tests point these at a scratch folder.
public struct SpecsPackage: Sendable {
    /// The folder of the spec files, one subfolder per stack.
    public var specsFolder: URL
    /// The swift-format configuration the spec files follow.
    public var formatConfiguration: URL
    /// The folder of the stack template: Swift files that name the stack `StackTemplate`.
    public var stackTemplate: URL

    /// The layout of a package whose spec files are in `specsFolder`.
    public init(specsFolder: URL, formatConfiguration: URL, stackTemplate: URL) {
        self.specsFolder = specsFolder
        self.formatConfiguration = formatConfiguration
        self.stackTemplate = stackTemplate
    }

    /// The package at `root`: `specs/`, `.swift-format` and `Tests/VigilTests/StackTemplate/` below it.
    public init(root: URL) {
        self.init(
            specsFolder: root.appendingPathComponent("specs", isDirectory: true),
            formatConfiguration: root.appendingPathComponent(".swift-format"),
            stackTemplate: root.appendingPathComponent("Tests/VigilTests/StackTemplate", isDirectory: true))
    }

    /// The package whose `specs/main.swift` is `specsFile`.
    public init(specsFile: String) {
        self.init(root: URL(fileURLWithPath: specsFile).deletingLastPathComponent().deletingLastPathComponent())
    }

    /// The package's root, the parent of `specs/`, where `swift format` runs.
    public var root: URL { specsFolder.deletingLastPathComponent() }

    /// `specs/main.swift`, which lists the stacks.
    public var mainFile: URL { specsFolder.appendingPathComponent("main.swift") }
}
