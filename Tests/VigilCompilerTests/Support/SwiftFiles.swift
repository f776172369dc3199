import Foundation

/// The package's own Swift files, for tests that read its source text.
enum SwiftFiles {
    /// The package's root folder.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // VigilCompilerTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    /// The `.swift` files below `folder`, sorted by path.
    static func below(_ folder: URL) throws -> [URL] {
        let paths = try FileManager.default.subpathsOfDirectory(atPath: folder.path)
        return paths.filter { $0.hasSuffix(".swift") }.sorted().map { folder.appendingPathComponent($0) }
    }
}
