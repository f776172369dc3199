/// The record of one stack update, committed in the staging folder before the first change to the stack's files:
/// which staged file goes to which path, and which files are deleted, in the order the steps are applied.
///
/// Its text is a comment line, then a line a step: `put<TAB><staged name><TAB><path>` or `remove<TAB><path>`.
struct WriteJournal: Hashable {
    /// One change to the stack folder.
    enum Step: Hashable {
        /// Rename the staged file `staged` onto `path`.
        case put(staged: String, path: String)
        /// Delete the regular file at `path`, and the folders that this leaves empty.
        case remove(path: String)

        /// The path in the stack folder that the step changes.
        var path: String {
            switch self {
            case .put(_, let path), .remove(let path): path
            }
        }
    }

    static let comment = "# vigil's pending update of this stack folder: `specs generate` applies it, in order."

    /// The steps, in the order they are applied.
    var steps: [Step]

    /// A journal of these steps.
    init(steps: [Step]) {
        self.steps = steps
    }

    /// Reads a journal's text; `nil` when a line is not a step, or names a path that is not plain (see
    /// ``Manifest/isPlainPath(_:)``) or a staged file outside the staging folder.
    init?(parsing text: String) {
        var steps: [Step] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            switch (fields.first, fields.count) {
            case ("put", 3)
            where !fields[1].contains("/") && Manifest.isPlainPath(fields[1]) && Manifest.isPlainPath(fields[2]):
                steps.append(.put(staged: String(fields[1]), path: String(fields[2])))
            case ("remove", 2) where Manifest.isPlainPath(fields[1]):
                steps.append(.remove(path: String(fields[1])))
            default:
                return nil
            }
        }
        self.init(steps: steps)
    }

    /// The journal as text.
    var text: String {
        let lines = steps.map { step in
            switch step {
            case .put(let staged, let path): "put\t\(staged)\t\(path)"
            case .remove(let path): "remove\t\(path)"
            }
        }
        return ([Self.comment] + lines).joined(separator: "\n") + "\n"
    }
}
