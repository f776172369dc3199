import Foundation
import Testing

@testable import vigil_bench

@Suite("SLO benchmark: reading the query API and printing the report")
struct SLOReportTests {
    @Test("an instant query's answer: its values, samples read and server time")
    func answer() throws {
        let vector = try InstantQuery(
            response: Data(
                """
                {"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1772323200,"0.00042"]}],
                "stats":{"timings":{"execTotalTime":0.25},"samples":{"totalQueryableSamples":6220800,"peakSamples":3}}}}
                """.utf8), query: "q")
        #expect(vector.values == [0.00042])
        #expect(vector.samples == 6_220_800)
        #expect(vector.seconds == 0.25)
        let scalar = try InstantQuery(
            response: Data(
                """
                {"status":"success","data":{"resultType":"scalar","result":[1772323200,"1"],
                "stats":{"timings":{"execTotalTime":0.001},"samples":{"totalQueryableSamples":0}}}}
                """.utf8), query: "q")
        #expect(scalar.values == [1])
        #expect(throws: InstantQuery.Failed.self) {
            try InstantQuery(
                response: Data(#"{"status":"error","errorType":"bad_data","error":"parse error"}"#.utf8), query: "q")
        }
    }

    @Test("counts with three significant digits and an SI prefix")
    func si() {
        #expect(SLOReport.si(0) == "0")
        #expect(SLOReport.si(950) == "950")
        #expect(SLOReport.si(999.6) == "1.00k")
        #expect(SLOReport.si(12_345) == "12.3k")
        #expect(SLOReport.si(4_560_000) == "4.56M")
        #expect(SLOReport.si(35.8e9) == "35.8G")
        #expect(SLOReport.si(123e9) == "123G")
    }

    @Test("relative error against the true ratio")
    func relativeError() {
        let query = SLOPlan.PeriodQuery(generator: "Sloth", slo: "availability", query: "q", trueRatio: 0.0004)
        #expect(abs((PeriodMeasurement(query: query, value: 0.00042).relativeError ?? 0) - 0.05) < 1e-12)
        #expect(PeriodMeasurement(query: query, value: nil).relativeError == nil)
    }
}
