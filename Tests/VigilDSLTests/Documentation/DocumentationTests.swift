import Testing
import VigilDSL

@Suite("Corrections and notes")
struct DocumentationTests {
    enum Request: String, LabelKey { case status }
    static let requests = Counter<Request>("http_requests_total", help: "Requests.")

    @Test("a correction keeps the document's text, records where it was written, and holds a built query")
    func builtCorrection() {
        let line = #line + 1
        let correction = Correction(
            "HighErrorRate alert", original: "http_requests_total > 5",
            corrected: rate(Self.requests, over: .minutes(5)) > 5, reason: "a counter only grows")
        #expect(correction.subject == "HighErrorRate alert")
        #expect(correction.original == "http_requests_total > 5")
        #expect(correction.reason == "a counter only grows")
        #expect(correction.location.line == line)
        #expect(correction.location.fileID == "VigilDSLTests/DocumentationTests.swift")
        guard case .built(let tree) = correction.corrected else {
            Issue.record("a typed query must be kept as a built expression")
            return
        }
        #expect(tree.description == "rate(http_requests_total[5m]) > 5")
    }

    @Test("a correction written as PromQL text stays raw, for the compiler to parse and check")
    func rawCorrection() {
        let correction = Correction(
            "panel", original: "rate(x)", corrected: PromQL("rate(x[5m])"), reason: "rate takes a range")
        guard case .raw(let promQL) = correction.corrected else {
            Issue.record("PromQL text must be kept raw")
            return
        }
        #expect(promQL.text == "rate(x[5m])")
    }

    @Test("the stack body collects corrections and notes in order, alone and in lists")
    func stackCollects() {
        let corrections = [
            Correction("b", original: "b", corrected: PromQL("vector(2)"), reason: "r"),
            Correction("c", original: "c", corrected: PromQL("vector(3)"), reason: "r"),
        ]
        let stack = Stack("shop") {
            Note("first")
            Correction("a", original: "a", corrected: PromQL("vector(1)"), reason: "r")
            Service("api", scrape: .target("api:8080"))
            corrections
            [Note("second"), Note("third")]
        }
        #expect(stack.corrections.map(\.subject) == ["a", "b", "c"])
        #expect(stack.notes.map(\.text) == ["first", "second", "third"])
        #expect(stack.services.map(\.name) == ["api"])
    }
}
