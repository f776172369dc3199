import Testing

@testable import VigilBackends
@testable import VigilModel

@Suite struct ConfigTemplateTests {
    func template(_ text: String) throws -> ConfigTemplate {
        try #require(ConfigTemplate("t.yml", in: TemplateLibrary(files: ["t.yml": text])))
    }

    @Test("placeholders, with or without spaces inside the braces, are replaced; every other byte is kept")
    func rendersValues() throws {
        let text = "retention: {{retention}}\nname: {{ name }} # é\nagain: {{\tname\t}}\n"
        #expect(
            try template(text).render(["retention": "14d", "name": "loki"])
                == "retention: 14d\nname: loki # é\nagain: loki\n")
    }

    @Test("a placeholder without a value stays, and is found afterwards")
    func keepsUnknown() throws {
        let rendered = try template("a: {{ known }}\nb: {{ unknown }}\n").render(["known": "1"])
        #expect(rendered == "a: 1\nb: {{ unknown }}\n")
        #expect(ConfigTemplate.placeholders(in: rendered) == ["unknown"])
    }

    @Test("braces around something that is not a name are not placeholders")
    func ignoresNonNames() {
        #expect(ConfigTemplate.placeholders(in: "{{ 1x }} {{}} {{ a b }} {{ a } {{{ b }}}") == ["b"])
        #expect(ConfigTemplate.placeholders(in: "{{ _ok_2 }}") == ["_ok_2"])
    }

    @Test("a template missing from the library is nil")
    func missing() {
        #expect(ConfigTemplate("nope.yml", in: TemplateLibrary()) == nil)
    }
}
