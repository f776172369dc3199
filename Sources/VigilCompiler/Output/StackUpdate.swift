import VigilBackends
import VigilModel

/// What writing one stack's files would change in its folder, and what stands in the way, worked out by reading
/// only: `generate` carries it out (``OutputWriter``), `check` reports it (``DriftCheck``).
struct StackUpdate {
    typealias Drift = DriftCheck.Drift

    /// The stack folder.
    let folder: StackFolder
    /// Files to write, each with the drift that makes it necessary; the manifest comes last.
    private(set) var writes: [(file: OutputFile, drift: Drift)] = []
    /// Paths whose contents and mode are already right.
    private(set) var unchanged: [String] = []
    /// Regular files to delete, each with why: generated before and no longer produced, or a stray temporary file.
    private(set) var removals: [(path: String, drift: Drift)] = []
    /// Folders to give mode 0755.
    private(set) var folderModes: [(path: String, drift: Drift)] = []
    /// `.gitignore` files kept although the stack no longer produces them, because their folder keeps other files
    /// (a stack's secrets, for one): they stop being listed in the manifest, so vigil never deletes them later.
    private(set) var kept: [String] = []
    /// What stops the update: while there is any, `generate` writes nothing.
    private(set) var obstacles: [Drift] = []
    /// What is reported and left alone.
    private(set) var notices: [Drift] = []

    /// Every drift, for `check`.
    var drifts: [Drift] {
        writes.map(\.drift) + removals.map(\.drift) + folderModes.map(\.drift) + obstacles + notices
    }

    /// The update that brings `folder` to hold `files`: none for a stack that the specs no longer declare, whose
    /// generated files, manifest included, are then deleted.
    init(files: [OutputFile], in folder: StackFolder) throws {
        self.folder = folder
        let previous = try folder.previousManifest()
        let listed = Set(previous.paths + [Manifest.path])
        let produced = Set(files.map(\.path))
        for line in previous.ignoredLines {
            notices.append(
                Drift(
                    path: folder.displayPath(Manifest.path), kind: .ignored,
                    detail: "line '\(line)' is not a plain relative path inside the stack folder; vigil ignores it"))
        }
        try planStaging()
        for file in files {
            try plan(file, listed: listed.contains(file.path))
        }
        for path in previous.paths + [Manifest.path] where !produced.contains(path) {
            try planRemoval(of: path)
        }
        try keepGitignores()
        var producedFolders: Set<String> = [""]
        for path in produced {
            var folder = StackFolder.split(path).folder
            while producedFolders.insert(folder).inserted, !folder.isEmpty {
                folder = StackFolder.split(folder).folder
            }
        }
        try scan("", producedFolders: producedFolders, produced: produced, loader: nil)
    }

    /// Notes the staging folder of an interrupted run (which `generate` recovers before planning).
    private mutating func planStaging() throws {
        let building = StagingArea.buildingName(of: folder.name)
        if case .folder = try folder.root.subfolder(building) {
            let detail = "the new stack folder it was building: generate deletes it"
            notices.append(Drift(path: folder.root.path(building), kind: .interrupted, detail: detail))
        }
        // A stack folder that is not a folder stops each file's plan.
        guard case .open(let directory) = try folder.folder("") else { return }
        switch try directory.subfolder(StagingArea.folderName) {
        case .absent:
            return
        case .other(let kind):
            block(StagingArea.folderName, "\(kind) where vigil keeps its staging folder")
        case .folder(let staging):
            let committed = try staging.status(StagingArea.journalName) != nil
            let detail =
                committed
                ? "its update was committed: generate finishes it" : "no committed journal: generate deletes it"
            notices.append(
                Drift(path: folder.displayPath(StagingArea.folderName), kind: .interrupted, detail: detail))
        }
    }

    /// Plans one generated file.
    private mutating func plan(_ file: OutputFile, listed: Bool) throws {
        let (parent, name) = StackFolder.split(file.path)
        let path = folder.displayPath(file.path)
        let directory: Directory
        switch try folder.folder(parent) {
        case .blocked(let blocked, let kind): return block(blocked, "\(kind) where the specs generate a folder")
        case .absent: return writes.append((file, Drift(path: path, kind: .missing)))
        case .open(let open): directory = open
        }
        switch try directory.compare(name, with: file.bytes) {
        case .absent:
            writes.append((file, Drift(path: path, kind: .missing)))
        case .file(let mode, matches: true) where mode == Directory.fileMode:
            unchanged.append(file.path)
        case .file(let mode, matches: true):
            writes.append((file, Drift(path: path, kind: .mode, detail: "0" + String(mode, radix: 8))))
        case .file where listed:
            writes.append((file, Drift(path: path, kind: .drifted)))
        case .other(.link) where listed:
            let detail = "a symbolic link where the specs generate a file: generate replaces the link, not its target"
            writes.append((file, Drift(path: path, kind: .drifted, detail: detail)))
        case .file, .other(.link):
            obstacles.append(Drift(path: path, kind: .notGenerated))
        case .other(let kind):
            block(file.path, "\(kind) where the specs generate a file")
        }
    }

    /// Plans the deletion of a file the previous manifest lists and the stack no longer produces: only a regular
    /// file, reached without following a link, is deleted.
    private mutating func planRemoval(of path: String) throws {
        let (parent, name) = StackFolder.split(path)
        let listedButNot = "listed in \(Manifest.path), but"
        switch try folder.folder(parent) {
        case .absent:
            return
        case .blocked(let blocked, let kind):
            let detail = "\(listedButNot) \(folder.displayPath(blocked)) is \(kind); vigil does not delete it"
            notices.append(Drift(path: folder.displayPath(path), kind: .ignored, detail: detail))
        case .open(let directory):
            guard let info = try directory.status(name) else { return }
            guard EntryKind(info) == .file else {
                let detail = "\(listedButNot) \(EntryKind(info)), not a file; vigil does not delete it"
                return notices.append(Drift(path: folder.displayPath(path), kind: .ignored, detail: detail))
            }
            removals.append((path, Drift(path: folder.displayPath(path), kind: .extra)))
        }
    }

    /// Keeps each `.gitignore` to delete whose folder keeps other entries: it is what keeps them out of git.
    private mutating func keepGitignores() throws {
        let leaving = Set(removals.map(\.path))
        for (index, removal) in removals.enumerated().reversed() {
            let (parent, name) = StackFolder.split(removal.path)
            guard name == ".gitignore", case .open(let directory) = try folder.folder(parent) else { continue }
            let staying = try directory.names().contains { other in
                !leaving.contains(parent.isEmpty ? other : parent + "/" + other)
            }
            if staying {
                removals.remove(at: index)
                kept.append(removal.path)
            }
        }
    }

    /// Looks through the folder at `path` and the folders below it that hold generated files or that a tool loads:
    /// a folder's mode, stray temporary files, and in a loaded folder (`loader`) files vigil did not generate.
    private mutating func scan(
        _ path: String, producedFolders: Set<String>, produced: Set<String>, loader: String?
    ) throws {
        guard case .open(let directory) = try folder.folder(path) else { return }
        if producedFolders.contains(path), case let mode = try directory.mode(), mode != Directory.folderMode {
            let drift = Drift(path: folder.displayPath(path), kind: .mode, detail: "0" + String(mode, radix: 8))
            folderModes.append((path, drift))
        }
        let removing = Set(removals.map(\.path))
        for name in try directory.names().sorted() {
            let child = path.isEmpty ? name : path + "/" + name
            if produced.contains(child) || removing.contains(child) || child == StagingArea.folderName {
                continue
            }
            if name.hasPrefix("."), name.hasSuffix(".vigil-tmp") {
                try planStray(child, in: directory, name: name)
            } else if producedFolders.contains(child) || LoadedFolders.loaders[child] != nil {
                try scan(
                    child, producedFolders: producedFolders, produced: produced,
                    loader: LoadedFolders.loaders[child] ?? loader)
            } else if let loader {
                if case .folder = try directory.subfolder(name) {
                    try scan(child, producedFolders: producedFolders, produced: produced, loader: loader)
                } else {
                    notices.append(Drift(path: folder.displayPath(child), kind: .unlisted, detail: loader))
                }
            }
        }
    }

    /// Plans the deletion of the temporary file `name` that an earlier vigil left in `directory`: deleted when it is
    /// a regular file, reported otherwise.
    private mutating func planStray(_ path: String, in directory: Directory, name: String) throws {
        guard let info = try directory.status(name) else { return }
        let drift = Drift(path: folder.displayPath(path), kind: .stray)
        guard EntryKind(info) == .file else {
            var notice = drift
            notice.detail = "\(EntryKind(info)), not a file: vigil does not delete it, delete it by hand"
            return notices.append(notice)
        }
        var removal = drift
        removal.detail = "generate deletes it"
        removals.append((path, removal))
    }

    /// Records that something is in the way at `path`, once.
    private mutating func block(_ path: String, _ detail: String) {
        let drift = Drift(path: folder.displayPath(path), kind: .blocked, detail: detail)
        if !obstacles.contains(drift) { obstacles.append(drift) }
    }
}
