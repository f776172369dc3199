import Foundation

/// The rule files `specs import --rules` names: each file as given, each folder's `.yml`, `.yaml` and
/// `.rules` files (not its subfolders'), sorted by name, each with its text.
struct RuleFileList {
    /// The extensions of rule files in a folder.
    static let extensions: Set<String> = ["yml", "yaml", "rules"]

    /// The paths as given.
    var paths: [String]

    /// Each file's path and text.
    func files() throws -> [(name: String, text: String)] {
        try paths.flatMap { path -> [String] in
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: path])
            }
            guard isFolder.boolValue else { return [path] }
            return try FileManager.default.contentsOfDirectory(atPath: path).sorted()
                .filter { Self.extensions.contains(($0 as NSString).pathExtension) }
                .map { (path as NSString).appendingPathComponent($0) }
        }
        .map { ($0, try String(contentsOfFile: $0, encoding: .utf8)) }
    }
}
