import Testing
import VigilCore

@Suite("PromQL round trips of random expressions")
struct PromQLRoundTripTests {
    @Test("random well-typed trees print, parse back to the same tree, and print the same again", arguments: [1, 2, 3])
    func randomTrees(seed: UInt64) throws {
        var generator = PromQLExpressionGenerator(seed: seed)
        var failures: [String] = []
        for index in 0..<2_000 {
            let tree = generator.expression(depth: index % 5)
            let printed = tree.description
            do {
                let reparsed = try PromQLExpression(parsing: printed)
                if reparsed != tree || reparsed.description != printed {
                    failures.append("\(printed)\n  reprinted as \(reparsed.description)")
                }
            } catch {
                failures.append("\(printed)\n  \(error)")
            }
            if failures.count >= 5 { break }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    @Test("random token soup either fails with an error or prints as a fixed point", arguments: [7, 8])
    func tokenSoup(seed: UInt64) {
        var random = PromQLSplitMix64(seed: seed)
        let tokens = [
            "x", "y{a=\"b\"}", "1", "2.5", "-", "+", "*", "/", "^", "==", ">", "bool", "and", "or", "unless", "(", ")",
            "[5m]", "[1h:1m]", "offset 5m", "@ 100", "sum", "by (a)", "without (b)", "rate", "topk", ",", "\"s\"",
            "on (c)", "ignoring (d)", "group_left", "group_right (e)", "{", "}", "5m", "#c\n", "Inf", "abs",
        ]
        var fixedPoints = 0
        for _ in 0..<3_000 {
            let count = Int.random(in: 1...7, using: &random)
            let source = (0..<count).map { _ in tokens[Int.random(in: 0..<tokens.count, using: &random)] }
                .joined(separator: " ")
            guard let parsed = try? PromQLExpression(parsing: source) else { continue }
            let printed = parsed.description
            let reparsed = try? PromQLExpression(parsing: printed)
            #expect(reparsed == parsed, "\(source) printed as \(printed)")
            #expect(reparsed?.description == printed, "\(source) printed as \(printed)")
            fixedPoints += 1
        }
        #expect(fixedPoints > 100)
    }
}
