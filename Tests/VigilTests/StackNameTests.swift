import Testing

@testable import Vigil

@Suite("Stack names for specs new, and the list of specs/main.swift")
struct StackNameTests {
    @Test("UpperCamelCase identifiers of ASCII letters and digits are accepted, acronyms included")
    func accepted() {
        for name in ["Shop", "CRM", "AutoDealGenie", "Shop2", "X"] {
            #expect(StackName.problem(with: name) == nil, "\(name)")
        }
    }

    @Test("the suggestion capitalises the words of a name")
    func suggestion() {
        #expect(StackName.suggestion(for: "my_shop-eu") == "MyShopEu")
        #expect(StackName.suggestion(for: "shop") == "Shop")
        #expect(StackName.suggestion(for: "2shop") == nil)
        #expect(StackName.suggestion(for: "Shop") == nil)
    }

    @Test("the list names the registered enums, and a stack is added after its last line, indented like it")
    func registry() {
        let registry = StackRegistry(text: "import Vigil\n\nVigilCLI.main(stacks: [\n    A.stack,\n    B.stack,\n])\n")
        #expect(registry.registered == ["A", "B"])
        #expect(
            registry.adding("C")
                == "import Vigil\n\nVigilCLI.main(stacks: [\n    A.stack,\n    B.stack,\n    C.stack,\n])\n")
        #expect(StackRegistry(text: "VigilCLI.main(stacks: [A.stack])\n").adding("C") == nil)
    }
}
