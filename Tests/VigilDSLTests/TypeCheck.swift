import Foundation
import Testing

/// Spec code that must not compile, type-checked by `swiftc` against the VigilDSL module of this build: the
/// tests read the compiler's message, the wording the DSL's unavailable overloads give.
enum TypeCheck {
    /// What `swiftc -typecheck` prints for `source`, which must fail.
    static func failure(of source: String) throws -> String {
        let modules = try #require(modulesFolder(), "the build's Modules folder was not found")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("spec-\(UUID().uuidString).swift")
        try source.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["swiftc", "-typecheck", "-I", modules.path, file.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus != 0, "\(source) compiled")
        return text
    }

    /// The `Modules` folder of the build that holds this test binary, where `VigilDSL.swiftmodule` is.
    static func modulesFolder() -> URL? {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while folder.path != "/" {
            let modules = folder.appendingPathComponent("Modules")
            if FileManager.default.fileExists(atPath: modules.appendingPathComponent("VigilDSL.swiftmodule").path) {
                return modules
            }
            folder.deleteLastPathComponent()
        }
        return nil
    }
}
