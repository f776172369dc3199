import Testing
import VigilCore

@Suite("PromQL function catalogue")
struct PromQLFunctionTests {
    @Test("names are unique, sorted and found by name")
    func lookup() {
        let names = PromQLFunction.all.map(\.name)
        #expect(names == names.sorted())
        #expect(Set(names).count == names.count)
        for function in PromQLFunction.all {
            #expect(PromQLFunction.named(function.name) == function)
        }
        #expect(PromQLFunction.named("Rate") == nil)
        #expect(PromQLFunction.named("sum") == nil)
    }

    @Test("covers the functions of Prometheus 3")
    func coverage() {
        let expected = [
            "rate", "irate", "increase", "delta", "idelta", "deriv", "predict_linear", "resets", "changes",
            "avg_over_time", "min_over_time", "max_over_time", "sum_over_time", "count_over_time", "quantile_over_time",
            "stddev_over_time", "stdvar_over_time", "mad_over_time", "last_over_time", "present_over_time", "absent",
            "absent_over_time", "histogram_quantile", "histogram_fraction", "histogram_count", "histogram_sum",
            "histogram_avg", "histogram_stddev", "histogram_stdvar", "label_replace", "label_join", "vector", "scalar",
            "time", "timestamp", "minute", "hour", "day_of_week", "day_of_month", "day_of_year", "days_in_month",
            "month",
            "year", "clamp", "clamp_min", "clamp_max", "abs", "ceil", "floor", "round", "sqrt", "exp", "ln", "log2",
            "log10", "sgn", "sort", "sort_desc", "sort_by_label", "sort_by_label_desc", "sin", "cos", "tan", "asin",
            "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "deg", "rad", "pi", "holt_winters",
            "double_exponential_smoothing", "info",
        ]
        for name in expected {
            #expect(PromQLFunction.named(name) != nil, "\(name)")
        }
    }

    @Test("signatures describe optional and variadic arguments")
    func signatures() {
        #expect(PromQLFunction.rate.description == "rate(range vector) -> instant vector")
        #expect(PromQLFunction.round.description == "round(instant vector, [scalar]) -> instant vector")
        #expect(PromQLFunction.hour.description == "hour([instant vector]) -> instant vector")
        #expect(
            PromQLFunction.labelJoin.description
                == "label_join(instant vector, string, string, [string]...) -> instant vector")
        #expect(PromQLFunction.labelJoin.parameterType(at: 9) == .string)
        #expect(PromQLFunction.labelJoin.maximumArgumentCount == nil)
        #expect(PromQLFunction.round.parameterType(at: 2) == nil)
        #expect(
            PromQLFunction.holtWinters.availability == .removed(in: .v30, replacement: "double_exponential_smoothing"))
        #expect(PromQLFunction.info.availability == .experimental(since: .v255))
        #expect(PromQLFunction.histogramCount.availability.feature == .nativeHistograms)
        #expect(PromQLAggregation.Operator.limitk.availability == .experimental(since: .v254))
        #expect(PromQLAggregation.Operator.sum.availability == .stable)
        #expect(PromQLFunction.time.parameterTypes.isEmpty)
    }
}
