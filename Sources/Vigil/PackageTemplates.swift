import Foundation
import VigilCompiler

/// Finds and reads the package's `templates/` folder.
enum PackageTemplates {
    /// The folder's name at the package root.
    static let folderName = "templates"

    /// The templates of the package whose `specs/` folder holds `specsFile`, or else of the working
    /// directory; an empty library when neither has a `templates/` folder.
    static func load(specsFile: String) throws -> TemplateLibrary {
        let packageRoot = URL(fileURLWithPath: specsFile).deletingLastPathComponent().deletingLastPathComponent()
        let candidates = [
            packageRoot.appendingPathComponent(folderName, isDirectory: true),
            URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(
                folderName, isDirectory: true),
        ]
        var isDirectory: ObjCBool = false
        guard
            let folder = candidates.first(where: {
                FileManager.default.fileExists(atPath: $0.path, isDirectory: &isDirectory) && isDirectory.boolValue
            })
        else { return TemplateLibrary() }
        return try TemplateLibrary(contentsOf: folder)
    }
}
