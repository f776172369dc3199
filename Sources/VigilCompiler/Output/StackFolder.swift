import Foundation

/// A stack's folder on disk, below the output directory: what vigil wrote there before, and its files.
struct StackFolder {
    /// The stack folder.
    let url: URL

    /// The folder of stack `name` below `root`.
    init(root: URL, name: String) {
        url = root.appendingPathComponent(name, isDirectory: true)
    }

    /// The manifest written by the last generation, or an empty one when there is none.
    var previousManifest: Manifest {
        contents(of: Manifest.path).map(Manifest.init(parsing:)) ?? Manifest(paths: [])
    }

    /// Whether a manifest exists, i.e. vigil generated into this folder before.
    var hasManifest: Bool {
        FileManager.default.fileExists(atPath: fileURL(Manifest.path).path)
    }

    /// The URL of a file given by its path relative to the folder.
    func fileURL(_ path: String) -> URL {
        url.appendingPathComponent(path, isDirectory: false)
    }

    /// A file's path as shown to people: relative when the output directory was given relatively.
    func displayPath(_ path: String) -> String {
        fileURL(path).relativePath
    }

    /// A file's text, or `nil` when it does not exist or is not UTF-8.
    func contents(of path: String) -> String? {
        guard let data = FileManager.default.contents(atPath: fileURL(path).path) else { return nil }
        return String(data: data, encoding: .utf8)
    }

    /// Whether a file exists at a relative path.
    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: fileURL(path).path)
    }

    /// The names of the stack folders below `root` that hold a manifest.
    static func generatedStackNames(in root: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.filter { StackFolder(root: root, name: $0).hasManifest }.sorted()
    }
}
