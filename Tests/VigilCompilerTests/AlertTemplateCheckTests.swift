import Foundation
import Testing
import VigilCompiler
import YAMLKit

@testable import VigilBackends
@testable import VigilCompiler
@testable import VigilModel

/// `TemplateCheck` parses alert templates as Prometheus 3.5 does. Every template of ``cases`` goes into one rule file
/// that the real `promtool check rules` 3.5 reads: the checker reports an error exactly for the templates promtool
/// rejects, and for syntax errors with promtool's own words.
@Suite("Alert template checks")
struct AlertTemplateCheckTests {
    /// A template and the ids of the problems the checker reports (errors and warnings).
    struct Case: Sendable, CustomTestStringConvertible {
        var template: String
        var ids: [String]

        init(_ template: String, _ ids: String...) {
            (self.template, self.ids) = (template, ids)
        }

        var testDescription: String { template.debugDescription }
    }

    static let syntax = "template-syntax"
    static let variable = "template-undefined-variable"
    static let function = "template-unknown-function"

    static let cases: [Case] = [
        // What the issue names.
        Case("{{ if }}", syntax),
        Case("{{ end }}", syntax),
        Case("{{ $y }}", variable),
        Case("{{ .Labels.x | nosuchfunc }}", function),
        Case(#"{{ if eq $labels.severity "critical" }}x{{ else }}y{{ end }}"#),
        Case(#"{{ range $i, $v := query "up" }}{{ $v.Labels.job }}{{ end }}"#),
        Case("{{ with $x := 1 }}{{ $x }}{{ end }}{{ $x }}", variable),
        Case("{{/* comment */}}"),
        Case("a {{- /* comment */ -}} b"),
        Case("{{/* comment */ }}", syntax),
        Case("{{/* unclosed", syntax),
        Case("a  {{- $labels.job -}}  b"),
        Case("{{-$value}}", syntax),
        Case("{{ $value -}}\n x"),
        Case(#"{{ `raw "string" \n` }}"#),
        Case(#"{{ printf "%s" (printf "%s" (toUpper (printf "%d" 1))) }}"#),
        Case(#"{{ template "x" }}"#, "template-undefined-template"),
        Case(#"{{ define "x" }}a{{ end }}{{ template "x" }}"#),
        Case(#"{{ "unterminated }}"#, syntax),
        Case("{{ `unterminated }}", syntax),
        Case(#"{{ "line\nbreak" }}"#),
        Case("{{ \"line\nbreak\" }}", syntax),
        // Actions and pipelines.
        Case("{{ }}", syntax),
        Case("{{ $labels.job", syntax),
        Case("{{ $value | humanize | toUpper }}"),
        Case("{{ $value | }}"),
        Case("{{ | humanize }}", syntax),
        Case(#"{{ humanize | "x" }}"#, syntax),
        Case("{{ humanize | . }}", syntax),
        Case("{{ humanize | $value }}"),
        Case("{{ (1 }}", syntax),
        Case("{{ 1) }}", syntax),
        Case(#"{{ (query "up" | first).Labels.job }}"#),
        Case(#"{{ "x".y }}"#, syntax),
        Case("{{ nil.x }}", syntax),
        Case(#"{{ "a"b }}"#, syntax),
        Case("{{ $x=1 }}", syntax),
        Case("{{ $x : 1 }}", variable, syntax),
        Case("{{ # }}", syntax),
        Case("{{ {{ }}", syntax),
        Case("{{ . . }}"),
        Case("{{ $.Labels.job }} {{ .Value }} {{ $externalLabels.cluster }} {{ $externalURL }}"),
        Case("{{ $labels.x.y }}"),
        // Constants.
        Case("{{ 1 }}{{ -1.5e3 }}{{ 0x1F }}{{ 'a' }}{{ 1i }}{{ 1+2i }}{{ true }}{{ nil }}{{ 1_000 }}{{ 0x1p-2 }}"),
        Case("{{ 1e }}", syntax),
        Case("{{ 1abc }}", syntax),
        Case("{{ 08 }}", syntax),
        Case("{{ 18446744073709551616 }}", syntax),
        Case("{{ 1__0 }}", syntax),
        Case("{{ 0x1.8 }}", syntax),
        Case("{{ 'ab' }}", syntax),
        Case("{{ '' }}", syntax),
        Case(#"{{ "\u00e9\x41\101\t" }}"#),
        Case(#"{{ "\q" }}"#, syntax),
        Case(#"{{ "\400" }}"#, syntax),
        // Control structures and scope.
        Case("{{ if $value }}", syntax),
        Case("{{ if true }}a{{ else if false }}b{{ else }}c{{ end }}"),
        Case("{{ if true }}{{ else }}{{ else }}{{ end }}", syntax),
        Case("{{ else }}", syntax),
        Case("{{ with 1 }}{{ else with 2 }}{{ end }}"),
        Case("{{ if true }}{{ else with 2 }}{{ end }}", syntax),
        Case("{{ range $labels }}{{ else if true }}{{ end }}", syntax),
        Case("{{ range $k, $v := $labels }}{{ $k }}={{ $v }}{{ end }}{{ $k }}", variable),
        Case("{{ range $a, $b, $c := $labels }}{{ end }}", syntax),
        Case("{{ if $a, $b := 1 }}{{ end }}", syntax),
        Case("{{ if $x := 1 }}{{ $x }}{{ else }}{{ $x }}{{ end }}"),
        Case("{{ if true }}{{ $a := 1 }}{{ else }}{{ $a }}{{ end }}"),
        Case("{{ $x := 1 }}{{ $x = 2 }}{{ $x }}"),
        Case("{{ $x = 1 }}", "template-undeclared-assignment"),
        Case("{{ ($x := 1) }}{{ $x }}"),
        Case("{{ range $labels }}{{ if true }}{{ break }}{{ end }}{{ continue }}{{ end }}"),
        Case("{{ break }}", syntax),
        Case("{{ range $labels }}{{ else }}{{ break }}{{ end }}", syntax),
        Case("{{ end x }}", syntax),
        Case("{{ with }}{{ end }}", syntax),
        // Definitions.
        Case(#"{{ define "x" }}{{ $labels }}{{ end }}"#, variable),
        Case(#"{{ block "b" . }}{{ .Labels.job }}{{ $ }}{{ end }}"#),
        Case(#"{{ block "b" }}{{ end }}"#, syntax),
        Case(#"{{ block "b" . }}{{ else }}{{ end }}"#, syntax),
        Case(#"{{ define "x" }}a{{ end }}{{ define "x" }}b{{ end }}"#, syntax),
        Case(#"{{ define "x" }} {{ end }}{{ define "x" }}b{{ end }}"#),
        Case(#"{{ if true }}{{ define "x" }}{{ end }}{{ end }}"#, syntax),
        Case(#"{{ define "z" }}{{ break }}{{ end }}"#, syntax),
        Case("{{ define x }}{{ end }}", syntax),
        // Functions: every one Prometheus 3.5 defines parses; later ones do not.
        Case(
            "{{ if false }}"
                + AlertTemplateFunctions.all.sorted().map { "{{ \($0) }}" }.joined() + "{{ end }}"),
        Case("{{ toDuration 1 }}", function),
        Case("{{ now }}", function),
        Case(#"{{ urlQueryEscape "a" }}"#, function),
        Case(#"{{ tmpl "a" . }}"#, function),
        Case("{{ humanise $value }} {{ $valeu }}", function, variable),
    ]

    @Test("a text without an action is its own text, read without parsing, and a parsed annotation keeps it")
    func plainText() {
        let plain = AlertTemplateParser.parse("100% of {one} brace } each")
        #expect(plain.nodes == [.text("100% of {one} brace } each")])
        #expect(plain.problems.isEmpty && plain.labelReferences.isEmpty)
        #expect(AlertTemplateParser.parse("").nodes.isEmpty)
        let annotation = ResolvedAnnotation(
            key: "summary", value: "{{ $labels.job }} is down", location: SourceLocation(fileID: "a/b.swift", line: 1))
        #expect(annotation.template.labelReferences == ["job"])
    }

    @Test("reports each problem with its id", arguments: cases)
    func problems(_ example: Case) {
        let ids = TemplateCheck.problems(in: example.template, labels: .unknown).map(\.id)
        #expect(ids == example.ids)
    }

    @Test("promtool check rules 3.5 rejects exactly the templates with errors, with the same syntax messages")
    func promtoolAgrees() throws {
        let rules: [YAMLNode] = Self.cases.enumerated().map { index, example in
            ["alert": .string("T\(index)"), "expr": "vector(1)", "annotations": ["a": .string(example.template)]]
        }
        let directory = try TemporaryDirectory()
        try directory.write(
            "rules.yml", try YAMLEmitter().emit(["groups": [["name": "templates", "rules": .sequence(rules)]]]))
        let run = try ToolRunner().run("promtool", ["check", "rules", "rules.yml"], in: directory.url)
        let rejected = Self.rejections(in: run.output)
        for (index, example) in Self.cases.enumerated() {
            let problems = TemplateCheck.problems(in: example.template, labels: .unknown)
            let errors = problems.filter { $0.severity == .error }
            #expect(
                errors.isEmpty == (rejected[index] == nil),
                "\(example.template.debugDescription): promtool says \(rejected[index] ?? "nothing")")
            // Go stops at the first error, where the checker goes on after an undefined name.
            if let syntax = errors.first, syntax.id == Self.syntax, let message = rejected[index] {
                #expect(syntax.message.hasSuffix(": \(message)"), "\(example.template.debugDescription)")
            }
        }
    }

    /// Promtool's message per rejected alert `T<n>`, after `template: __alert_T<n>:<line>: `.
    static func rejections(in output: String) -> [Int: String] {
        var rejected: [Int: String] = [:]
        for line in output.split(separator: "\n") {
            guard let match = line.firstMatch(of: /"T(\d+)": annotation "a": (.*)$/), let index = Int(match.1) else {
                continue
            }
            let message = String(match.2)
            rejected[index] =
                message.firstMatch(of: /^template: __alert_T\d+:\d+: (.*)$/).map { String($0.1) } ?? message
        }
        return rejected
    }
}
