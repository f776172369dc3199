import Foundation
import Testing
import VigilBackends
import VigilCompiler
import VigilDSL
import VigilModel
import YAMLKit

/// The example stacks' SLOs read their own service's series: every selector of a raw metric in an SLO's rules
/// file names the service's job.
@Suite("SLOs: the example stacks' SLIs carry their service's job")
struct ExampleSLOScopeTests {
    static let generated = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("generated")

    @Test("every selector of a raw metric in an SLO rules file matches job=\"<service>\"")
    func scoped() throws {
        var checked = 0
        for stack in try FileManager.default.contentsOfDirectory(atPath: Self.generated.path)
        where !stack.hasPrefix(".") {
            let rules = Self.generated.appendingPathComponent("\(stack)/prometheus/rules")
            for file in try FileManager.default.contentsOfDirectory(atPath: rules.path) where file.contains("-slo-") {
                let marker = try #require(file.range(of: "-slo-"))
                let service = String(file[..<marker.lowerBound])
                let text = try String(contentsOf: rules.appendingPathComponent(file), encoding: .utf8)
                let document = try #require(try YAMLParser().parseDocuments(text).first)
                for group in document["groups"]?.sequenceValue ?? [] {
                    for rule in group["rules"]?.sequenceValue ?? [] {
                        let expression = try PromQLExpression(parsing: rule["expr"]?.stringValue ?? "")
                        for selector in expression.selectors where !(selector.name ?? "").hasPrefix("slo:") {
                            checked += 1
                            #expect(
                                selector.matchers.contains(PromQLLabelMatcher("job", .equal, service)),
                                "\(stack)/\(file): \(selector)")
                        }
                    }
                }
            }
        }
        #expect(checked > 100, "no SLO rules under \(Self.generated.path)")
    }
}
