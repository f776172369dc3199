import Foundation
import Testing

/// Type-checks Swift the importer writes with `swiftc`, against the modules of the build that holds this test
/// binary, where `Vigil.swiftmodule` is, and the package's system libraries' module maps.
enum SwiftTypeCheck {
    /// The module maps of the package's system libraries (`Sources/CYAML`, `Sources/CMalloc`).
    static let moduleMaps = ["CYAML", "CMalloc"].map { name in
        URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/\(name)/module.modulemap").standardizedFileURL.path
    }

    /// What `swiftc -typecheck` prints for `files` (name and text), and whether it passed; `nil` (with a printed
    /// line) when the build's modules or swiftc are not found.
    static func check(_ files: [(name: String, text: String)]) throws -> (passed: Bool, output: String)? {
        guard let modules = modules() else {
            print("skipped: the build's Modules folder with Vigil.swiftmodule was not found")
            return nil
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("typecheck-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = []
        for file in files {
            let url = folder.appendingPathComponent(file.name)
            try Data(file.text.utf8).write(to: url)
            paths.append(url.path)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments =
            ["swiftc", "-typecheck", "-parse-as-library", "-I", modules.path]
            + moduleMaps.flatMap { ["-Xcc", "-fmodule-map-file=\($0)"] } + paths
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus == 0, text)
    }

    private static func modules() -> URL? {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0])
        while folder.pathComponents.count > 1 {
            folder.deleteLastPathComponent()
            let candidate = folder.appendingPathComponent("Modules")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("Vigil.swiftmodule").path) {
                return candidate
            }
        }
        return nil
    }
}
