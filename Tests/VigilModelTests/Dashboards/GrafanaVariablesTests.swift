import Testing

@testable import VigilModel

@Suite struct GrafanaVariablesTests {
    func names(_ text: String) -> [String] {
        GrafanaVariables.references(in: text).map(\.name)
    }

    @Test("every form of reference is found, with its whole text as its range")
    func forms() {
        let text =
            #"rate(x{job=~"$job",env="${env:regex}"}[$__rate_interval]) * [[scale]] + [[unit:text]] / ${__field.labels.le}"#
        #expect(names(text) == ["job", "env", "__rate_interval", "scale", "unit", "__field"])
        let ranges = GrafanaVariables.references(in: text).map { String(text[$0.range]) }
        #expect(
            ranges == [
                "$job", "${env:regex}", "$__rate_interval", "[[scale]]", "[[unit:text]]", "${__field.labels.le}",
            ])
    }

    @Test("regular-expression groups, ranges, unclosed and malformed forms are not references")
    func nonReferences() {
        #expect(names(#"label_replace(x, "a", "$1", "b", "(.*)")"#).isEmpty)
        #expect(names("rate(x[5m]) [[a b]] [[c] $ ${} ${unclosed").isEmpty)
        #expect(names("é$né [[ü]]") == ["n"])
    }

    @Test("placeholders: a duration inside brackets and after offset, a number elsewhere, strings untouched")
    func placeholders() {
        #expect(
            GrafanaVariables.placeholders(inPromQL: #"rate(x{a="$v"}[$__rate_interval] offset $shift) > $threshold"#)
                == #"rate(x{a="$v"}[5m] offset 5m) > 1"#)
    }
}
