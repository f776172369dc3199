import Foundation
import Testing
import VigilCompiler

@testable import Vigil

@Suite("specs new")
struct NewCommandTests {
    @Test("writes the template with the name substituted, registers the stack and says what it did")
    func writesTheTemplate() throws {
        let scratch = try ScratchPackage()
        defer { scratch.remove() }
        let result = scratch.run(["new", "Demo"])
        #expect(result.status == 0, "\(result.err)")
        let template = try StackScaffold(contentsOf: ScratchPackage.real.stackTemplate)
        let written = try scratch.contents()
        for file in template.files {
            let name = file.name.replacingOccurrences(of: "StackTemplate", with: "Demo")
            let expected = file.text.replacingOccurrences(of: "StackTemplate", with: "Demo")
                .replacingOccurrences(of: "stacktemplate", with: "demo")
            #expect(written["specs/Demo/\(name)"] == expected, "specs/Demo/\(name)")
            #expect(result.out.contains("created specs/Demo/\(name)"))
        }
        #expect(Set(written.keys.filter { $0.hasPrefix("specs/Demo/") }).count == template.files.count)
        #expect(written.values.allSatisfy { !$0.lowercased().contains("stacktemplate") })
        #expect(
            written["specs/main.swift"]
                == ScratchPackage.main.replacingOccurrences(
                    of: "    Procur.stack,\n", with: "    Procur.stack,\n    Demo.stack,\n"))
        #expect(
            result.out.hasSuffix(
                "registered Demo.stack in specs/main.swift\nnext: `make generate` writes generated/demo/, `make test` proves it"
            ))
    }

    @Test("the template's files are the stack's, named after it")
    func templateFiles() throws {
        let template = try StackScaffold(contentsOf: ScratchPackage.real.stackTemplate)
        #expect(template.files.map(\.name).contains("StackTemplate.swift"))
        #expect(template.files.allSatisfy { $0.name == "StackTemplate.swift" || $0.name.hasPrefix("StackTemplate+") })
    }

    @Test(
        "what it writes is already formatted: swift format lint --strict finds nothing",
        arguments: [
            "Demo", "X", String(repeating: "Averylongname", count: 3) + "X",
        ])
    func formatted(name: String) throws {
        #expect(name.count <= StackName.maximumLength)
        guard ToolRunner.locate("swift") != nil else {
            print("skipped: swift is not on PATH, so swift format cannot check the scaffold")
            return
        }
        let scratch = try ScratchPackage()
        defer { scratch.remove() }
        #expect(scratch.run(["new", name]).status == 0)
        let lint = try ToolRunner().run(
            "swift",
            [
                "format", "lint", "--strict", "--recursive", "--configuration",
                ScratchPackage.real.formatConfiguration.path, "specs",
            ],
            in: scratch.root)
        #expect(lint.succeeded, "\(lint.output)")
        #expect(lint.output.isEmpty, "\(lint.output)")
    }

    /// Names `specs new` refuses, with the stacks the specs declare and what the refusal says.
    static let refused: [(name: String, declared: [String], reason: String)] = [
        (
            "shop", [],
            "'shop' is not UpperCamelCase: a stack's enum starts with an uppercase letter; did you mean 'Shop'?"
        ),
        ("my-shop", [], "'my-shop' is not a Swift identifier of ASCII letters and digits; did you mean 'MyShop'?"),
        ("2Shop", [], "'2Shop' is not UpperCamelCase"),
        ("Caf\u{E9}", [], "'Caf\u{E9}' is not a Swift identifier of ASCII letters and digits"),
        ("", [], "the name is empty"),
        (String(repeating: "A", count: 41), [], "'\(String(repeating: "A", count: 41))' is longer than 40 characters"),
        ("Self", [], "'Self' is a Swift keyword"),
        ("Service", [], "'Service' would hide Vigil's Service, which the stack's files use"),
        ("Heatmap", [], "'Heatmap' would hide Vigil's Heatmap from every stack of the package"),
        ("Crm", [], "specs/CRM already exists"),
        ("Shared", [], "specs/Shared already exists"),
        ("Procur", [], "specs/main.swift already registers Procur.stack"),
        ("Shop", ["shop"], "a stack named 'shop' is already declared"),
    ]

    @Test("refuses a name that is not an UpperCamelCase identifier or is taken, and writes nothing", arguments: refused)
    func refuses(name: String, declared: [String], reason: String) throws {
        let scratch = try ScratchPackage()
        defer { scratch.remove() }
        let before = try scratch.contents()
        let result = scratch.run(["new", name], stacks: declared.map { Stack($0) {} })
        #expect(result.status == 64)
        #expect(result.err.contains("Error: cannot create the stack \(name): \(reason)"), "\(result.err)")
        #expect(try scratch.contents() == before)
    }

    @Test("refuses when specs/main.swift has no list to add the stack to, and writes nothing")
    func noList() throws {
        let scratch = try ScratchPackage(main: "import Vigil\n\nVigilCLI.main(stacks: [CRM.stack])\n")
        defer { scratch.remove() }
        let before = try scratch.contents()
        let result = scratch.run(["new", "Demo"])
        #expect(result.status == 64)
        #expect(
            result.err.contains(
                "specs/main.swift has no `<Name>.stack,` line in its list of stacks to add Demo.stack after"))
        #expect(try scratch.contents() == before)
    }

    @Test("a missing or empty template is an error, and nothing is written")
    func missingTemplate() throws {
        let scratch = try ScratchPackage(folders: ["CRM", "Empty"])
        defer { scratch.remove() }
        let before = try scratch.contents()
        for template in ["Empty", "Missing"] {
            var package = scratch.package
            package.stackTemplate = package.specsFolder.appendingPathComponent(template)
            let recorder = RecordingConsole()
            #expect(
                VigilCLI.run(arguments: ["new", "Demo"], stacks: [], package: package, console: recorder.console) == 1)
            #expect(recorder.err.hasPrefix("error: cannot read the stack template \(package.stackTemplate.path): "))
        }
        #expect(try scratch.contents() == before)
    }

    @Test("names only in the template's comments and strings are free")
    func commentsAndStrings() throws {
        let template = try StackScaffold(contentsOf: ScratchPackage.real.stackTemplate)
        #expect(template.referencedTypes.isSuperset(of: ["Counter", "Histogram", "Service", "Stack", "Receiver"]))
        #expect(template.referencedTypes.isDisjoint(with: ["Slack", "PagerDuty", "HighErrorRate", "GET"]))
    }

    @Test("without the package's files it refuses to run")
    func withoutPackage() {
        let recorder = RecordingConsole()
        #expect(VigilCLI.run(arguments: ["new", "Demo"], stacks: [], console: recorder.console) == 1)
        #expect(recorder.err.contains("`specs new` needs the package's specs/ folder"))
    }
}
