import Foundation

/// A stack `specs new` is about to write: its folder under `specs/`, its files, and `specs/main.swift` with the
/// stack registered. Made only when nothing refuses the name, so that a refused name writes nothing.
struct NewStack {
    /// Why a name was refused.
    struct Refusal: Error, CustomStringConvertible {
        var description: String
    }

    /// The stack's folder, `specs/<Name>/`.
    var folder: URL
    /// Its files, by name, and what they hold.
    var files: [(name: String, text: String)]
    /// `specs/main.swift`.
    var mainFile: URL
    /// The text of `specs/main.swift` with the stack registered.
    var mainText: String

    /// The stack `name` of `package`, from `scaffold`, beside the stacks the specs declare (`declared`, their
    /// names under `generated/`). Refuses a name that is not an UpperCamelCase identifier, that would shadow a
    /// type the scaffold uses or another of Vigil's, or that is taken, ignoring case: by a folder of `specs/`, by an enum the list of
    /// `specs/main.swift` registers, or by a declared stack.
    init(name: String, package: SpecsPackage, scaffold: StackScaffold, declared: [String]) throws {
        try self.init(
            name: name, package: package, files: scaffold.files(named: name), referencedTypes: scaffold.referencedTypes,
            declared: declared)
    }

    /// The stack `name` of `package` with the files `files`, whose code refers to `referencedTypes`; refused as
    /// the scaffold's stack is.
    init(
        name: String, package: SpecsPackage, files: [(name: String, text: String)], referencedTypes: Set<String>,
        declared: [String]
    ) throws {
        if let problem = StackName.problem(with: name) { throw Refusal(description: problem) }
        if referencedTypes.contains(name) {
            throw Refusal(description: "'\(name)' would hide Vigil's \(name), which the stack's files use")
        }
        if VigilTypes.declares(name) {
            throw Refusal(description: "'\(name)' would hide Vigil's \(name) from every stack of the package")
        }
        let specs = package.specsFolder.lastPathComponent
        let entries = try FileManager.default.contentsOfDirectory(atPath: package.specsFolder.path)
        if let taken = entries.first(where: { $0.lowercased() == name.lowercased() }) {
            throw Refusal(description: "\(specs)/\(taken) already exists")
        }
        let registry = StackRegistry(text: try String(contentsOf: package.mainFile, encoding: .utf8))
        if let taken = registry.registered.first(where: { $0.lowercased() == name.lowercased() }) {
            throw Refusal(description: "\(specs)/main.swift already registers \(taken).stack")
        }
        if declared.contains(name.lowercased()) {
            throw Refusal(description: "a stack named '\(name.lowercased())' is already declared")
        }
        guard let mainText = registry.adding(name) else {
            throw Refusal(
                description: "\(specs)/main.swift has no `<Name>.stack,` line in its list of stacks to add "
                    + "\(name).stack after")
        }
        folder = package.specsFolder.appendingPathComponent(name, isDirectory: true)
        self.files = files
        mainFile = package.mainFile
        self.mainText = mainText
    }

    /// Writes the folder and its files, then registers the stack; removes the folder again when a write fails.
    func write() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        do {
            for file in files {
                try Data(file.text.utf8).write(
                    to: folder.appendingPathComponent(file.name), options: .withoutOverwriting)
            }
            try Data(mainText.utf8).write(to: mainFile, options: .atomic)
        } catch {
            try? FileManager.default.removeItem(at: folder)
            throw error
        }
    }
}
