import Testing
import VigilCore

@testable import VigilImport

@Suite("import: writing Swift")
struct SwiftSourceTests {
    @Test(
        "string literals hold exactly the text",
        arguments: [
            ("up == 0", #""up == 0""#),
            (#"x{a="b"}"#, ##"#"x{a="b"}"#"##),
            (##"a"#b"##, ###"##"a"#b"##"###),
            (#"\d+"#, ##"#"\d+"#"##),
        ])
    func literals(text: String, literal: String) {
        #expect(SwiftLiteral.string(text) == literal)
    }

    @Test("a text with line breaks is a multi-line literal indented under its line")
    func multiLine() {
        #expect(SwiftLiteral.string("a\n\nb\n", indentation: "  ") == "\"\"\"\n      a\n\n      b\n\n      \"\"\"")
    }

    @Test("durations in their largest whole unit")
    func durations() {
        #expect(SwiftLiteral.duration(.minutes(90)) == ".minutes(90)")
        #expect(SwiftLiteral.duration(.hours(2)) == ".hours(2)")
        #expect(SwiftLiteral.duration(.days(7)) == ".weeks(1)")
        #expect(SwiftLiteral.duration(.milliseconds(1500)) == ".milliseconds(1500)")
        #expect(SwiftLiteral.duration(.seconds(0)) == ".milliseconds(0)")
    }

    @Test("identifiers in the project's naming: lowerCamelCase values, UpperCamelCase types, keywords escaped")
    func identifiers() {
        #expect(SwiftIdentifier.lowerCamel("http_requests_total") == "httpRequestsTotal")
        #expect(SwiftIdentifier.lowerCamel("node-exporter.rules") == "nodeExporterRules")
        #expect(SwiftIdentifier.upperCamel("worker_queue_length") == "WorkerQueueLength")
        #expect(SwiftIdentifier.escaped("default") == "`default`")
        #expect(SwiftIdentifier.escaped("status") == "status")
    }
}
