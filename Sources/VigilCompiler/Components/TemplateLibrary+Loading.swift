import Foundation
import VigilBackends
import VigilModel

extension TemplateLibrary {
    /// Reads every file below `folder`, at any depth, skipping hidden files. A folder that does not exist
    /// gives an empty library.
    public init(contentsOf folder: URL) throws {
        var files: [String: String] = [:]
        let base = folder.standardizedFileURL.path + "/"
        let enumerator = FileManager.default.enumerator(
            at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        while let url = enumerator?.nextObject() as? URL {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(base) else { continue }
            files[String(path.dropFirst(base.count))] = try String(contentsOf: url, encoding: .utf8)
        }
        self.init(files: files)
    }
}
