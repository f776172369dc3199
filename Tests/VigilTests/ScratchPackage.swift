import Foundation
import Testing

@testable import Vigil

/// A package in a temporary folder: a `specs/main.swift` and empty folders for stacks, with the real stack
/// template and `.swift-format`. The real `specs/` is neither read (a stack a `specs new` added there must not
/// change these tests) nor written to.
struct ScratchPackage {
    /// The package this repository is.
    static let real = SpecsPackage(specsFile: AlertmanagerCLITests.specsFile)

    /// A `specs/main.swift` as the repository's is laid out.
    static let main = """
        // The specs executable: every stack declared under specs/, handed to the vigil command line.
        import Vigil

        VigilCLI.main(stacks: [
            CRM.stack,
            Procur.stack,
        ])

        """

    let root = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-package-\(UUID().uuidString)")

    /// The scratch package, with the real template and formatting configuration.
    var package: SpecsPackage {
        SpecsPackage(
            specsFolder: root.appendingPathComponent("specs", isDirectory: true),
            formatConfiguration: Self.real.formatConfiguration, stackTemplate: Self.real.stackTemplate)
    }

    /// Creates it with `main` as `specs/main.swift` and a folder for each of `folders`.
    init(main: String = Self.main, folders: [String] = ["CRM", "Shared"]) throws {
        let specs = root.appendingPathComponent("specs", isDirectory: true)
        for folder in folders {
            try FileManager.default.createDirectory(
                at: specs.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        try Data(main.utf8).write(to: specs.appendingPathComponent("main.swift"))
    }

    /// Runs `specs <arguments>` on the package.
    func run(_ arguments: [String], stacks: [Stack] = []) -> (status: Int32, out: String, err: String) {
        let recorder = RecordingConsole()
        let status = VigilCLI.run(arguments: arguments, stacks: stacks, package: package, console: recorder.console)
        return (status, recorder.out, recorder.err)
    }

    /// Every file below the package, relative to it, with its text.
    func contents() throws -> [String: String] {
        let enumerator = try #require(FileManager.default.enumerator(atPath: root.path))
        var files: [String: String] = [:]
        while let path = enumerator.nextObject() as? String {
            let url = root.appendingPathComponent(path)
            guard let data = FileManager.default.contents(atPath: url.path) else { continue }
            files[path] = String(decoding: data, as: UTF8.self)
        }
        return files
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}
