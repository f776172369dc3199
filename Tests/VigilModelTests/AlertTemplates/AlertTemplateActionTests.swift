import Testing

@testable import VigilModel

@Suite("Alert templates: text with actions and text without")
struct AlertTemplateActionTests {
    @Test(
        "two opening braces in a row start an action, wherever they are",
        arguments: ["{{ $labels.job }}", "Errors on {{$labels.job}}", "{{", "a{{b", "{{{", "été {{ $value }}"])
    func action(text: String) {
        #expect(text.holdsTemplateAction)
        #expect(AlertTemplateParser.parse(text).nodes != [.text(text)])
    }

    @Test(
        "text without two braces in a row is its own text",
        arguments: ["", "critical", "{", "{ {", "}}", "a}{b", "{x}{y}", "été"])
    func plainText(text: String) {
        #expect(!text.holdsTemplateAction)
        let parsed = AlertTemplateParser.parse(text)
        #expect(parsed.problems.isEmpty)
        #expect(parsed.nodes == (text.isEmpty ? [] : [.text(text)]))
    }
}
