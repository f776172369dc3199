import VigilCore

extension SourceLocation {
    /// The file relative to the package root, the same on every machine: the path from the folder named after
    /// the file's module on (`specs/AutoDealGenie/AutoDealGenie+Backend.swift`), or the file ID (`specs/Backend.swift`) when
    /// no folder in the path carries the module's name.
    package var packagePath: String {
        let module = fileID.split(separator: "/").first.map(String.init) ?? ""
        let components = filePath.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard let start = components.lastIndex(of: module), start < components.count - 1 else { return fileID }
        return components[start...].joined(separator: "/")
    }

    /// `specs/AutoDealGenie/AutoDealGenie+Backend.swift:42`: where a diagnostic's hint points at another declaration.
    package var reference: String { "\(packagePath):\(line)" }
}
