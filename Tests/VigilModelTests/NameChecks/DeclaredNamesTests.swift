import Testing

@testable import VigilModel

@Suite("Declared names: references to nothing declared, with a suggestion")
struct DeclaredNamesTests {
    @Test("each undeclared reference, in order, with the closest declared name or none")
    func undeclared() {
        let declared = DeclaredNames(["handler", "method", "status"])
        let reported = declared.undeclared(["method", "handlr", "zzz", "handlr"], name: \.self) { name, suggestion in
            "\(name): \(suggestion ?? "-")"
        }
        #expect(reported == ["handlr: did you mean 'handler'?", "zzz: -", "handlr: did you mean 'handler'?"])
    }

    @Test("references of any kind, by the name they use")
    func referenceKinds() {
        struct Reference: Equatable {
            var name: String
            var line: Int
        }
        let references = [Reference(name: "env", line: 1), Reference(name: "evn", line: 2)]
        let lines = DeclaredNames(Set(["env"])).undeclared(references, name: \.name) { reference, _ in reference.line }
        #expect(lines == [2])
    }

    @Test("on a tie, the name that comes first is suggested")
    func tie() {
        #expect(DeclaredNames(["ab", "ac"]).suggestion(for: "aa") == "did you mean 'ab'?")
        #expect(DeclaredNames(["ac", "ab"]).suggestion(for: "aa") == "did you mean 'ac'?")
        #expect(DeclaredNames(["ab"]).suggestion(for: "zzzz") == nil)
    }

    @Test("whether a name is declared, in a set or in a list")
    func contains() {
        #expect(DeclaredNames(Set(["a", "b"])).contains("b"))
        #expect(!DeclaredNames(["a", "b"]).contains("c"))
    }
}
