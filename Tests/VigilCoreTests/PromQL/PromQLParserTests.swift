import Testing
import VigilCore

@Suite("PromQL parser and canonical printer")
struct PromQLParserTests {
    @Test(
        "valid expressions print canonically",
        arguments: [
            // Selectors
            ("http_requests_total", "http_requests_total"),
            ("http_requests_total{job=\"api\",status=~\"5..\"}", "http_requests_total{job=\"api\",status=~\"5..\"}"),
            ("x{a!=\"b\",c!~'d',}", "x{a!=\"b\",c!~\"d\"}"),
            ("x{}", "x"),
            ("{__name__=\"x\"}", "{__name__=\"x\"}"),
            ("{__name__=~\"x|y\", job=\"a\"}", "{__name__=~\"x|y\",job=\"a\"}"),
            ("{\"my.metric\", \"a.b\"=\"c\"}", "{__name__=\"my.metric\",\"a.b\"=\"c\"}"),
            ("{\"a.b\"=\"c\"}", "{\"a.b\"=\"c\"}"),
            ("job:http_requests:rate5m", "job:http_requests:rate5m"),
            (":weird:name", ":weird:name"),
            ("x{on=\"a\", by=\"b\", inf=\"c\"}", "x{on=\"a\",by=\"b\",inf=\"c\"}"),
            ("sum", "sum"),
            ("offset{a=\"b\"}", "offset{a=\"b\"}"),
            ("sum(sum)", "sum(sum)"),
            ("and and and", "and and and"),
            // Ranges, subqueries and modifiers
            ("x[5m]", "x[5m]"),
            ("x[90m]", "x[1h30m]"),
            ("x[1w]", "x[7d]"),
            ("x[1y]", "x[365d]"),
            ("x[300]", "x[5m]"),
            ("x[1.5]", "x[1s500ms]"),
            ("x[ 5m ]", "x[5m]"),
            ("x offset 5m", "x offset 5m"),
            ("x OFFSET -1h", "x offset -1h"),
            ("x offset - 1h", "x offset -1h"),
            ("x[5m] offset 1h", "x[5m] offset 1h"),
            ("x @ 1609746000", "x @ 1609746000"),
            ("x @ 1.5", "x @ 1.5"),
            ("x @ -100", "x @ -100"),
            ("x @ 1e3", "x @ 1000"),
            ("x @ start()", "x @ start()"),
            ("x offset 5m @ end()", "x @ end() offset 5m"),
            ("x[5m] @ 100 offset 1m", "x[5m] @ 100 offset 1m"),
            ("rate(x[5m])[30m:1m]", "rate(x[5m])[30m:1m]"),
            ("rate(x[5m])[30m:]", "rate(x[5m])[30m:]"),
            ("x[5m:]", "x[5m:]"),
            ("x offset 5m[10m:]", "x offset 5m[10m:]"),
            ("(a + b)[5m:1m] offset 1h", "(a + b)[5m:1m] offset 1h"),
            ("(x)[5m:]", "x[5m:]"),
            ("max_over_time(rate(x[1m])[1h:] @ end())", "max_over_time(rate(x[1m])[1h:] @ end())"),
            // Numbers
            ("1", "1"),
            ("1.50", "1.5"),
            (".5", "0.5"),
            ("5.", "5"),
            ("1e3", "1000"),
            ("1E+21", "1e+21"),
            ("1e-7", "1e-7"),
            ("0.000001", "0.000001"),
            ("0.0001", "0.0001"),
            ("0.99", "0.99"),
            ("1e16", "10000000000000000"),
            ("1234567.5e9", "1234567500000000"),
            ("0x1F", "31"),
            ("0X_ff", "255"),
            ("010", "8"),
            ("09", "9"),
            ("1_000_000", "1000000"),
            ("Inf", "Inf"),
            ("-inf", "-Inf"),
            ("+Inf", "Inf"),
            ("NaN", "NaN"),
            ("-0", "-0"),
            ("0.1", "0.1"),
            ("123456789.125", "123456789.125"),
            ("5m", "300"),
            ("time() - 1h", "time() - 3600"),
            // Strings
            ("'a'", "\"a\""),
            ("`a\\n`", "\"a\\\\n\""),
            ("\"tab\\there\"", "\"tab\\there\""),
            ("'it\\'s'", "\"it's\""),
            ("\"say \\\"hi\\\"\"", "\"say \\\"hi\\\"\""),
            ("\"\\u00e9\\x41\\101\\U0001F600\"", "\"éAA😀\""),
            ("\"\\a\\b\\f\\v\\r\"", "\"\\a\\b\\f\\v\\r\""),
            ("`multi\nline`", "\"multi\\nline\""),
            ("\"\\x01\"", "\"\\x01\""),
            // Binary operators
            ("a+b*c", "a + b * c"),
            ("(a+b)*c", "(a + b) * c"),
            ("a - (b - c)", "a - (b - c)"),
            ("(a - b) - c", "a - b - c"),
            ("2 ^ 3 ^ 2", "2 ^ 3 ^ 2"),
            ("(2 ^ 3) ^ 2", "(2 ^ 3) ^ 2"),
            ("2 ^ (3 ^ 2)", "2 ^ 3 ^ 2"),
            ("a or b and c", "a or b and c"),
            ("(a or b) and c", "(a or b) and c"),
            ("a unless b or c", "a unless b or c"),
            ("x atan2 y", "x atan2 y"),
            ("a > bool 1", "a > bool 1"),
            ("1 >= bool 2", "1 >= bool 2"),
            ("a == b > c", "a == b > c"),
            ("a / on(job) group_left(team) b", "a / on (job) group_left (team) b"),
            ("a * ignoring(x) group_right b", "a * ignoring (x) group_right b"),
            ("a * ignoring() group_left b", "a * ignoring () group_left b"),
            ("a + ignoring() b", "a + b"),
            ("a + on() b", "a + on () b"),
            ("a and on(x, y,) b", "a and on (x, y) b"),
            ("a > bool on(x) b", "a > bool on (x) b"),
            ("1 + ignoring() 2", "1 + 2"),
            // Signs
            ("-x", "-x"),
            ("+x", "+x"),
            ("-(1)", "-(1)"),
            ("- -1", "1"),
            ("-(-x)", "- -x"),
            ("--x", "- -x"),
            ("-+x", "- +x"),
            ("-(a + b)", "-(a + b)"),
            ("-a ^ 2", "-a ^ 2"),
            ("(-a) ^ 2", "(-a) ^ 2"),
            ("-1 ^ 2", "-1 ^ 2"),
            ("(-1) ^ 2", "(-1) ^ 2"),
            ("-2 * 3", "-2 * 3"),
            ("2 * -3", "2 * -3"),
            ("a ^ -1", "a ^ -1"),
            ("-x offset 5m", "-x offset 5m"),
            ("-rate(x[5m])", "-rate(x[5m])"),
            // Aggregations
            ("sum by(job)(rate(x{a=\"b\"}[5m]))", "sum by (job) (rate(x{a=\"b\"}[5m]))"),
            ("sum(rate(x[5m])) by (job, instance)", "sum by (job, instance) (rate(x[5m]))"),
            ("SUM(x) BY (job)", "sum by (job) (x)"),
            ("sum without() (x)", "sum without () (x)"),
            ("sum by () (x)", "sum(x)"),
            ("topk(5, x)", "topk(5, x)"),
            ("quantile(0.9, x) without (instance)", "quantile without (instance) (0.9, x)"),
            ("count_values('value', x)", "count_values(\"value\", x)"),
            ("limitk(2, x)", "limitk(2, x)"),
            ("limit_ratio(0.5, x)", "limit_ratio(0.5, x)"),
            ("sum by (by, on, group_left, SUM) (x)", "sum by (by, on, group_left, SUM) (x)"),
            ("sum by (\"a.b\", \"inf\") (x)", "sum by (\"a.b\", \"inf\") (x)"),
            ("group(x)", "group(x)"),
            // Functions
            (
                "histogram_quantile(0.95, sum by (le) (rate(x_bucket[5m])))",
                "histogram_quantile(0.95, sum by (le) (rate(x_bucket[5m])))"
            ),
            (
                "label_replace(x, \"dst\", \"$1\", \"src\", \"(.*)\")",
                "label_replace(x, \"dst\", \"$1\", \"src\", \"(.*)\")"
            ),
            ("label_join(x, \"d\", \",\", \"a\", \"b\", \"c\")", "label_join(x, \"d\", \",\", \"a\", \"b\", \"c\")"),
            ("round(x)", "round(x)"),
            ("round(x, 5)", "round(x, 5)"),
            ("time()", "time()"),
            ("hour()", "hour()"),
            ("vector(1)", "vector(1)"),
            ("info(x, {k=~\".+\"})", "info(x, {k=~\".+\"})"),
            ("info(x, {})", "info(x, {})"),
            ("absent_over_time(x[5m])", "absent_over_time(x[5m])"),
            ("holt_winters(x[1h], 0.5, 0.5)", "holt_winters(x[1h], 0.5, 0.5)"),
            ("predict_linear(x[6h], 24*60*60) < 0", "predict_linear(x[6h], 24 * 60 * 60) < 0"),
            ("sort_by_label(x)", "sort_by_label(x)"),
            // Whitespace and comments
            ("sum(\n  rate(x[5m]) # per second\n)\n", "sum(rate(x[5m]))"),
            ("# leading comment\nup == 0", "up == 0"),
            ("x{a=\"b\", # a comment inside braces\n c=\"d\"}", "x{a=\"b\",c=\"d\"}"),
            ("\t(\r\n  up\n)\t", "up"),
        ])
    func canonicalPrint(source: String, expected: String) throws {
        let expression = try PromQLExpression(parsing: source)
        #expect(expression.description == expected)
        let reparsed = try PromQLExpression(parsing: expression.description)
        #expect(reparsed == expression)
        #expect(reparsed.description == expected)
    }

    @Test(
        "invalid expressions report a message and a column",
        arguments: [
            ("sum(rate(x) + )", "unexpected \")\" at 1:15, expected an expression", 15),
            ("rate(x)", "expected type range vector in call to function \"rate\", got instant vector", 6),
            ("sum(x[5m])", "expected type instant vector in aggregation expression, got range vector", 5),
            ("x[5m][5m]", "ranges only allowed for vector selectors", 6),
            ("rate(x[1m])[5m]", "ranges only allowed for vector selectors", 12),
            ("(x)[5m]", "ranges only allowed for vector selectors", 4),
            ("1 > 2", "comparisons between scalars must use bool modifier", 3),
            ("1 and x", "set operator \"and\" not allowed in binary scalar expression", 3),
            ("x + bool y", "bool modifier can only be used on comparison operators", 3),
            ("x and on(a) group_left y", "no grouping allowed for \"and\" operation", 3),
            ("a * on(x) group_left(x) b", "label \"x\" must not occur in on and group clause at once", 3),
            ("1 + on(x) 2", "vector matching only allowed between instant vectors", 3),
            ("\"a\" + 1", "binary expression must contain only scalar and instant vector types", 1),
            ("x + x[5m]", "binary expression must contain only scalar and instant vector types", 5),
            ("topk(x)", "wrong number of arguments for aggregate expression provided, expected 2, got 1", 1),
            ("sum()", "no arguments for aggregate expression provided", 1),
            ("count_values(1, x)", "expected type string in aggregation parameter, got scalar", 14),
            ("foo(x)", "unknown function with name \"foo\"", 1),
            ("histogram_quantile(0.9)", "expected 2 argument(s) in call to \"histogram_quantile\", got 1", 1),
            ("label_join(x, \"a\")", "expected at least 3 argument(s) in call to \"label_join\", got 2", 1),
            ("round(x, 1, 2)", "expected at most 2 argument(s) in call to \"round\", got 3", 1),
            ("time(1)", "expected 0 argument(s) in call to \"time\", got 1", 1),
            ("info(x, y)", "expected label selectors only, got vector selector instead", 9),
            ("{}", "vector selector must contain at least one non-empty matcher", 1),
            ("{a=\"\"}", "vector selector must contain at least one non-empty matcher", 1),
            ("{a=~\".*\"}", "vector selector must contain at least one non-empty matcher", 1),
            ("x{__name__=\"y\"}", "metric name must not be set twice: \"x\" or \"y\"", 1),
            ("x{\"y\"}", "metric name must not be set twice: \"x\" or \"y\"", 1),
            ("x offset 5m offset 1m", "offset may not be set multiple times", 13),
            ("x @ 1 @ 2", "@ <timestamp> may not be set multiple times", 7),
            ("sum(x) offset 5m", "offset modifier must be preceded by an instant vector selector", 8),
            ("(x) offset 5m", "offset modifier must be preceded by an instant vector selector", 5),
            ("1 @ 5", "@ modifier must be preceded by an instant vector selector", 3),
            ("x offset 5m [5m]", "no offset modifiers allowed before range", 13),
            ("x @ 5 [5m]", "no @ modifiers allowed before range", 7),
            ("x @ Inf", "timestamp out of bounds for @ modifier", 5),
            ("x @ start", "unexpected end of input at 1:10, expected \"(\"", 10),
            ("x @ foo", "unexpected identifier \"foo\" at 1:5, expected a timestamp, start() or end()", 5),
            ("1[5m:]", "subquery is only allowed on instant vector, got scalar instead", 1),
            ("x[5m:1m:]", "unexpected \":\" at 1:8, expected \"]\"", 8),
            ("x[5x]", "invalid duration \"5x\"", 3),
            ("x[5m1h]", "invalid duration \"5m1h\"", 3),
            ("x[0s]", "duration must be greater than 0", 3),
            ("x[1.5m]", "bad number or duration syntax \"1.5m\"", 3),
            ("x offset 0s", "duration must be greater than 0", 10),
            ("x[5m", "unexpected end of input at 1:5, expected \":\" or \"]\"", 5),
            ("-\"a\"", "unary expression only allowed on expressions of type scalar or instant vector, got string", 1),
            ("\"unterminated", "unterminated quoted string", 1),
            ("`raw", "unterminated raw string", 1),
            ("\"line\nbreak\"", "unterminated quoted string", 1),
            ("x{a=\"\\q\"}", "unknown escape sequence", 6),
            ("\"\\xff\"", "invalid UTF-8 in string", 1),
            ("\"\\ud800\"", "escape sequence is an invalid Unicode code point", 2),
            ("\"\\777\"", "octal escape value > 255", 2),
            ("'\\\"'", "unknown escape sequence", 2),
            ("sum(x,)", "trailing commas not allowed in function call args", 6),
            ("x{a=\"b\"", "unexpected end of input at 1:8, expected \",\" or \"}\"", 8),
            ("x{a}", "unexpected \"}\" at 1:4, expected a label matching operator", 4),
            ("x{a=b}", "unexpected identifier \"b\" at 1:5, expected a string", 5),
            ("x{,}", "unexpected \",\" at 1:3, expected a label name or \"}\"", 3),
            ("x{a:b=\"c\"}", "unexpected identifier \":b\" at 1:4, expected a label matching operator", 4),
            ("sum by (a:b) (x)", "unexpected identifier \"a:b\" at 1:9, expected a label name", 9),
            ("sum by (inf) (x)", "unexpected number \"inf\"", 9),
            ("sum by job (x)", "unexpected identifier \"job\" at 1:8, expected \"(\"", 8),
            ("sum(x) by (a) by (b)", "unexpected keyword \"by\"", 15),
            ("a + on b", "unexpected identifier \"b\" at 1:8, expected \"(\"", 8),
            ("a + group_left b", "unexpected keyword \"group_left\" at 1:5, expected an expression", 5),
            ("", "no expression found in input", 1),
            ("  # only a comment", "no expression found in input", 19),
            ("x y", "unexpected identifier \"y\" at 1:3, expected an operator or the end of the input", 3),
            ("sum(x))", "unexpected \")\"", 7),
            ("a = b", "unexpected \"=\"", 3),
            ("a !~ b", "unexpected \"!~\"", 3),
            ("a ! b", "unexpected character after \"!\"", 4),
            ("x $ y", "unexpected character \"$\"", 3),
            ("é", "unexpected character \"é\"", 1),
            ("1x", "invalid duration \"1x\"", 1),
            ("1e", "invalid duration \"1e\"", 1),
            ("1__0", "bad number or duration syntax \"1__0\"", 1),
            ("0x1.8", "bad number or duration syntax \"0x1.8\"", 1),
            ("1e400", "number \"1e400\" is out of range", 1),
            ("0xFFFFFFFFFFFFFFFFFF", "number \"0xFFFFFFFFFFFFFFFFFF\" is out of range", 1),
            ("x[5m] + 1", "binary expression must contain only scalar and instant vector types", 1),
            (
                String(repeating: "(", count: 300) + "1" + String(repeating: ")", count: 300),
                "expression is nested too deeply", 201
            ),
            (Array(repeating: "x", count: 5_000).joined(separator: " + "), "expression is nested too deeply", 799),
        ])
    func invalidExpression(source: String, fragment: String, column: Int) {
        #expect(throws: PromQLSyntaxError.self) { try PromQLExpression(parsing: source) }
        do {
            _ = try PromQLExpression(parsing: source)
        } catch {
            #expect(error.description.contains(fragment), "\(error)")
            #expect(error.column == column, "\(error)")
        }
    }

    @Test("nesting up to the depth limit parses and prints")
    func deepNesting() throws {
        let sources = [
            String(repeating: "abs(", count: 190) + "x" + String(repeating: ")", count: 190),
            String(repeating: "sum by (a) (", count: 190) + "x" + String(repeating: ")", count: 190),
            String(repeating: "-", count: 190) + "x",
            Array(repeating: "x", count: 190).joined(separator: " ^ "),
            Array(repeating: "x", count: 199).joined(separator: " + "),
        ]
        for source in sources {
            let expression = try PromQLExpression(parsing: source)
            #expect(try PromQLExpression(parsing: expression.description) == expression)
        }
    }

    @Test("a syntax error later in the input wins over an earlier type error")
    func syntaxErrorsFirst() {
        #expect(
            throws: PromQLSyntaxError(
                message: "unexpected end of input", expected: "an expression", line: 1, column: 11, utf8Offset: 10)
        ) {
            try PromQLExpression(parsing: "rate(x) + ")
        }
    }

    @Test("positions count lines, characters and UTF-8 bytes")
    func positions() {
        #expect(
            throws: PromQLSyntaxError(
                message: "expected type range vector in call to function \"rate\", got instant vector",
                line: 2, column: 8, utf8Offset: 12)
        ) { try PromQLExpression(parsing: "sum(\n  rate(x)\n)") }
        #expect(
            throws: PromQLSyntaxError(
                message: "expected type range vector in call to function \"rate\", got instant vector",
                line: 1, column: 12, utf8Offset: 12)
        ) { try PromQLExpression(parsing: "\"é\" + rate(x)") }
        #expect(
            throws: PromQLSyntaxError(
                message: "unexpected \")\"", expected: "an expression", line: 1, column: 15, utf8Offset: 14)
        ) { try PromQLExpression(parsing: "sum(rate(x) + )") }
    }

    @Test("the error prints its position between the problem and the expectation")
    func errorDescription() {
        let error = PromQLSyntaxError(
            message: "unexpected \")\"", expected: "an expression", line: 1, column: 14, utf8Offset: 13)
        #expect(error.description == "unexpected \")\" at 1:14, expected an expression")
        let typeError = PromQLSyntaxError(
            message: "unknown function with name \"foo\"", line: 2, column: 3, utf8Offset: 9)
        #expect(typeError.description == "unknown function with name \"foo\" at 2:3")
    }

    @Test("types of expressions")
    func types() throws {
        let cases: [(String, PromQLValueType)] = [
            ("1", .scalar), ("\"a\"", .string), ("x", .instantVector), ("x[5m]", .rangeVector),
            ("rate(x[5m])[1h:]", .rangeVector), ("time()", .scalar), ("scalar(x)", .scalar),
            ("1 + 2", .scalar), ("x + 1", .instantVector), ("-time()", .scalar), ("sum(x)", .instantVector),
            ("1 > bool 2", .scalar),
        ]
        for (source, type) in cases {
            #expect(try PromQLExpression(parsing: source).type == type, "\(source)")
        }
    }
}
