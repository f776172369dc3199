import Testing
import VigilBackends
import VigilCompiler
import VigilDSL
import VigilModel

/// Labels that declare their values (``LabelKey/values``): a matcher or a test input naming another value is a
/// typo, reported where it was written.
@Suite("Validation: declared label values")
struct LabelValueTests {
    enum Payment: String, LabelKey {
        case outcome, provider
        static let values: [Payment: [String]] = [.outcome: ["success", "declined", "error"]]
    }

    static let payments = Counter<Payment>("payments_total", help: "Payments attempted.")

    /// The diagnostics of a service with `content`, which declares ``payments``.
    static func diagnostics(@ServiceBuilder _ content: () -> [ServiceElement]) throws -> [Diagnostic] {
        try Fixtures.diagnostics([
            Stack("shop") { Service("payments", scrape: .target("payments:8080"), content: content) }
        ]).filter { $0.id != "untested-alert" }
    }

    @Test("an SLO's generated tests feed its metrics only the values their labels declare")
    func sloTestInput() throws {
        let diagnostics = try Self.diagnostics {
            Self.payments
            SLO("payments", objective: 99%) {
                Ratio(errors: Self.payments.where(.outcome, equals: "error"), total: Self.payments)
            }
            SLO("accepted", objective: 99%) {
                Ratio(good: Self.payments.where(.outcome, matches: "success|declined"), total: Self.payments)
            }
        }
        // Before, the good events were fed `outcome="200"`: an unknown-label-value error in each generated test.
        #expect(diagnostics.filter { $0.id == "unknown-label-value" } == [])
        #expect(diagnostics.filter { $0.id == "slo-untested" } == [])
        let stack = StackLowering.lower(
            Stack("shop") {
                Service("payments", scrape: .target("payments:8080")) {
                    Self.payments
                    SLO("payments", objective: 99%) {
                        Ratio(errors: Self.payments.where(.outcome, equals: "error"), total: Self.payments)
                    }
                }
            })
        let series = stack.alertTests.filter { $0.group == "payments-slo-payments" }.flatMap(\.series).map(\.series)
        #expect(!series.isEmpty)
        #expect(series.allSatisfy { $0.contains("outcome=\"error\"") || $0.contains("outcome=\"success\"") })
        #expect(series.contains { $0.contains("outcome=\"success\"") })
    }

    @Test("the declared values reach the declaration; undeclared labels take any value")
    func declaration() {
        #expect(Self.payments.declaration.labelValues == ["outcome": ["success", "declined", "error"]])
        #expect(Counter<NoLabels>("x_total", help: "X.").declaration.labelValues.isEmpty)
    }

    @Test("unknown-label-value: an equality matcher with a typo, with a suggestion")
    func typo() throws {
        let found = try Self.diagnostics {
            Self.payments
            Alert("PaymentsFailing", severity: .warning) {
                rate(Self.payments.where(.outcome, equals: "sucess"), over: .minutes(5)) < 1
            }
        }
        #expect(found.map(\.id) == ["unknown-label-value"])
        #expect(
            found.first?.message
                == #"outcome="sucess" names a value 'outcome' of payments_total never has: it has 'success', "#
                + "'declined', 'error'")
        #expect(found.first?.hint == "did you mean 'success'?")
        #expect(found.first?.location.fileID.hasSuffix("LabelValueTests.swift") == true)
    }

    @Test("unknown-label-value: a regular expression that matches no declared value, in raw PromQL too")
    func regex() throws {
        let found = try Self.diagnostics {
            Self.payments
            Alert("A", severity: .warning) { PromQL(#"rate(payments_total{outcome=~"fail.*"}[5m]) > 1"#) }
            Alert("B", severity: .warning) { PromQL(#"rate(payments_total{outcome=~"declined|error"}[5m]) > 1"#) }
            Alert("C", severity: .warning) { PromQL(#"rate(payments_total{outcome!="success",provider="x"}[5m]) > 1"#) }
        }
        #expect(found.map(\.id) == ["unknown-label-value"])
        #expect(found.first?.message.hasPrefix(#"outcome=~"fail.*" matches no value"#) == true)
    }

    @Test("unknown-label-value: an alert test's input series with an undeclared value")
    func testInput() throws {
        let found = try Self.diagnostics {
            Self.payments
            Alert("Declines", severity: .warning) {
                rate(Self.payments.where(.outcome, equals: "declined"), over: .minutes(5)) > 1
            }
            AlertTest("declines") {
                InputSeries(#"payments_total{outcome="declned"}"#, values: .increasing(from: 0, by: 600, steps: 20))
            } expect: {
                Fires("Declines", at: .minutes(15))
            }
        }
        #expect(found.map(\.id) == ["unknown-label-value"])
        #expect(found.first?.hint == "did you mean 'declined'?")
    }
}
