import Testing
import YAMLKit

/// The scalar table: which strings need quotes, how they are written, and that every one of them reads
/// back as the same string.
struct ScalarQuotingTests {
    /// Strings a YAML 1.1 or 1.2 reader could take for something other than a string.
    static let mustQuote: [String] = [
        // empty and null
        "", "~", "null", "Null", "NULL", "nULL",
        // YAML 1.1 booleans (and other letter cases, which Ruby's Psych accepts)
        "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE", "false", "False",
        "FALSE", "on", "On", "ON", "off", "Off", "OFF", "yEs", "tRUE",
        // integers
        "0", "7", "8080", "-1", "+1", "-0", "1_000", "1,000", "0x1F", "0X1f", "-0x1F", "0x", "0o17", "0O17",
        "0b101", "0B101", "-0b1", "017", "09", "0_", "-_1", "+_", "_", "9223372036854775808",
        // sexagesimal
        "1:30", "-1:30", "190:20:30", "190:20:30.15", "9090:9090",
        // floats
        "1.0", "1.", ".5", "+.5", "-.5", "1e3", "1E3", "1e+3", "1.5E-3", "1.0e-05", "6.8523015e+5", "1_000.5",
        "1.2.3", "127.0.0.1", "._",
        ".inf", ".Inf", ".INF", "-.inf", "+.inf", ".nan", ".NaN", ".NAN", "-.nan", ".iNf",
        // timestamps
        "2001-12-14", "2024-1-2", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5", "2024-01-15 is a date",
        // merge and value keys
        "<<", "=",
        // whitespace at the ends
        " leading", "trailing ", " ", "\tlead", "x\u{A0}", "\u{3000}x",
        // indicators first
        "-", "--", "- item", "-foo", "---", "--- x", "?", "? x", "?x", ":", ":x", "::", ",", ",x", "[", "[a]", "]",
        "{", "{a: 1}", "}", "#", "#comment", "&anchor", "*alias", "!tag", "!!str", "|", "| x", ">", ">x", "'",
        "'quoted'", "\"", "\"quoted\"", "%TAG", "@at", "`tick`",
        // document end marker
        "...", "...x",
        // mapping and comment syntax inside
        "a: b", "key: value", "a #b", "value # comment", "key:", "a::", "http://x:",
        // Go templates
        "{{ $value }}", "Value is {{ $value | humanizeDuration }}", "{{.}}",
        // control, format and separator characters
        "tab\there", "line\nbreak", "cr\rx", "crlf\r\n", "nul\u{0}x", "\u{1}", "bell\u{7}", "esc\u{1B}", "del\u{7F}",
        "c1\u{80}", "nel\u{85}x", "c1\u{9F}", "soft\u{AD}hyphen", "bom\u{FEFF}", "\u{FEFF}", "ls\u{2028}x",
        "ps\u{2029}x", "zero\u{200B}width", "\u{FFFE}", "x\u{FFFF}",
    ]

    /// Strings that are safe to write plain and should stay plain for readability.
    static let plain: [String] = [
        "10s", "5m", "1h30m", "30d", "0s", "/metrics", "backend:8000", "http://x:9090/path",
        "127.0.0.1:9090", "rate(foo[5m]) > 0.5", "sum by (job) (rate(http_requests_total{status=~\"5..\"}[5m]))",
        "up{job=\"api\"} == 0", "hello world", "High API latency", "a-b", "x:y", "a,b", "foo#bar", "v1.2.3",
        "prom/prometheus:v3.1.0", "é", "日本語", "Ünïcödé text", "it's", "say \"hi\"", "back\\slash", "$value",
        "~foo", ".", "..", "inf", "nan", "Yes please", "on-call", "true_value", "null_route", "no-op", "yes!",
        "1-2", "2024-01", "100%", "50 %", "a:b:c", "x?", "a|b", "a > b", "a - b", "a [b]", "a {b}",
    ]

    @Test(arguments: mustQuote)
    func requiresQuoting(_ text: String) {
        #expect(YAMLScalarResolver.requiresQuoting(text), "\(Self.scalars(text))")
    }

    @Test(arguments: plain)
    func staysPlain(_ text: String) throws {
        #expect(!YAMLScalarResolver.requiresQuoting(text))
        #expect(YAMLScalarResolver.resolve(plain: text) == .string(text))
        #expect(try YAMLEmitter().emit(["k": .string(text)]) == "k: \(text)\n")
    }

    @Test(arguments: mustQuote + plain)
    func roundTrips(_ text: String) throws {
        let node: YAMLNode = ["k": .string(text), text: [.string(text)]]
        let yaml = try YAMLEmitter().emit(node)
        let parsed = try YAMLParser().parse(yaml)
        #expect(parsed == node, "\(Self.scalars(text)) emitted as:\n\(yaml)")
        #expect(parsed["k"]?.stringValue.map(Self.scalars) == Self.scalars(text))
    }

    @Test(arguments: [
        ("key", "yes", "key: 'yes'\n"),
        ("port", "8080", "port: '8080'\n"),
        ("path", "/metrics", "path: /metrics\n"),
        ("target", "backend:8000", "target: backend:8000\n"),
        ("expr", "rate(foo[5m]) > 0.5", "expr: rate(foo[5m]) > 0.5\n"),
        ("description", "{{ $value }}", "description: '{{ $value }}'\n"),
        ("quote", "it's: here", "quote: 'it''s: here'\n"),
        ("when", "2024-01-15", "when: '2024-01-15'\n"),
        ("empty", "", "empty: ''\n"),
        ("tab", "a\tb", "tab: \"a\\tb\"\n"),
        ("nul", "a\u{0}b", "nul: \"a\\0b\"\n"),
        ("bom", "\u{FEFF}x", "bom: \"\\uFEFFx\"\n"),
        ("separator", "a\u{2028}b", "separator: \"a\\Lb\"\n"),
        ("emoji", "🔥 hot", "emoji: \"\\U0001F525 hot\"\n"),
        ("on", "off", "'on': 'off'\n"),
        ("null", "~", "'null': '~'\n"),
        ("1", "x", "'1': x\n"),
    ])
    func emittedText(key: String, value: String, expected: String) throws {
        #expect(try YAMLEmitter().emit([key: .string(value)]) == expected)
    }

    static func scalars(_ text: String) -> [String] {
        text.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }
    }
}
