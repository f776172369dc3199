import Testing
import VigilCore

@testable import VigilModel

@Suite("Duplicate names: every declaration after the first of its key")
struct DuplicateNamesTests {
    /// A declaration for the tests: a name, an owner, and the line it was written on.
    struct Declared {
        var name: String
        var owner = "a"
        var line: Int

        var location: VigilCore.SourceLocation {
            VigilCore.SourceLocation(
                fileID: "specs/Shop.swift", filePath: "/repo/specs/Shop.swift", line: line, column: 5)
        }
    }

    @Test("each later declaration, in order, paired with the first of its key")
    func later() {
        let values = [
            Declared(name: "api", line: 1), Declared(name: "web", line: 2), Declared(name: "api", line: 3),
            Declared(name: "api", line: 4), Declared(name: "web", line: 5),
        ]
        let found = DuplicateNames.find(values, by: \.name)
        #expect(found.map(\.duplicate.line) == [3, 4, 5])
        #expect(found.map(\.first.line) == [1, 1, 2])
        #expect(DuplicateNames.find(values.prefix(2), by: \.name).isEmpty)
    }

    @Test("any hashable key, such as a name and an owner")
    func keys() {
        let values = [Declared(name: "api", line: 1), Declared(name: "api", owner: "b", line: 2)]
        #expect(DuplicateNames.find(values, by: { [$0.name, $0.owner] }).isEmpty)
        #expect(DuplicateNames.find(values, by: \.name).count == 1)
    }

    @Test("across owners: an owner's own repeats are left out, and the first stays the first")
    func acrossOwners() {
        let values = [
            Declared(name: "api", line: 1), Declared(name: "api", line: 2),
            Declared(name: "api", owner: "b", line: 3),
        ]
        let found = DuplicateNames.find(values, by: \.name, across: \.owner)
        #expect(found.map(\.duplicate.line) == [3])
        #expect(found.map(\.first.line) == [1])
    }

    @Test("errors at the later declarations, the hint naming where the first is")
    func errors() {
        let values = [Declared(name: "api", line: 1), Declared(name: "api", line: 7)]
        let plain = DuplicateNames.errors(values, by: \.name, at: \.location, id: "duplicate-x") {
            "x '\($0.name)' is declared twice"
        }
        #expect(
            plain == [
                .error(
                    "duplicate-x", "x 'api' is declared twice", at: values[1].location,
                    hint: "the first is at specs/Shop.swift:1")
            ])
        let advised = DuplicateNames.errors(
            values, by: \.name, at: \.location, id: "duplicate-x",
            hint: { DuplicateNames.hint(other: $0) }, message: { "x '\($0.name)' is declared twice" })
        #expect(advised.map(\.hint) == ["the other is at specs/Shop.swift:1; rename one, or use one value"])
    }

    @Test("the hints: the first or the other, with or without advice")
    func hints() {
        let location = Declared(name: "api", line: 12).location
        #expect(DuplicateNames.hint(first: location) == "the first is at specs/Shop.swift:12")
        #expect(DuplicateNames.hint(first: location, "rename one") == "the first is at specs/Shop.swift:12; rename one")
        #expect(DuplicateNames.hint(other: location, "keep one") == "the other is at specs/Shop.swift:12; keep one")
    }
}
