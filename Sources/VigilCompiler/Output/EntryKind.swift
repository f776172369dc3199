import Foundation

/// What a name in a folder is, as `lstat` sees it (a symbolic link is itself, never what it points to).
enum EntryKind: Hashable, Sendable, CustomStringConvertible {
    case file, folder, link, other

    /// The kind of the entry with status `info`.
    init(_ info: stat) {
        switch info.st_mode & S_IFMT {
        case S_IFREG: self = .file
        case S_IFDIR: self = .folder
        case S_IFLNK: self = .link
        default: self = .other
        }
    }

    var description: String {
        switch self {
        case .file: "a file"
        case .folder: "a folder"
        case .link: "a symbolic link"
        case .other: "a special file"
        }
    }
}
