import VigilModel

/// The folder of a log file glob, mounted read-only into Alloy: an absolute path at the same path, a path
/// relative to the stack folder below ``LogsLowering/stackLogsMount``.
struct FileLogMount {
    /// The glob as written, e.g. `/var/log/app/*.log`.
    var path: String
    /// Where it was written.
    var location: SourceLocation

    /// The folder part of the glob: everything before the last `/`.
    var folder: String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let folder = String(path[..<slash])
        return folder.isEmpty ? "/" : folder
    }

    /// The file name pattern after the folder.
    var pattern: String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// Whether the folder is a host path rather than one inside the stack folder.
    var isAbsolute: Bool { path.hasPrefix("/") }

    /// The folder inside Alloy's container.
    var folderInContainer: String {
        isAbsolute ? folder : LogsLowering.stackLogsMount + "/" + folder.trimmingPrefix("./")
    }

    /// The glob as Alloy sees it.
    var pathInContainer: String { folderInContainer + "/" + pattern }

    /// The read-only mount of the folder, whose files Alloy ships as `job`.
    func volume(job: String) -> ResolvedVolume {
        ResolvedVolume(
            source: isAbsolute
                ? .host(
                    folder,
                    purpose:
                        "the log files of job '\(job)', which Alloy's uid \(LogsLowering.alloyUser.uid) must be able to read"
                ) : .stackFolder(folder),
            target: folderInContainer, readOnly: true, location: location)
    }

    /// An Alloy component label for the files of `job`: letters, digits and underscores.
    func componentName(job: String) -> String {
        String(job.map { $0.isLetter || $0.isNumber ? $0 : "_" })
    }
}
