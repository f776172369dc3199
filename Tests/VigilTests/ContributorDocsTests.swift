import Foundation
import Testing

/// ARCHITECTURE.md and CONTRIBUTING.md stay true to the code: the paths they name exist, the types they name are
/// declared where the known-types table says, the module graph is Package.swift's, each source target imports only
/// what Package.swift lets it, and each walkthrough names every file that has to change. Each failure names the
/// stale reference and the document that holds it.
@Suite("Contributor docs match the code")
struct ContributorDocsTests {
    /// The package's root folder.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // VigilTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    static let architecture = "ARCHITECTURE.md"
    static let contributing = "CONTRIBUTING.md"
    static let documents = [architecture, contributing]

    /// The folders a backticked or linked path is checked in.
    static let checkedFolders = ["Sources/", "Tests/", "specs/", "scripts/", "docs/", "templates/"]

    /// Capitalised words the documents put in backticks that are not Vigil's types or targets: the standard
    /// library's protocols and file names without an extension.
    static let notVigilTypes: Set<String> = ["Comparable", "Hashable", "Sendable", "CaseIterable", "Makefile"]

    /// Modules of the system and the toolchain, which any target may import.
    static let systemModules: Set<String> = [
        "Foundation", "FoundationEssentials", "Dispatch", "Glibc", "Musl", "Darwin", "Synchronization", "Testing",
    ]

    /// For each walkthrough of CONTRIBUTING.md (its `##` heading), the files it must name: those of Sources and
    /// Tests with a line of code (not a comment) that holds one of the needles and matches the pattern, which finds
    /// every place that lists the cases of what the walkthrough adds, by the last one added of its kind.
    static let walkthroughs: [(heading: String, needles: [String], pattern: String)] = [
        (
            "Adding a Grafana panel kind", [".stateTimeline", "\"state-timeline\""],
            #"\bcase\b.*\.stateTimeline\b|"state-timeline""#
        ),
        (
            "Adding an Alertmanager receiver integration", [".rocketChat", "rocketchat_configs"],
            #"\bcase\b.*\.rocketChat\b|rocketchat_configs"#
        ),
        (
            "Adding an exporter and its metric catalogue", [".redis", "RedisExporterMetrics.all"],
            #"\bcase\b.*\.redis\b|RedisExporterMetrics\.all\b"#
        ),
        (
            "Adding an output target", ["TargetBackend", "OutputTarget.allCases"],
            #":\s*TargetBackend\b|TargetBackends\.all\b|OutputTarget\.allCases\b"#
        ),
    ]

    // MARK: - Tests

    @Test("every repository path in backticks or in a link exists", arguments: documents)
    func paths(document: String) throws {
        let text = try Self.prose(of: document)
        var stale: [String] = []
        let backticked = Self.backticked(in: text).filter { path in Self.checkedFolders.contains(where: path.hasPrefix)
        }
        for path in backticked + Self.linkTargets(in: text) {
            let checked = Self.literalPart(of: path)
            if !FileManager.default.fileExists(atPath: Self.root.appendingPathComponent(checked).path) {
                stale.append(checked == path ? path : "\(path) (its folder \(checked))")
            }
        }
        let list = stale.reduce(into: [String]()) { list, path in if !list.contains(path) { list.append(path) } }
        #expect(stale.isEmpty, "\(document) names paths that do not exist: \(list.joined(separator: ", "))")
    }

    @Test("each type of the known-types table is declared in the file the table names")
    func knownTypes() throws {
        let table = try Self.knownTypes()
        #expect(table.count > 50, "\(Self.architecture) has no known-types table (a `## Known types` section)")
        for (name, path) in table.sorted(by: { $0.key < $1.key }) {
            let url = Self.root.appendingPathComponent(path)
            guard let source = try? String(contentsOf: url, encoding: .utf8) else {
                Issue.record(
                    "\(Self.architecture): the known-types table puts `\(name)` in \(path), which does not exist")
                continue
            }
            #expect(
                Self.declarations(in: source).types.contains(name),
                "\(Self.architecture): the known-types table puts `\(name)` in \(path), which does not declare it")
        }
    }

    @Test("every type named in backticks is in the known-types table, and every member it names is declared")
    func namedTypes() throws {
        let table = try Self.knownTypes()
        let package = try Self.package()
        let modules = Set(package.keys).union(package.values.flatMap(\.dependencies))
        let declared = Self.declarations(in: try Self.swiftSources(below: ["Sources", "Tests"]).map(\.text))
        for document in Self.documents {
            var unknown: Set<String> = []
            var missingMembers: Set<String> = []
            for span in Self.backticked(in: try Self.prose(of: document)) {
                guard let components = Self.typeReference(span) else { continue }
                let head = components[0]
                guard !modules.contains(head), !Self.notVigilTypes.contains(head) else { continue }
                if table[head] == nil {
                    unknown.insert(head)
                    continue
                }
                for member in components.dropFirst() where !declared.members.contains(member) {
                    missingMembers.insert(span)
                }
            }
            let types = unknown.sorted().joined(separator: ", ")
            let members = missingMembers.sorted().joined(separator: ", ")
            #expect(
                unknown.isEmpty,
                "\(document) names types the known-types table of \(Self.architecture) does not list: \(types)")
            #expect(missingMembers.isEmpty, "\(document) names members no source declares: \(members)")
        }
    }

    @Test("the module graph holds exactly Package.swift's targets and their dependencies")
    func moduleGraph() throws {
        let package = try Self.package()
        let graph = try Self.moduleGraph()
        let declared = Set(package.flatMap { name, target in target.dependencies.map { Edge(from: name, to: $0) } })
        let nodes = Set(package.keys).union(package.values.flatMap(\.dependencies))
        let missingNodes = nodes.subtracting(graph.nodes).sorted().joined(separator: ", ")
        let extraNodes = graph.nodes.subtracting(nodes).sorted().joined(separator: ", ")
        let missingEdges = declared.subtracting(graph.edges).map(\.description).sorted().joined(separator: ", ")
        let extraEdges = graph.edges.subtracting(declared).map(\.description).sorted().joined(separator: ", ")
        let graphName = "\(Self.architecture)'s module graph"
        #expect(missingNodes.isEmpty, "\(graphName) lacks targets of Package.swift: \(missingNodes)")
        #expect(extraNodes.isEmpty, "\(graphName) shows modules Package.swift does not have: \(extraNodes)")
        #expect(missingEdges.isEmpty, "\(graphName) lacks dependencies Package.swift declares: \(missingEdges)")
        #expect(extraEdges.isEmpty, "\(graphName) shows dependencies Package.swift does not declare: \(extraEdges)")
    }

    @Test("each source target imports only the modules Package.swift lists for it")
    func imports() throws {
        for (name, target) in try Self.package() where !target.isTest {
            let allowed = Set(target.dependencies).union(Self.systemModules)
            var found: [String] = []
            for file in try Self.swiftSources(below: [target.path]) {
                for module in Self.importedModules(in: file.text) where !allowed.contains(module) {
                    found.append("\(file.path) imports \(module)")
                }
            }
            #expect(
                found.isEmpty,
                "target \(name) imports what Package.swift does not give it: \(found.joined(separator: "; "))")
        }
    }

    @Test("each walkthrough names every file that lists the cases of what it adds", arguments: walkthroughs.indices)
    func walkthroughFiles(index: Int) throws {
        let (heading, needles, pattern) = Self.walkthroughs[index]
        let sections = Self.sections(of: try Self.prose(of: Self.contributing))
        let section = try #require(
            sections.first { $0.heading == heading }?.text,
            "\(Self.contributing) has no section '## \(heading)'")
        let named = Set(Self.backticked(in: section))
        let regex = try Regex(pattern)
        let files = try Self.swiftSources(below: ["Sources", "Tests"]).filter { file in
            // Code only (a comment that mentions a case lists nothing), and not this test, which holds the patterns.
            !file.path.hasSuffix("/ContributorDocsTests.swift")
                && file.text.split(separator: "\n").contains { line in
                    needles.contains { line.contains($0) }
                        && !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") && line.contains(regex)
                }
        }
        .map(\.path)
        #expect(!files.isEmpty, "no file matches \(pattern); the walkthrough's pattern is stale")
        let missing = files.filter { !named.contains($0) }
        let list = missing.joined(separator: ", ")
        #expect(
            missing.isEmpty,
            "\(Self.contributing), '\(heading)', does not name these files, which list the cases it adds to: \(list)")
    }

    @Test("ARCHITECTURE.md names every target backend, emitter and rule group the stacks run")
    func pipelineParts() throws {
        let named = Set(Self.backticked(in: try Self.prose(of: Self.architecture)))
        let sources = try Self.swiftSources(below: ["Sources"])
        var parts: Set<String> = []
        let conformer = try Regex(#"(?:struct|enum|class)\s+(\w+)\s*:[^{]*\b(?:ArtefactEmitter|TargetBackend)\b"#)
        let ruleGroup = try Regex(#"\b(\w+Rules)\.all\b"#)
        for file in sources {
            for match in file.text.matches(of: conformer) {
                if let name = match.output[1].substring { parts.insert(String(name)) }
            }
            guard file.path.hasSuffix("/StackValidator.swift") || file.path.hasSuffix("Backend.swift") else { continue }
            for match in file.text.matches(of: ruleGroup) {
                if let name = match.output[1].substring { parts.insert(String(name)) }
            }
        }
        #expect(parts.count > 20, "found only \(parts.sorted()) in Sources; the patterns are stale")
        let missing = parts.subtracting(named).sorted()
        #expect(missing.isEmpty, "\(Self.architecture) does not name \(missing.joined(separator: ", "))")
    }

    // MARK: - Reading the documents

    /// The text of `document` without its fenced code blocks.
    static func prose(of document: String) throws -> String {
        let text = try String(contentsOf: root.appendingPathComponent(document), encoding: .utf8)
        return fencedBlocks(in: text).prose
    }

    /// The lines outside fenced code blocks, and each block with its info string.
    static func fencedBlocks(in text: String) -> (prose: String, blocks: [(info: String, lines: [String])]) {
        var prose: [String] = []
        var blocks: [(info: String, lines: [String])] = []
        var open: (info: String, lines: [String])?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("```") {
                if let block = open {
                    blocks.append(block)
                    open = nil
                } else {
                    open = (String(trimmed.dropFirst(3)).trimmingCharacters(in: .whitespaces), [])
                }
            } else if open != nil {
                open?.lines.append(line)
            } else {
                prose.append(line)
            }
        }
        return (prose.joined(separator: "\n"), blocks)
    }

    /// The contents of every backtick span of `text`.
    static func backticked(in text: String) -> [String] {
        text.matches(of: #/`([^`\n]+)`/#).map { String($0.output.1) }
    }

    /// The targets of the Markdown links of `text` that are paths in the repository.
    static func linkTargets(in text: String) -> [String] {
        text.matches(of: #/\]\(([^)\s]+)\)/#).map { String($0.output.1) }.filter {
            !$0.contains("://") && !$0.hasPrefix("#") && !$0.hasPrefix("mailto:")
        }
        .map { String($0.split(separator: "#", maxSplits: 1)[0]) }
    }

    /// The part of `path` before its first placeholder (`<stack>`, `*`), cut back to a whole folder.
    static func literalPart(of path: String) -> String {
        guard let placeholder = path.firstIndex(where: { "<*{…".contains($0) }) else { return path }
        let prefix = path[..<placeholder]
        guard let slash = prefix.lastIndex(of: "/") else { return "" }
        return String(prefix[...slash])
    }

    /// The `##` sections of `text`, each with its heading and text.
    static func sections(of text: String) -> [(heading: String, text: String)] {
        var sections: [(heading: String, text: String)] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("## ") {
                sections.append((String(line.dropFirst(3)).trimmingCharacters(in: .whitespaces), ""))
            } else if !sections.isEmpty {
                sections[sections.count - 1].text += line + "\n"
            }
        }
        return sections
    }

    /// The known-types table of ARCHITECTURE.md: each type and the file that declares it.
    static func knownTypes() throws -> [String: String] {
        let section = sections(of: try prose(of: architecture)).first { $0.heading == "Known types" }?.text ?? ""
        var table: [String: String] = [:]
        for match in section.matches(of: #/(?m)^\|\s*`(\w+)`\s*\|\s*`([^`]+)`\s*\|/#) {
            table[String(match.output.1)] = String(match.output.2)
        }
        return table
    }

    /// The components of a backticked type reference (`ResolvedStack`, `OutputTarget.compose`,
    /// `TargetBackends.all`, `Diagnostic.error(_:_:at:hint:)`), or `nil` for other spans: code, commands, paths,
    /// file names and all-capital words (`PATH`).
    static func typeReference(_ span: String) -> [String]? {
        guard
            let match = span.wholeMatch(of: #/([A-Z][A-Za-z0-9]*)((?:\.[A-Za-z_][A-Za-z0-9_]*)*)(?:\([A-Za-z_:]*\))?/#)
        else { return nil }
        let head = String(match.output.1)
        guard head.contains(where: \.isLowercase) else { return nil }
        let members = match.output.2.split(separator: ".").map(String.init)
        let fileExtensions: Set<String> = ["md", "swift", "yml", "yaml", "json", "sh", "tsv", "tmpl"]
        if let last = members.last, fileExtensions.contains(last) { return nil }
        return [head] + members
    }

    /// The names `sources` declare: types (`struct`, `enum`, `class`, `protocol`, `actor`, `typealias`), and
    /// members, which are those and properties, functions and enum cases. A word after one of those keywords
    /// counts, wherever it stands: cheap, and strict enough to notice a name that has gone.
    static func declarations(in sources: [String]) -> (types: Set<String>, members: Set<String>) {
        let typeKeywords: Set<Substring> = ["struct", "enum", "class", "protocol", "actor", "typealias"]
        let memberKeywords: Set<Substring> = ["var", "let", "func", "case"]
        var types: Set<String> = []
        var members: Set<String> = []
        for source in sources {
            let words = source.split { !($0.isLetter || $0.isNumber || $0 == "_") }
            for (keyword, name) in zip(words, words.dropFirst()) {
                if typeKeywords.contains(keyword) {
                    types.insert(String(name))
                } else if memberKeywords.contains(keyword) {
                    members.insert(String(name))
                }
            }
        }
        return (types, members.union(types))
    }

    /// The names `source` declares.
    static func declarations(in source: String) -> (types: Set<String>, members: Set<String>) {
        declarations(in: [source])
    }

    /// The modules `source` imports, attributes (`@testable`, `@_exported`) and kinds (`import struct`) aside.
    static func importedModules(in source: String) -> [String] {
        let kinds: Set<String> = ["struct", "class", "enum", "protocol", "func", "var", "let", "typealias"]
        return source.split(separator: "\n").compactMap { line in
            var words = line.split(separator: " ").map(String.init).drop { $0.hasPrefix("@") }
            guard words.first == "import" else { return nil }
            words = words.dropFirst()
            if let kind = words.first, kinds.contains(kind) { words = words.dropFirst() }
            return words.first.map { String($0.prefix { $0 != "." }) }
        }
    }

    // MARK: - Reading the code

    /// A Swift file of the package, by its path from the root.
    struct SourceFile {
        var path: String
        var text: String
    }

    /// The Swift files below `folders` (paths from the root), sorted by path.
    static func swiftSources(below folders: [String]) throws -> [SourceFile] {
        try folders.flatMap { folder in
            let url = root.appendingPathComponent(folder)
            guard FileManager.default.fileExists(atPath: url.path) else { return [SourceFile]() }
            return try FileManager.default.subpathsOfDirectory(atPath: url.path).filter { $0.hasSuffix(".swift") }
                .sorted()
                .map {
                    SourceFile(
                        path: "\(folder)/\($0)",
                        text: try String(contentsOf: url.appendingPathComponent($0), encoding: .utf8))
                }
        }
    }

    /// A target of Package.swift.
    struct Target {
        /// The names of the targets and products it depends on.
        var dependencies: [String]
        /// Its folder, from the package's root.
        var path: String
        var isTest: Bool
    }

    /// The targets of Package.swift by name, read from its text: each `.target(`, `.executableTarget(`,
    /// `.testTarget(` and `.systemLibrary(` declaration with its `name:`, `dependencies:` and `path:`.
    static func package() throws -> [String: Target] {
        let text = try String(contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8)
        let declaration = #/\.(target|executableTarget|testTarget|systemLibrary|binaryTarget|plugin|macro)\(/#
        var targets: [String: Target] = [:]
        var rest = text[...]
        while let match = rest.firstMatch(of: declaration) {
            let arguments = balanced(from: match.range.upperBound, in: text)
            rest = text[arguments.endIndex...]
            guard let name = arguments.firstMatch(of: #/name:\s*"([^"]+)"/#)?.output.1 else { continue }
            let kind = match.output.1
            var dependencies: [String] = []
            if let list = arguments.firstMatch(of: #/dependencies:\s*\[/#) {
                var items = String(bracketed(from: list.range.upperBound, in: arguments))
                for product in items.matches(of: #/\.product\(\s*name:\s*"([^"]+)"[^)]*\)/#).reversed() {
                    dependencies.append(String(product.output.1))
                    items.removeSubrange(product.range)
                }
                dependencies += items.matches(of: #/"([^"]+)"/#).map { String($0.output.1) }
            }
            let defaultFolder = kind == "testTarget" ? "Tests" : "Sources"
            let path = arguments.firstMatch(of: #/path:\s*"([^"]+)"/#).map { String($0.output.1) }
            targets[String(name)] = Target(
                dependencies: dependencies, path: path ?? "\(defaultFolder)/\(name)", isTest: kind == "testTarget")
        }
        return targets
    }

    /// The text from `start` up to the parenthesis that closes the one before it, strings skipped.
    static func balanced(from start: String.Index, in text: String) -> Substring {
        enclosed(from: start, in: text[...], opening: "(", closing: ")")
    }

    /// The text from `start` up to the bracket that closes the one before it, strings skipped.
    static func bracketed(from start: String.Index, in text: Substring) -> Substring {
        enclosed(from: start, in: text, opening: "[", closing: "]")
    }

    static func enclosed(from start: String.Index, in text: Substring, opening: Character, closing: Character)
        -> Substring
    {
        var depth = 1
        var inString = false
        var index = start
        while index < text.endIndex {
            let character = text[index]
            if character == "\"" {
                inString.toggle()
            } else if !inString, character == opening {
                depth += 1
            } else if !inString, character == closing {
                depth -= 1
                if depth == 0 { return text[start..<index] }
            }
            index = text.index(after: index)
        }
        return text[start...]
    }

    /// A dependency of one module on another.
    struct Edge: Hashable, CustomStringConvertible {
        var from: String
        var to: String
        var description: String { "\(from) → \(to)" }
    }

    /// The module graph of ARCHITECTURE.md: the Mermaid block that holds the comment `%% module graph`. A node is
    /// written `id` or `id["label"]` and is called by its label when it has one; an edge is `a --> b`, each side
    /// possibly several nodes joined with `&`; `subgraph` and `end` lines only group nodes.
    static func moduleGraph() throws -> (nodes: Set<String>, edges: Set<Edge>) {
        let text = try String(contentsOf: root.appendingPathComponent(architecture), encoding: .utf8)
        let block = try #require(
            fencedBlocks(in: text).blocks.first {
                $0.info == "mermaid" && $0.lines.contains { $0.contains("%% module graph") }
            },
            "\(architecture) has no Mermaid block with the comment '%% module graph'")
        var labels: [String: String] = [:]
        var nodes: Set<String> = []
        var edges: Set<Edge> = []
        var statements: [[[String]]] = []
        for raw in block.lines {
            var line = raw.trimmingCharacters(in: .whitespaces)
            let keyword = line.split(separator: " ").first.map(String.init) ?? ""
            guard !line.isEmpty, !line.hasPrefix("%%"),
                !["flowchart", "graph", "subgraph", "end", "direction", "classDef", "class", "style", "linkStyle"]
                    .contains(keyword)
            else { continue }
            for definition in line.matches(of: #/([A-Za-z_][A-Za-z0-9_]*)\["([^"]+)"\]/#).reversed() {
                labels[String(definition.output.1)] = String(definition.output.2)
                line.replaceSubrange(definition.range, with: definition.output.1)
            }
            statements.append(
                line.components(separatedBy: "-->").map { side in
                    side.split(separator: "&").map { $0.trimmingCharacters(in: .whitespaces) }
                })
        }
        func name(_ id: String) -> String { labels[id] ?? id }
        for sides in statements {
            nodes.formUnion(sides.joined().map(name))
            for (from, to) in zip(sides, sides.dropFirst()) {
                for a in from {
                    for b in to {
                        edges.insert(Edge(from: name(a), to: name(b)))
                    }
                }
            }
        }
        return (nodes, edges)
    }
}
