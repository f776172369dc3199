import Foundation
import Testing

@testable import VigilBackends
@testable import VigilCompiler
@testable import VigilModel

/// `AlertTemplateExpander` renders alert templates as Prometheus 3.5 does. Every expected text in ``rendered`` is
/// what `promtool test rules` 3.5 prints for an alert with that template, labels and value (first recorded with
/// 2.42; the `title` cases changed with 3.5), and ``promtoolAgrees()`` checks the expander against promtool
/// again on every run.
@Suite("Alert template expansion")
struct AlertTemplateExpanderTests {
    /// A template, the labels and value of the firing alert, and the text promtool printed or the error expected.
    struct Case: Sendable, CustomTestStringConvertible {
        var template: String
        var labels: [String: String]
        var value: Double?
        var expected: String

        init(_ template: String, labels: [String: String] = [:], value: Double? = nil, _ expected: String) {
            (self.template, self.labels, self.value, self.expected) = (template, labels, value, expected)
        }

        var testDescription: String {
            "\(template.debugDescription) with \(value.map { "\($0)" } ?? "no value")"
        }
    }

    static let api = ["job": "api"]

    static let rendered: [Case] = [
        // Text, labels and trim markers.
        Case("Target {{ $labels.job }} is down", labels: api, "Target api is down"),
        Case("[{{ $labels.nope }}]", labels: api, "[]"),
        Case(#"[{{ index $labels "job" }}|{{ index $labels "nope" }}]"#, labels: api, "[api|]"),
        Case(#"{{ index .Labels "job" }}"#, labels: api, "api"),
        Case("[{{ .Labels.job }}|{{ .Value }}|{{ .Labels.nope }}]", labels: api, value: 0.25, "[api|0.25|]"),
        Case(#"{{ $labels.job }}"#, labels: ["job": #"a"b\c"#], #"a"b\c"#),
        Case("a  {{- $labels.job -}}  b", labels: api, "aapib"),
        Case("a \n\t {{- $labels.job }} \n b", labels: api, "aapi \n b"),
        Case("a {{ $labels.job -}} \n\t\r b", labels: api, "a apib"),
        Case("  {{-\t$labels.job\n-}}  ", labels: api, "api"),
        Case(
            "x {{- $labels.job}} {{$labels.job}}|{{$value|humanize}}|{{ $labels.job | toUpper}}", labels: api,
            value: 1500, "xapi api|1.5k|API"),
        Case("{{\n  $labels.job\n  | toUpper\n}}", labels: api, "API"),
        Case(#"{{ "lit" }} {{ `raw \n` }} {{ "esc\t\"q\"\n" }}"#, "lit raw \\n esc\t\"q\"\n"),
        Case(#"}} {{ "}}" }}"#, "}} }}"),
        // $value: Go's shortest %v.
        Case("{{ $value }}", value: 0, "0"),
        Case("{{ $value }}", value: -0.0, "-0"),
        Case("{{ $value }}", value: 1, "1"),
        Case("{{ $value }}", value: 100_000, "100000"),
        Case("{{ $value }}", value: 999_999, "999999"),
        Case("{{ $value }}", value: 1_000_000, "1e+06"),
        Case("{{ $value }}", value: 1_234_567, "1.234567e+06"),
        Case("{{ $value }}", value: 123_456_789_012, "1.23456789012e+11"),
        Case("{{ $value }}", value: 1e21, "1e+21"),
        Case("{{ $value }}", value: 12345.678, "12345.678"),
        Case("{{ $value }}", value: 0.0001, "0.0001"),
        Case("{{ $value }}", value: 0.00001, "1e-05"),
        Case("{{ $value }}", value: 1.5e-7, "1.5e-07"),
        Case("{{ $value }}", value: -1e-7, "-1e-07"),
        Case("{{ $value }}", value: -2.5, "-2.5"),
        Case("{{ $value }}", value: 0.1 + 0.2, "0.30000000000000004"),
        Case("{{ $value }}", value: .leastNonzeroMagnitude, "5e-324"),
        Case("{{ $value }}", value: .greatestFiniteMagnitude, "1.7976931348623157e+308"),
        Case("{{ $value }}", value: .nan, "NaN"),
        Case("{{ $value }}", value: .infinity, "+Inf"),
        Case("{{ $value }}", value: -.infinity, "-Inf"),
        // humanize: SI prefixes with %.4g.
        Case("{{ $value | humanize }}", value: 0, "0"),
        Case("{{ $value | humanize }}", value: -0.0, "-0"),
        Case("{{ $value | humanize }}", value: 1, "1"),
        Case("{{ $value | humanize }}", value: -2.5, "-2.5"),
        Case("{{ $value | humanize }}", value: 999.99, "1000"),
        Case("{{ $value | humanize }}", value: 1000, "1k"),
        Case("{{ $value | humanize }}", value: 1023.9, "1.024k"),
        Case("{{ $value | humanize }}", value: 123_456, "123.5k"),
        Case("{{ $value | humanize }}", value: 999_999, "1000k"),
        Case("{{ $value | humanize }}", value: 1_000_000, "1M"),
        Case("{{ $value | humanize }}", value: -1_048_576, "-1.049M"),
        Case("{{ $value | humanize }}", value: -1e19, "-10E"),
        Case("{{ $value | humanize }}", value: 1e21, "1Z"),
        Case("{{ $value | humanize }}", value: 1e27, "1000Y"),
        Case("{{ $value | humanize }}", value: 1e28, "1e+04Y"),
        Case("{{ $value | humanize }}", value: .greatestFiniteMagnitude, "1.798e+284Y"),
        Case("{{ $value | humanize }}", value: 0.9999, "999.9m"),
        Case("{{ $value | humanize }}", value: -0.5, "-500m"),
        Case("{{ $value | humanize }}", value: 0.001, "1m"),
        Case("{{ $value | humanize }}", value: 0.0001234, "123.4u"),
        Case("{{ $value | humanize }}", value: 1.5e-7, "150n"),
        Case("{{ $value | humanize }}", value: 1e-25, "0.1y"),
        Case("{{ $value | humanize }}", value: 1e-30, "1e-06y"),
        Case("{{ $value | humanize }}", value: .leastNonzeroMagnitude, "4.941e-300y"),
        Case("{{ $value | humanize }}", value: .nan, "NaN"),
        Case("{{ $value | humanize }}", value: .infinity, "+Inf"),
        Case("{{ $value | humanize }}", value: -.infinity, "-Inf"),
        Case("{{ humanize $value }} {{ humanizePercentage .Value }}", value: 0.5, "500m 50%"),
        // humanize1024: binary prefixes above 1.
        Case("{{ $value | humanize1024 }}", value: 0, "0"),
        Case("{{ $value | humanize1024 }}", value: -1, "-1"),
        Case("{{ $value | humanize1024 }}", value: 0.123456, "0.1235"),
        Case("{{ $value | humanize1024 }}", value: 0.00001, "1e-05"),
        Case("{{ $value | humanize1024 }}", value: 1000, "1000"),
        Case("{{ $value | humanize1024 }}", value: 1023.9, "1024"),
        Case("{{ $value | humanize1024 }}", value: 1024, "1ki"),
        Case("{{ $value | humanize1024 }}", value: -1024, "-1ki"),
        Case("{{ $value | humanize1024 }}", value: 100_000, "97.66ki"),
        Case("{{ $value | humanize1024 }}", value: 1_048_576, "1Mi"),
        Case("{{ $value | humanize1024 }}", value: 123_456_789_012, "115Gi"),
        Case("{{ $value | humanize1024 }}", value: 1e28, "8272Yi"),
        Case("{{ $value | humanize1024 }}", value: 1e30, "8.272e+05Yi"),
        Case("{{ $value | humanize1024 }}", value: .nan, "NaN"),
        Case("{{ $value | humanize1024 }}", value: .infinity, "+Inf"),
        // humanizePercentage: %.4g of v * 100.
        Case("{{ $value | humanizePercentage }}", value: 0, "0%"),
        Case("{{ $value | humanizePercentage }}", value: -0.0, "-0%"),
        Case("{{ $value | humanizePercentage }}", value: 1, "100%"),
        Case("{{ $value | humanizePercentage }}", value: 0.123456, "12.35%"),
        Case("{{ $value | humanizePercentage }}", value: 0.0001234, "0.01234%"),
        Case("{{ $value | humanizePercentage }}", value: 0.1 + 0.2, "30%"),
        Case("{{ $value | humanizePercentage }}", value: -0.5, "-50%"),
        Case("{{ $value | humanizePercentage }}", value: 100, "1e+04%"),
        Case("{{ $value | humanizePercentage }}", value: 1.5e-7, "1.5e-05%"),
        Case("{{ $value | humanizePercentage }}", value: .greatestFiniteMagnitude, "+Inf%"),
        Case("{{ $value | humanizePercentage }}", value: .nan, "NaN%"),
        Case("{{ $value | humanizePercentage }}", value: -.infinity, "-Inf%"),
        // humanizeDuration: days to minutes with whole seconds, %.4g seconds, SI prefixes below a second.
        Case("{{ $value | humanizeDuration }}", value: 0, "0s"),
        Case("{{ $value | humanizeDuration }}", value: -0.0, "-0s"),
        Case("{{ $value | humanizeDuration }}", value: 1, "1s"),
        Case("{{ $value | humanizeDuration }}", value: -1, "-1s"),
        Case("{{ $value | humanizeDuration }}", value: 1.5, "1.5s"),
        Case("{{ $value | humanizeDuration }}", value: -2.5, "-2.5s"),
        Case("{{ $value | humanizeDuration }}", value: 59.99, "59.99s"),
        Case("{{ $value | humanizeDuration }}", value: 59.999, "60s"),
        Case("{{ $value | humanizeDuration }}", value: 60, "1m 0s"),
        Case("{{ $value | humanizeDuration }}", value: 90, "1m 30s"),
        Case("{{ $value | humanizeDuration }}", value: -90, "-1m 30s"),
        Case("{{ $value | humanizeDuration }}", value: 999.99, "16m 39s"),
        Case("{{ $value | humanizeDuration }}", value: 3599.9999, "59m 59s"),
        Case("{{ $value | humanizeDuration }}", value: 3600, "1h 0m 0s"),
        Case("{{ $value | humanizeDuration }}", value: 86400, "1d 0h 0m 0s"),
        Case("{{ $value | humanizeDuration }}", value: -86400.5, "-1d 0h 0m 0s"),
        Case("{{ $value | humanizeDuration }}", value: 100_000, "1d 3h 46m 40s"),
        Case("{{ $value | humanizeDuration }}", value: -1_048_576, "-12d 3h 16m 16s"),
        Case("{{ $value | humanizeDuration }}", value: 123_456_789_012, "1428898d 0h 30m 12s"),
        Case("{{ $value | humanizeDuration }}", value: 9.223372036854775e18, "106751991167300d 15h 13m 4s"),
        Case("{{ $value | humanizeDuration }}", value: -9.223372036854775e18, "-106751991167300d 15h 13m 4s"),
        Case("{{ $value | humanizeDuration }}", value: 0.9999, "999.9ms"),
        Case("{{ $value | humanizeDuration }}", value: 0.1 + 0.2, "300ms"),
        Case("{{ $value | humanizeDuration }}", value: 0.001, "1ms"),
        Case("{{ $value | humanizeDuration }}", value: -0.001, "-1ms"),
        Case("{{ $value | humanizeDuration }}", value: 0.0001234, "123.4us"),
        Case("{{ $value | humanizeDuration }}", value: 1.5e-7, "150ns"),
        Case("{{ $value | humanizeDuration }}", value: 1e-25, "0.1ys"),
        Case("{{ $value | humanizeDuration }}", value: 1e-30, "1e-06ys"),
        Case("{{ $value | humanizeDuration }}", value: .leastNonzeroMagnitude, "4.941e-300ys"),
        Case("{{ $value | humanizeDuration }}", value: .nan, "NaN"),
        Case("{{ $value | humanizeDuration }}", value: .infinity, "+Inf"),
        Case("{{ $value | humanizeDuration }}", value: -.infinity, "-Inf"),
        // humanizeTimestamp: Go's time.Time in UTC, truncated to milliseconds.
        Case("{{ $value | humanizeTimestamp }}", value: 0, "1970-01-01 00:00:00 +0000 UTC"),
        Case("{{ $value | humanizeTimestamp }}", value: -0.0, "1970-01-01 00:00:00 +0000 UTC"),
        Case("{{ $value | humanizeTimestamp }}", value: -1, "1969-12-31 23:59:59 +0000 UTC"),
        Case("{{ $value | humanizeTimestamp }}", value: -2.5, "1969-12-31 23:59:57.5 +0000 UTC"),
        Case("{{ $value | humanizeTimestamp }}", value: -0.5, "1969-12-31 23:59:59.5 +0000 UTC"),
        Case("{{ $value | humanizeTimestamp }}", value: -0.0005, "1970-01-01 00:00:00 +0000 UTC"),
        Case("{{ $value | humanizeTimestamp }}", value: -0.0015, "1969-12-31 23:59:59.999 +0000 UTC"),
        Case("{{ $value | humanizeTimestamp }}", value: 0.1 + 0.2, "1970-01-01 00:00:00.3 +0000 UTC"),
        Case("{{ $value | humanizeTimestamp }}", value: 0.001, "1970-01-01 00:00:00.001 +0000 UTC"),
        Case("{{ $value | humanizeTimestamp }}", value: 0.0001234, "1970-01-01 00:00:00 +0000 UTC"),
        Case("{{ $value | humanizeTimestamp }}", value: 1.5e-7, "1970-01-01 00:00:00 +0000 UTC"),
        Case("{{ $value | humanizeTimestamp }}", value: 1.001, "1970-01-01 00:00:01 +0000 UTC"),
        Case("{{ $value | humanizeTimestamp }}", value: 999.99, "1970-01-01 00:16:39.99 +0000 UTC"),
        Case("{{ $value | humanizeTimestamp }}", value: 12345.678, "1970-01-01 03:25:45.678 +0000 UTC"),
        Case("{{ $value | humanizeTimestamp }}", value: 951_782_400, "2000-02-29 00:00:00 +0000 UTC"),
        Case("{{ $value | humanizeTimestamp }}", value: 1_600_000_000.123, "2020-09-13 12:26:40.122 +0000 UTC"),
        Case("{{ $value | humanizeTimestamp }}", value: -9.2e9, "1678-06-18 12:26:40 +0000 UTC"),
        Case("{{ $value | humanizeTimestamp }}", value: 9.2e9, "2261-07-15 11:33:20 +0000 UTC"),
        Case("{{ $value | humanizeTimestamp }}", value: .nan, "NaN"),
        Case("{{ $value | humanizeTimestamp }}", value: .infinity, "+Inf"),
        Case("{{ $value | humanizeTimestamp }}", value: -.infinity, "-Inf"),
        // printf.
        Case(#"{{ printf "%.2f" $value }}"#, value: 0.125, "0.12"),
        Case(#"{{ $value | printf "%.2f" }}"#, value: 0.135, "0.14"),
        Case(#"{{ printf "%.2f" $value }}"#, value: -0.001, "-0.00"),
        Case(#"{{ printf "%.0f" $value }}"#, value: 2.5, "2"),
        Case(#"{{ printf "%.0f" $value }}"#, value: 3.5, "4"),
        Case(#"{{ printf "%.1f" $value }}"#, value: 0.25, "0.2"),
        Case(#"{{ printf "%.1f" $value }}"#, value: 0.35, "0.3"),
        Case(#"{{ printf "%.10f" $value }}"#, value: 0.1, "0.1000000000"),
        Case(#"{{ printf "%f" $value }}"#, value: 0.1, "0.100000"),
        Case(#"{{ printf "%f" $value }}"#, value: 1e20, "100000000000000000000.000000"),
        Case(#"{{ printf "%.2f" $value }}"#, value: .nan, "NaN"),
        Case(#"{{ printf "%.2f" $value }}"#, value: .infinity, "+Inf"),
        Case(#"{{ printf "%.2f" $value }}"#, value: -.infinity, "-Inf"),
        Case(#"{{ printf "%e" $value }}"#, value: 0, "0.000000e+00"),
        Case(#"{{ printf "%.3e" $value }}"#, value: 123_456, "1.235e+05"),
        Case(#"{{ printf "%.0e" $value }}"#, value: 123, "1e+02"),
        Case(#"{{ printf "%.20e" $value }}"#, value: 0.1, "1.00000000000000005551e-01"),
        Case(#"{{ printf "%e" $value }}"#, value: .infinity, "+Inf"),
        Case(#"{{ printf "%g" $value }}"#, value: 100_000, "100000"),
        Case(#"{{ printf "%g" $value }}"#, value: 1_234_567, "1.234567e+06"),
        Case(#"{{ printf "%g" $value }}"#, value: -.infinity, "-Inf"),
        Case(#"{{ printf "%.3g" $value }}"#, value: 1_234_567, "1.23e+06"),
        Case(#"{{ printf "%.3g" $value }}"#, value: 0.00001234, "1.23e-05"),
        Case(#"{{ printf "%.0g" $value }}"#, value: 123, "1e+02"),
        Case(#"{{ printf "%.3g" $value }}"#, value: .nan, "NaN"),
        Case(#"{{ printf "%v" $value }}"#, value: 1_000_000, "1e+06"),
        Case(#"{{ printf "%.1f%%" $value }}"#, value: 99.5, "99.5%"),
        Case(#"{{ printf "%.2f %.1f" $value $value }}"#, value: 2.345, "2.35 2.3"),
        Case(
            #"{{ printf "%s is %v" $labels.job $labels.env }}"#, labels: ["job": "api", "env": "prod"], "api is prod"),
        Case(#"{{ printf "%v" $labels.job }}"#, labels: api, "api"),
        Case(#"[{{ printf "%s" $labels.nope }}]"#, labels: api, "[]"),
        Case(#"{{ printf "%%" }}"#, "%"),
        Case(#"{{ "a" | printf "%s-%s" "b" }}"#, "b-a"),
        // toUpper, toLower, title.
        Case(
            "{{ $labels.job | toUpper }} {{ $labels.job | toLower }} {{ $labels.job | title }}",
            labels: ["job": "my-api server_x it's a.b 1abc aBC"],
            "MY-API SERVER_X IT'S A.B 1ABC ABC my-api server_x it's a.b 1abc abc My-Api Server_x It's A.b 1Abc ABC"),
        Case("{{ $labels.job | title }}", labels: ["job": "a-b c.d e_f g'h i/j k:l 9z"], "A-B C.d E_f G'h I/J K:l 9Z"),
        Case(
            "{{ $labels.job | title }}", labels: ["job": "a.1b 1,5x 2.5.c _a b' x: a..b a.'b a1,5b a.9.x a1b"],
            "A.1b 1,5X 2.5.C _A B' X: A..B A.'B A1,5B A.9.x A1b"),
        Case(#"{{ title "hello wORLD" }}"#, "Hello WORLD"),
        Case("{{ $value | humanize | toUpper }}", value: 1500, "1.5K"),
        // Comments, a trailing pipe and escapes, as Go parses them.
        Case("a{{/* note */}}b {{- /* note */ -}} c", value: 1, "abc"),
        Case("{{ $value | }}", value: 1, "1"),
        Case(#"{{ "a\x41\101\u00e9\t" }}"#, "aAAé\t"),
        Case(#"{{ $value | printf "%.2f" | toUpper }}"#, value: .infinity, "+INF"),
    ]

    static let rejected: [Case] = [
        Case("{{ $value }}", "the template uses $value; state the alert's expected value in the test"),
        Case(
            "{{ $value | humanize }}", labels: api,
            "the template uses $value; state the alert's expected value in the test"),
        Case(
            "a{{-$labels.job-}}b", labels: api, value: 1,
            invalid(#"template '{{-$labels.job-}}' does not parse: illegal number syntax: "-""#)),
        Case(
            "{{ if gt $value 1.0 }}high{{ end }}", value: 2,
            unsupported("{{ if gt $value 1.0 }}", "'if' is not supported")),
        Case(#"{{ query "up" }}"#, value: 1, unsupported(#"{{ query "up" }}"#, "'query' is not supported")),
        Case(
            "{{ $externalLabels.cluster }}", value: 1,
            unsupported("{{ $externalLabels.cluster }}", "'$externalLabels.cluster' is not supported")),
        Case("{{ $x := 1 }}", value: 1, unsupported("{{ $x := 1 }}", "variables are not supported")),
        Case("{{ 1.5 }}", value: 1, unsupported("{{ 1.5 }}", "'1.5' is not supported")),
        Case(
            "{{ $labels.job.x }}", labels: api, value: 1,
            unsupported("{{ $labels.job.x }}", "'$labels.job.x' is not supported")),
        Case("{{ $labels }}", labels: api, value: 1, unsupported("{{ $labels }}", "it prints the whole label map")),
        Case("{{ }}", value: 1, invalid("template '{{ }}' does not parse: missing value for command")),
        Case(
            "x {{ $labels.job", labels: api, value: 1,
            invalid("template '{{ $labels.job' does not parse: unclosed action")),
        Case(#"{{ "abc }}"#, value: 1, invalid(#"template '{{ "abc }}' does not parse: unterminated quoted string"#)),
        Case("{{ $nope }}", value: 1, invalid("template uses $nope, which is not declared where it is used")),
        Case(
            #"{{ $value | humanize "x" }}"#, value: 1,
            unsupported(#"{{ $value | humanize "x" }}"#, "humanize is supported for $value only")),
        Case(
            "{{ $labels.job | humanizeDuration }}", labels: ["job": "60"], value: 1,
            unsupported("{{ $labels.job | humanizeDuration }}", "humanizeDuration is supported for $value only")),
        Case(
            "{{ $value | toUpper }}", value: 1,
            unsupported("{{ $value | toUpper }}", "toUpper is supported for one ASCII text only")),
        Case(
            "{{ title $labels.job }}", labels: ["job": "élan"], value: 1,
            unsupported("{{ title $labels.job }}", "title is supported for one ASCII text only")),
        Case(
            "{{ index $labels }}", labels: api, value: 1,
            unsupported("{{ index $labels }}", #"index is supported as index $labels "name" only"#)),
        Case(
            "{{ $value | $labels.job }}", labels: api, value: 1,
            unsupported("{{ $value | $labels.job }}", "only a function takes arguments")),
        Case(
            #"{{ printf "%s" humanize }}"#, value: 1,
            unsupported(#"{{ printf "%s" humanize }}"#, "humanize as an argument")),
        Case("{{ printf $value }}", value: 1, unsupported("{{ printf $value }}", "printf needs a format string first")),
        Case(
            #"{{ printf "%d" $value }}"#, value: 3,
            unsupported(#"{{ printf "%d" $value }}"#, "printf verb '%d' with this argument")),
        Case(
            #"{{ printf "%s" $value }}"#, value: 3,
            unsupported(#"{{ printf "%s" $value }}"#, "printf verb '%s' with this argument")),
        Case(
            #"{{ printf "%f" $labels.job }}"#, labels: api, value: 3,
            unsupported(#"{{ printf "%f" $labels.job }}"#, "printf verb '%f' with this argument")),
        Case(
            #"{{ printf "%5.1f" $value }}"#, value: 3,
            unsupported(#"{{ printf "%5.1f" $value }}"#, "printf verb '%5' with this argument")),
        Case(
            #"{{ printf "%.f" $value }}"#, value: 3,
            unsupported(#"{{ printf "%.f" $value }}"#, "printf precision without digits")),
        Case(
            #"{{ printf "%.2f" }}"#, value: 3,
            unsupported(#"{{ printf "%.2f" }}"#, "printf has fewer arguments than verbs")),
        Case(
            #"{{ printf "x" $value }}"#, value: 3,
            unsupported(#"{{ printf "x" $value }}"#, "printf has more arguments than verbs")),
        Case(#"{{ printf "100%" }}"#, value: 3, unsupported(#"{{ printf "100%" }}"#, "printf format ends in '%'")),
        Case(
            "{{ $value | humanizeDuration }}", value: 1e20,
            unsupported(
                "{{ $value | humanizeDuration }}", "humanizeDuration of this value overflows Go's int64 in Prometheus")),
        Case(
            "{{ $value | humanizeTimestamp }}", value: 9.3e9,
            unsupported(
                "{{ $value | humanizeTimestamp }}", "humanizeTimestamp of this value overflows Go's int64 in Prometheus"
            )),
    ]

    static func invalid(_ problem: String) -> String {
        "the template is invalid (\(problem))"
    }

    static func unsupported(_ construct: String, _ detail: String) -> String {
        "unsupported template construct '\(construct)' (\(detail)): write the expected annotation in the test"
    }

    @Test("renders as promtool", arguments: rendered)
    func renders(_ example: Case) {
        #expect(
            AlertTemplateExpander.expand(example.template, labels: example.labels, value: example.value)
                == .success(example.expected))
    }

    @Test("rejects what it cannot render, naming the construct", arguments: rejected)
    func rejects(_ example: Case) {
        #expect(
            AlertTemplateExpander.expand(example.template, labels: example.labels, value: example.value)
                == .failure(AlertTemplateError(message: example.expected)))
    }

    @Test("promtool renders the table and a generated sample as the expander does")
    func promtoolAgrees() throws {
        var samples: [AlertTemplatePromtool.Sample] = []
        for example in Self.rendered {
            let value = example.value ?? 0
            let expected = try AlertTemplateExpander.expand(example.template, labels: example.labels, value: value)
                .get()
            samples.append(.init(labels: example.labels, value: value, annotations: [(example.template, expected)]))
        }
        samples += Self.generatedSamples()
        let run = try AlertTemplatePromtool.run(samples)
        #expect(run.succeeded, "\(run.output)")
    }

    /// Every supported function over special values, round decimals and random bit patterns, with labels to match.
    static func generatedSamples() -> [AlertTemplatePromtool.Sample] {
        let templates = [
            "{{ $value }}", "{{ $value | humanize }}", "{{ $value | humanize1024 }}", "{{ humanizePercentage $value }}",
            "{{ $value | humanizeDuration }}", "{{ $value | humanizeTimestamp }}", #"{{ printf "%.2f" $value }}"#,
            #"{{ printf "%.3e|%g|%.4g|%f|%e" $value $value $value $value $value }}"#,
            #"{{ $labels.job | title }}: {{ $labels.job | toUpper }} {{- printf " %s=%.1f" .Labels.job .Value -}}"#,
        ]
        let jobs = ["api", "node-exporter", "it's a.b_c", "Mixed Case-42", ""]
        var random = AlertTemplateRandom(seed: 2042)
        var values: [Double] = [
            0, -0.0, 1, -1, 0.5, 0.001, 999.95, 1000, 1023.5, 1024, 59.995, 60, 3600, 86400, 1e6, 1e21, 1e-5,
            .ulpOfOne, .leastNonzeroMagnitude, .leastNormalMagnitude, .greatestFiniteMagnitude, .nan, .infinity,
            -.infinity,
        ]
        for _ in 0..<60 {
            let mantissa = Double(Int.random(in: 1...99_999, using: &random))
            values.append(mantissa * pow(10, Double(Int.random(in: -12...12, using: &random))))
            values.append(Double(Int.random(in: 1...9_999, using: &random)) / 8 - 500)
            values.append(Double.random(in: -9e9...9e9, using: &random))
            let bits = Double(bitPattern: random.next())
            values.append(bits.isNaN ? 0.1 : bits)
        }
        return values.enumerated().map { index, value in
            let job = jobs[index % jobs.count]
            let labels = job.isEmpty ? [:] : ["job": job]
            let annotations = templates.compactMap { template in
                (try? AlertTemplateExpander.expand(template, labels: labels, value: value).get()).map {
                    (template: template, expected: $0)
                }
            }
            return AlertTemplatePromtool.Sample(labels: labels, value: value, annotations: annotations)
        }
    }
}
