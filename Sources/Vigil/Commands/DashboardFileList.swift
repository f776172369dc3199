import Foundation

/// The dashboards `specs import --dashboards` names: the `.json` files of a folder and of its subfolders, sorted
/// by path, each with its text and its Grafana folder: the name of the subfolder right under the given folder
/// (as `generated/<stack>/grafana/dashboards/<folder>/` lays them out), none for a file directly in it.
struct DashboardFileList {
    /// The folder as given.
    var folder: String

    /// Each file's path, text and Grafana folder.
    func files() throws -> [(name: String, text: String, folder: String?)] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: folder])
        }
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        let relative = enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".json") }.sorted()
        return try relative.map { path in
            let components = path.split(separator: "/")
            let name = (folder as NSString).appendingPathComponent(path)
            return (
                name, try String(contentsOfFile: name, encoding: .utf8),
                components.count > 1 ? String(components[0]) : nil
            )
        }
    }
}
