/// Paths relative to a stack folder.
package enum StackFolderPath {
    /// Whether `path`, relative to the stack folder, names something inside it: `..` never climbs above it.
    package static func staysInside(_ path: String) -> Bool {
        guard !path.hasPrefix("/") else { return false }
        var depth = 0
        for part in path.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": depth -= 1
            default: depth += 1
            }
            if depth < 0 { return false }
        }
        return true
    }
}
