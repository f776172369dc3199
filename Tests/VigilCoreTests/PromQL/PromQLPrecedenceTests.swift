import Testing
import VigilCore

private func v(_ name: String) -> PromQLExpression {
    .vectorSelector(PromQLVectorSelector(name: name))
}

private func bin(
    _ lhs: PromQLExpression, _ op: PromQLBinaryExpression.Operator, _ rhs: PromQLExpression
) -> PromQLExpression {
    .binary(PromQLBinaryExpression(lhs, op, rhs))
}

@Suite("PromQL precedence and associativity")
struct PromQLPrecedenceTests {
    @Test(
        "operators group as in Prometheus",
        arguments: [
            ("a - b - c", bin(bin(v("a"), .subtract, v("b")), .subtract, v("c"))),
            ("a / b * c % d", bin(bin(bin(v("a"), .divide, v("b")), .multiply, v("c")), .modulo, v("d"))),
            ("2 ^ 3 ^ 2", bin(.number(2), .power, bin(.number(3), .power, .number(2)))),
            ("a or b and c", bin(v("a"), .or, bin(v("b"), .and, v("c")))),
            ("a and b or c", bin(bin(v("a"), .and, v("b")), .or, v("c"))),
            ("a and b unless c", bin(bin(v("a"), .and, v("b")), .unless, v("c"))),
            ("a + b * c", bin(v("a"), .add, bin(v("b"), .multiply, v("c")))),
            ("a * b + c", bin(bin(v("a"), .multiply, v("b")), .add, v("c"))),
            ("a atan2 b + c", bin(bin(v("a"), .atan2, v("b")), .add, v("c"))),
            ("a + b > c", bin(bin(v("a"), .add, v("b")), .greater, v("c"))),
            ("a > b == c", bin(bin(v("a"), .greater, v("b")), .equal, v("c"))),
            ("a > b and c", bin(bin(v("a"), .greater, v("b")), .and, v("c"))),
            ("-a ^ 2", .unary(.minus, bin(v("a"), .power, .number(2)))),
            ("-a * 2", bin(.unary(.minus, v("a")), .multiply, .number(2))),
            ("-1 ^ 2", .unary(.minus, bin(.number(1), .power, .number(2)))),
            ("-1 * 2", bin(.number(-1), .multiply, .number(2))),
            ("a ^ -b ^ c", bin(v("a"), .power, .unary(.minus, bin(v("b"), .power, v("c"))))),
            ("a ^ -b * c", bin(bin(v("a"), .power, .unary(.minus, v("b"))), .multiply, v("c"))),
            ("a * -b + c", bin(bin(v("a"), .multiply, .unary(.minus, v("b"))), .add, v("c"))),
            ("-(1)", .unary(.minus, .number(1))),
            ("- -1", .number(1)),
            ("+x", .unary(.plus, v("x"))),
            (
                "-x offset 5m",
                .unary(.minus, .vectorSelector(PromQLVectorSelector(name: "x", offset: .minutes(5))))
            ),
            (
                "a + b offset 5m",
                bin(v("a"), .add, .vectorSelector(PromQLVectorSelector(name: "b", offset: .minutes(5))))
            ),
            (
                "rate(x[5m])[1h:] offset 1m",
                .subquery(
                    PromQLSubquery(
                        .call(
                            PromQLCall(
                                .rate, [.matrixSelector(PromQLMatrixSelector(.init(name: "x"), range: .minutes(5)))])),
                        range: .hours(1), offset: .minutes(1)))
            ),
        ])
    func grouping(source: String, expected: PromQLExpression) throws {
        let parsed = try PromQLExpression(parsing: source)
        #expect(parsed == expected)
        #expect(try PromQLExpression(parsing: parsed.description) == expected)
    }

    @Test(
        "the printer adds exactly the parentheses a tree needs",
        arguments: [
            (bin(bin(v("a"), .add, v("b")), .multiply, v("c")), "(a + b) * c"),
            (bin(v("a"), .subtract, bin(v("b"), .subtract, v("c"))), "a - (b - c)"),
            (bin(bin(.number(2), .power, .number(3)), .power, .number(2)), "(2 ^ 3) ^ 2"),
            (bin(.number(-1), .power, .number(2)), "(-1) ^ 2"),
            (bin(.unary(.minus, v("a")), .power, .number(2)), "(-a) ^ 2"),
            (.unary(.minus, bin(v("a"), .add, v("b"))), "-(a + b)"),
            (.unary(.minus, .number(-1)), "-(-1)"),
            (.unary(.minus, .unary(.plus, v("a"))), "- +a"),
            (.subquery(PromQLSubquery(bin(v("a"), .add, v("b")), range: .minutes(5))), "(a + b)[5m:]"),
            (.subquery(PromQLSubquery(.unary(.minus, v("a")), range: .minutes(5))), "(-a)[5m:]"),
            (
                .binary(
                    PromQLBinaryExpression(
                        v("a"), .multiply, bin(v("b"), .add, v("c")),
                        matching: .init(.on, ["x"], group: .left([])))),
                "a * on (x) group_left () (b + c)"
            ),
            (
                .binary(
                    PromQLBinaryExpression(
                        v("a"), .add, bin(bin(v("b"), .subtract, v("c")), .multiply, v("d")),
                        matching: .init(.on, [], group: .right([])))),
                "a + on () group_right () (b - c) * d"
            ),
            (
                .binary(
                    PromQLBinaryExpression(
                        v("a"), .add, bin(v("b"), .multiply, v("c")), matching: .init(.on, [], group: .right([])))),
                "a + on () group_right b * c"
            ),
            (
                .binary(
                    PromQLBinaryExpression(
                        v("a"), .multiply, v("b"), matching: .init(.ignoring, ["x"], group: .right(["y"])))),
                "a * ignoring (x) group_right (y) b"
            ),
            (.vectorSelector(PromQLVectorSelector(name: "my.metric")), "{__name__=\"my.metric\"}"),
            (
                .vectorSelector(PromQLVectorSelector(name: "on", matchers: [.init("a", .equal, "b")])),
                "{__name__=\"on\",a=\"b\"}"
            ),
            (.vectorSelector(PromQLVectorSelector(name: "Inf")), "{__name__=\"Inf\"}"),
        ])
    func minimalParentheses(tree: PromQLExpression, expected: String) throws {
        #expect(tree.description == expected)
        let reparsed = try PromQLExpression(parsing: expected)
        #expect(reparsed.description == expected)
    }

    @Test("trees the printer writes read back as the same tree")
    func builderTreesRoundTrip() throws {
        let trees: [PromQLExpression] = [
            bin(.number(-1), .power, .number(2)),
            .unary(.minus, .number(-1)),
            .binary(
                PromQLBinaryExpression(
                    v("a"), .multiply, bin(v("b"), .add, v("c")), matching: .init(.on, ["x"], group: .left([])))),
        ]
        for tree in trees {
            #expect(try PromQLExpression(parsing: tree.description) == tree)
        }
    }
}
