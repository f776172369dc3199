import Foundation
import VigilBackends
import VigilModel

/// The folder `.vigil-staging` in a stack folder, where the writer prepares an update of the stack so that the
/// update is one step: a run that is killed half way leaves either the old files or, on the next `generate`, the
/// new ones.
///
/// An update goes:
/// 1. every new or changed file is written into the staging folder, under a name nobody can guess
///    (`O_EXCL`, mode 0644);
/// 2. the journal (``WriteJournal``) is written beside them and renamed to `journal`: that commits the update;
/// 3. its steps are applied in order: each staged file is renamed onto its path, each stale file is deleted,
///    the stack's new manifest comes last;
/// 4. the journal is deleted, then the staging folder.
///
/// A stack folder that does not exist yet is built whole beside it instead, in `.<stack>.vigil-staging` in the output
/// folder, and renamed into place: one rename commits it, and nothing is deleted (an empty output folder is the
/// measured case, and on ext4 every deleted file makes creating the next ones slower).
///
/// The next `generate` finds what a killed run left (``recover(_:)``): a staging folder without a journal, or a stack
/// folder being built, is deleted (roll back: the stack's files were not touched yet); with a journal, its steps are
/// applied again (roll forward: a staged file that is gone was moved already, a file to delete that is gone was
/// deleted). Until then `check` reports the folder. Nothing is flushed to the disk (`fsync`): this protects against
/// a killed process, not against a power loss, and generated files can always be generated again.
struct StagingArea {
    /// The staging folder's name in the stack folder.
    static let folderName = ".vigil-staging"
    /// The committed journal's name in the staging folder.
    static let journalName = "journal"

    /// The name, in the output folder, of the folder a new stack folder `stackName` is built in. It can be guessed,
    /// but it lies in the output folder, which is trusted, and every file in it is created with `O_EXCL`.
    static func buildingName(of stackName: String) -> String {
        ".\(stackName)\(folderName)"
    }

    /// The stack folder being updated.
    private let stack: StackFolder
    /// The staging folder.
    private let folder: Directory
    /// The random start of the staged files' names.
    private let token = String(UInt64.random(in: .min ... .max), radix: 16)

    /// Creates the staging folder, and the stack folder when it is missing. A failure is reported against
    /// `target`, the first file the update writes or deletes.
    private init(in stack: StackFolder, target: String) throws {
        self.stack = stack
        do {
            folder = try stack.makeFolder("").makeSubfolder(Self.folderName)
        } catch let error as OutputFileError {
            throw error.reported(against: stack.displayPath(target))
        }
    }

    /// Updates `stack` in one step: writes `files` and deletes the regular files at `removals`, the manifest
    /// last. When staging fails the staging folder is deleted and the stack's files are as before; when applying
    /// fails, the error says that the next `generate` finishes the update.
    static func update(_ stack: StackFolder, writing files: [OutputFile], removing removals: [String]) throws {
        guard let target = files.first?.path ?? removals.first else { return }
        if removals.isEmpty, case .absent = try stack.folder("") {
            return try build(stack, files)
        }
        let staging = try StagingArea(in: stack, target: target)
        let journal: WriteJournal
        do {
            var steps: [WriteJournal.Step] = []
            for (index, file) in files.enumerated() {
                let name = "\(staging.token)-\(index + 1)"
                try staging.folder.create(name, contents: file.bytes, target: stack.displayPath(file.path))
                steps.append(.put(staged: name, path: file.path))
            }
            steps += removals.map { .remove(path: $0) }
            // The manifest last: until it is in place, the old one still lists every file of the old generation.
            journal = WriteJournal(
                steps: steps.filter { $0.path != Manifest.path } + steps.filter { $0.path == Manifest.path })
            let name = "\(staging.token)-journal"
            try staging.folder.create(
                name, contents: Array(journal.text.utf8), target: staging.folder.path(journalName))
            _ = try staging.folder.move(name, to: staging.folder, as: journalName)
        } catch {
            try? stack.makeFolder("").removeTree(folderName)
            throw error
        }
        do {
            try apply(journal, from: staging.folder, to: stack)
        } catch let error as OutputFileError {
            let pending = "; the update is committed in \(staging.folder.displayPath): the next generate finishes it"
            throw OutputFileError(error.path, error.problem + pending, code: error.code)
        }
    }

    /// Builds the new stack folder `stack` beside it (``buildingName(of:)``) and renames it into place.
    private static func build(_ stack: StackFolder, _ files: [OutputFile]) throws {
        let building = StackFolder(root: stack.root, name: buildingName(of: stack.name))
        do {
            for file in files {
                let (folder, name) = StackFolder.split(file.path)
                let target = stack.displayPath(file.path)
                do {
                    try building.makeFolder(folder).create(name, contents: file.bytes, target: target)
                } catch let error as OutputFileError {
                    throw error.reported(against: target)
                }
            }
            _ = try stack.root.move(building.name, to: stack.root, as: stack.name)
        } catch {
            try? stack.root.removeTree(building.name)
            throw error
        }
    }

    /// Applies `journal`'s steps that are still to do, then deletes the journal and the staging folder.
    private static func apply(_ journal: WriteJournal, from staging: Directory, to stack: StackFolder) throws {
        for step in journal.steps {
            switch step {
            case .put(let staged, let path):
                let (folder, name) = StackFolder.split(path)
                _ = try staging.move(staged, to: try stack.makeFolder(folder), as: name)
            case .remove(let path):
                let (folder, name) = StackFolder.split(path)
                guard case .open(let directory) = try stack.folder(folder),
                    let info = try directory.status(name), EntryKind(info) == .file
                else { continue }
                try directory.remove(name)
                try stack.removeEmptyFolders(from: folder)
            }
        }
        try staging.remove(journalName)
        try stack.makeFolder("").removeTree(folderName)
    }

    /// Finishes the update that a run killed half way left in `stack`, if any: rolls it back when its journal was
    /// not committed, forward when it was. A staging folder that is a link or a file is left for the plan to
    /// report.
    static func recover(_ stack: StackFolder) throws -> OutputWriter.Recovery? {
        if case .folder = try stack.root.subfolder(buildingName(of: stack.name)) {
            try stack.root.removeTree(buildingName(of: stack.name))
            return .rolledBack
        }
        guard case .open(let directory) = try stack.folder(""),
            case .folder(let staging) = try directory.subfolder(folderName)
        else { return nil }
        guard let text = try staging.read(journalName) else {
            try directory.removeTree(folderName)
            return .rolledBack
        }
        guard let journal = WriteJournal(parsing: text) else {
            throw OutputFileError(
                staging.path(journalName),
                "damaged journal of an interrupted run; delete \(staging.displayPath) and generate again")
        }
        try apply(journal, from: staging, to: stack)
        return .rolledForward
    }
}
