import Testing

@testable import VigilModel

@Suite("Template libraries: the names their Go templates define")
struct TemplateDefinitionsTests {
    /// Texts that define names in every way Go writes it and ways that look close but define nothing.
    static let texts = [
        #"{{ define "vigil.title" -}}A{{ end }}"#,
        #"{{- define "b.x" -}}B{{ end }}{{define "c"}}C{{end}}"#,
        "{{\n  define\t\"multi line\" }}{{ end }}",
        #"{{{ define "after.brace" }}"#,
        #"{{ define"no.space" }} {{ define "" }} {{ define "unterminated }}"#,
        #"{{ - define "spaced.trim" }} {{ template "used" . }} {{ defined "other" }}"#,
        #"{{ define "a{{ define "b" }}"#,
        "no actions at all",
        "{{ define",
        "",
    ]

    @Test("the names each text defines, in order, as the regular expression it replaced", arguments: texts)
    func sameAsRegularExpression(text: String) {
        // The regular expression the scanner replaced, which the template files were read with before.
        let expected = text.matches(of: #/\{\{-?\s*define\s+"([^"]+)"/#).map { String($0.output.1) }
        #expect(TemplateLibrary.definedTemplateNames(in: text) == expected)
    }

    @Test("the usual forms, spelt out")
    func usualForms() {
        #expect(TemplateLibrary.definedTemplateNames(in: Self.texts[1]) == ["b.x", "c"])
        #expect(TemplateLibrary.definedTemplateNames(in: Self.texts[2]) == ["multi line"])
        #expect(TemplateLibrary.definedTemplateNames(in: Self.texts[4]).isEmpty)
        #expect(TemplateLibrary.definedTemplateNames(in: Self.texts[6]) == ["a{{ define "])
    }

    @Test("a library's names are those of all its files")
    func library() {
        let library = TemplateLibrary(files: ["a.tmpl": Self.texts[0], "b.tmpl": Self.texts[1]])
        #expect(library.definedTemplateNames == ["vigil.title", "b.x", "c"])
    }
}
