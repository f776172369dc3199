import Foundation

/// The stack `specs new` writes: the Swift files of a template folder, which name the stack `StackTemplate`
/// (its enum, and the start of its file names) and `stacktemplate` (its name under `generated/`, its job and its
/// runbooks). The template is a stack the tests compile, generate and prove with the real tools
/// (`Tests/VigilTests/StackTemplate/`), so a scaffold is as sound as it is.
struct StackScaffold {
    /// The name the template's enum and files carry.
    static let placeholder = "StackTemplate"

    /// The template's files, by name, sorted.
    var files: [(name: String, text: String)]

    /// A template folder without a Swift file.
    struct EmptyTemplate: Error, CustomStringConvertible {
        var description: String { "it holds no Swift file" }
    }

    /// A template of `files`.
    init(files: [(name: String, text: String)]) {
        self.files = files
    }

    /// The template in `folder`: each `.swift` file directly in it.
    init(contentsOf folder: URL) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".swift") }.sorted()
        guard !names.isEmpty else { throw EmptyTemplate() }
        files = try names.map { name in
            (name, try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
        }
    }

    /// The capitalised identifiers the template's code refers to (`Stack`, `Counter`, ...), outside comments and
    /// string literals, but the placeholder: a stack named like one of them would hide it, and the scaffold would
    /// not compile.
    var referencedTypes: Set<String> {
        let code = files.flatMap { file in
            file.text.split(separator: "\n").filter { !$0.drop { $0 == " " }.hasPrefix("//") }
                .flatMap { $0.split(separator: "\"", omittingEmptySubsequences: false).enumerated() }
                .filter { $0.offset.isMultiple(of: 2) }.map(\.element)
        }
        let words = code.flatMap { $0.split { !($0.isLetter || $0.isNumber || $0 == "_") } }
        return Set(words.filter { $0.first?.isUppercase == true }.map(String.init)).subtracting([Self.placeholder])
    }

    /// The files of the stack `name` (an UpperCamelCase identifier): each template file with the placeholder
    /// replaced in its name and text, and the placeholder's lowercase form by `name` lowercased.
    func files(named name: String) -> [(name: String, text: String)] {
        files.map { file in
            (
                file.name.replacingOccurrences(of: Self.placeholder, with: name),
                file.text.replacingOccurrences(of: Self.placeholder, with: name)
                    .replacingOccurrences(of: Self.placeholder.lowercased(), with: name.lowercased())
            )
        }
    }
}
