import Foundation
import Testing

@testable import VigilImport

@Suite("import: the catalogues' Swift members")
struct CatalogueMembersTests {
    /// `Sources/VigilDSL/Catalogues/`.
    static let catalogues = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/VigilDSL/Catalogues").standardizedFileURL

    /// Each catalogue metric's name, member and label cases named apart from their label, read from the sources.
    static func members() throws -> [String: CatalogueMembers.Member] {
        var members: [String: CatalogueMembers.Member] = [:]
        for file in try FileManager.default.contentsOfDirectory(atPath: catalogues.path).sorted() {
            let text = try String(contentsOf: catalogues.appendingPathComponent(file), encoding: .utf8)
            let catalogue = String(file.dropLast(6))
            var renamed: [String: [String: String]] = [:]
            for match in text.matches(of: /enum (\w+): String, LabelKey \{([^}]*)\}/) {
                let body = match.2.split(separator: "\n").filter {
                    !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//")
                }
                var cases: [String: String] = [:]
                for line in body {
                    for declaration in line.matches(of: /(\w+) = "([^"]+)"/) {
                        cases[String(declaration.2)] = String(declaration.1)
                    }
                }
                renamed[String(match.1)] = cases
            }
            for match in text.matches(
                of: /public static let (\w+) = (?:Counter|Gauge|Histogram|Summary)<([\w.]+)>\(\s*"([^"]+)"/)
            {
                let labels = String(match.2.split(separator: ".").last ?? "")
                members[String(match.3)] = ("\(catalogue).\(match.1)", renamed[labels] ?? [:])
            }
        }
        return members
    }

    @Test("the table names every catalogue metric's member and renamed label cases as the sources declare them")
    func table() throws {
        let members = try Self.members()
        #expect(members.count > 300)
        #expect(Set(members.keys) == Set(CatalogueMembers.members.keys))
        for (name, member) in members {
            let listed = CatalogueMembers.members[name]
            let renamed = member.renamedLabels.sorted { $0.key < $1.key }.map { "\"\($0.key)\": \"\($0.value)\"" }
            let entry =
                "\"\(name)\": (\"\(member.reference)\", [\(renamed.isEmpty ? ":" : renamed.joined(separator: ", "))]),"
            #expect(listed?.reference == member.reference, "CatalogueMembers.members needs: \(entry)")
            #expect(listed?.renamedLabels == member.renamedLabels, "\(name)")
        }
    }
}
