import Foundation
import VigilModel

/// The files of the guide and of its examples, read from the package.
enum GuideFiles {
    /// The package's root folder.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // GuideExamplesTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    /// `docs/guide/`.
    static let guide = packageRoot.appendingPathComponent("docs/guide")

    /// The folder of the examples' Swift files.
    static let pages = packageRoot.appendingPathComponent("Tests/GuideExamplesTests/Pages")

    /// The package's `templates/` folder, read as the command line reads it.
    static let templates: TemplateLibrary = {
        // The folder is part of the repository: a missing one is a broken checkout, reported by the first test.
        (try? TemplateLibrary(contentsOf: packageRoot.appendingPathComponent("templates"))) ?? TemplateLibrary()
    }()

    /// The text of `name` in `docs/guide/`.
    static func document(_ name: String) throws -> String {
        try String(contentsOf: guide.appendingPathComponent(name), encoding: .utf8)
    }

    /// The text of the examples' file `name`.
    static func examples(_ name: String) throws -> String {
        try String(contentsOf: pages.appendingPathComponent(name), encoding: .utf8)
    }

    /// The Markdown files of `docs/guide/`, sorted.
    static func documents() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: guide.path).filter { $0.hasSuffix(".md") }.sorted()
    }
}
