extension PromQLFunction {
    /// `abs`: Absolute value of each sample.
    public static let abs = PromQLFunction("abs", [.instantVector], returns: .instantVector)
    /// `absent`: `1` with the selector's equality labels when the vector is empty; nothing otherwise.
    public static let absent = PromQLFunction("absent", [.instantVector], returns: .instantVector)
    /// `absent_over_time`: `1` when the range has no samples; nothing otherwise.
    public static let absentOverTime = PromQLFunction("absent_over_time", [.rangeVector], returns: .instantVector)
    /// `acos`: Arccosine, in radians.
    public static let acos = PromQLFunction("acos", [.instantVector], returns: .instantVector)
    /// `acosh`: Inverse hyperbolic cosine.
    public static let acosh = PromQLFunction("acosh", [.instantVector], returns: .instantVector)
    /// `asin`: Arcsine, in radians.
    public static let asin = PromQLFunction("asin", [.instantVector], returns: .instantVector)
    /// `asinh`: Inverse hyperbolic sine.
    public static let asinh = PromQLFunction("asinh", [.instantVector], returns: .instantVector)
    /// `atan`: Arctangent, in radians.
    public static let atan = PromQLFunction("atan", [.instantVector], returns: .instantVector)
    /// `atanh`: Inverse hyperbolic tangent.
    public static let atanh = PromQLFunction("atanh", [.instantVector], returns: .instantVector)
    /// `avg_over_time`: Average of the samples in the range.
    public static let avgOverTime = PromQLFunction("avg_over_time", [.rangeVector], returns: .instantVector)
    /// `ceil`: Rounds up to an integer.
    public static let ceil = PromQLFunction("ceil", [.instantVector], returns: .instantVector)
    /// `changes`: Number of times the value changed in the range.
    public static let changes = PromQLFunction("changes", [.rangeVector], returns: .instantVector)
    /// `clamp`: Limits values to `[min, max]`.
    public static let clamp = PromQLFunction("clamp", [.instantVector, .scalar, .scalar], returns: .instantVector)
    /// `clamp_max`: Limits values to at most `max`.
    public static let clampMax = PromQLFunction("clamp_max", [.instantVector, .scalar], returns: .instantVector)
    /// `clamp_min`: Limits values to at least `min`.
    public static let clampMin = PromQLFunction("clamp_min", [.instantVector, .scalar], returns: .instantVector)
    /// `cos`: Cosine of radians.
    public static let cos = PromQLFunction("cos", [.instantVector], returns: .instantVector)
    /// `cosh`: Hyperbolic cosine.
    public static let cosh = PromQLFunction("cosh", [.instantVector], returns: .instantVector)
    /// `count_over_time`: Number of samples in the range.
    public static let countOverTime = PromQLFunction("count_over_time", [.rangeVector], returns: .instantVector)
    /// `day_of_month`: Day of the month (1–31) of the timestamps, UTC; `time()` by default.
    public static let dayOfMonth = PromQLFunction(
        "day_of_month", [.instantVector], returns: .instantVector, required: 0)
    /// `day_of_week`: Day of the week (0 = Sunday) of the timestamps, UTC; `time()` by default.
    public static let dayOfWeek = PromQLFunction("day_of_week", [.instantVector], returns: .instantVector, required: 0)
    /// `day_of_year`: Day of the year (1–366) of the timestamps, UTC; `time()` by default.
    public static let dayOfYear = PromQLFunction("day_of_year", [.instantVector], returns: .instantVector, required: 0)
    /// `days_in_month`: Number of days in the month of the timestamps, UTC; `time()` by default.
    public static let daysInMonth = PromQLFunction(
        "days_in_month", [.instantVector], returns: .instantVector, required: 0)
    /// `deg`: Converts radians to degrees.
    public static let deg = PromQLFunction("deg", [.instantVector], returns: .instantVector)
    /// `delta`: Difference between the first and last value of a gauge over the range, extrapolated.
    public static let delta = PromQLFunction("delta", [.rangeVector], returns: .instantVector)
    /// `deriv`: Per-second derivative of a gauge by linear regression.
    public static let deriv = PromQLFunction("deriv", [.rangeVector], returns: .instantVector)
    /// `double_exponential_smoothing`: Smoothed gauge value (smoothing factor, trend factor); Prometheus 2's `holt_winters`.
    public static let doubleExponentialSmoothing = PromQLFunction(
        "double_exponential_smoothing", [.rangeVector, .scalar, .scalar], returns: .instantVector,
        availability: .experimental(since: .v30))
    /// `exp`: e raised to each value.
    public static let exp = PromQLFunction("exp", [.instantVector], returns: .instantVector)
    /// `first_over_time`: Oldest sample in the range.
    public static let firstOverTime = PromQLFunction(
        "first_over_time", [.rangeVector], returns: .instantVector, availability: .experimental(since: .v37))
    /// `floor`: Rounds down to an integer.
    public static let floor = PromQLFunction("floor", [.instantVector], returns: .instantVector)
    /// `histogram_avg`: Average of the observations in native histograms.
    public static let histogramAvg = PromQLFunction(
        "histogram_avg", [.instantVector], returns: .instantVector, availability: .nativeHistograms(since: .v251))
    /// `histogram_count`: Count of observations in native histograms.
    public static let histogramCount = PromQLFunction(
        "histogram_count", [.instantVector], returns: .instantVector, availability: .nativeHistograms(since: .v240))
    /// `histogram_fraction`: Estimated fraction of observations between two bounds.
    public static let histogramFraction = PromQLFunction(
        "histogram_fraction", [.scalar, .scalar, .instantVector], returns: .instantVector, availability: .since(.v240))
    /// `histogram_quantile`: Estimated φ-quantile from classic (`le` buckets) or native histograms.
    public static let histogramQuantile = PromQLFunction(
        "histogram_quantile", [.scalar, .instantVector], returns: .instantVector)
    /// `histogram_stddev`: Estimated standard deviation of the observations in native histograms.
    public static let histogramStddev = PromQLFunction(
        "histogram_stddev", [.instantVector], returns: .instantVector, availability: .nativeHistograms(since: .v247))
    /// `histogram_stdvar`: Estimated variance of the observations in native histograms.
    public static let histogramStdvar = PromQLFunction(
        "histogram_stdvar", [.instantVector], returns: .instantVector, availability: .nativeHistograms(since: .v247))
    /// `histogram_sum`: Sum of the observations in native histograms.
    public static let histogramSum = PromQLFunction(
        "histogram_sum", [.instantVector], returns: .instantVector, availability: .nativeHistograms(since: .v240))
    /// `holt_winters`: Smoothed gauge value; renamed `double_exponential_smoothing` in Prometheus 3.
    public static let holtWinters = PromQLFunction(
        "holt_winters", [.rangeVector, .scalar, .scalar], returns: .instantVector,
        availability: .removed(in: .v30, replacement: "double_exponential_smoothing"))
    /// `hour`: Hour of the day (0–23) of the timestamps, UTC; `time()` by default.
    public static let hour = PromQLFunction("hour", [.instantVector], returns: .instantVector, required: 0)
    /// `idelta`: Difference between the last two samples of a gauge in the range.
    public static let idelta = PromQLFunction("idelta", [.rangeVector], returns: .instantVector)
    /// `increase`: Increase of a counter over the range, extrapolated and corrected for resets.
    public static let increase = PromQLFunction("increase", [.rangeVector], returns: .instantVector)
    /// `info`: Adds the data labels of info metrics (`target_info` by default) to each series.
    public static let info = PromQLFunction(
        "info", [.instantVector, .instantVector], returns: .instantVector, required: 1,
        availability: .experimental(since: .v255))
    /// `irate`: Per-second rate of a counter from the last two samples in the range.
    public static let irate = PromQLFunction("irate", [.rangeVector], returns: .instantVector)
    /// `label_join`: Joins source label values with a separator into a destination label.
    public static let labelJoin = PromQLFunction(
        "label_join", [.instantVector, .string, .string, .string], returns: .instantVector, required: 3, variadic: true)
    /// `label_replace`: Sets a label from a regular expression match on another label.
    public static let labelReplace = PromQLFunction(
        "label_replace", [.instantVector, .string, .string, .string, .string], returns: .instantVector)
    /// `last_over_time`: Newest sample in the range.
    public static let lastOverTime = PromQLFunction("last_over_time", [.rangeVector], returns: .instantVector)
    /// `ln`: Natural logarithm.
    public static let ln = PromQLFunction("ln", [.instantVector], returns: .instantVector)
    /// `log10`: Decimal logarithm.
    public static let log10 = PromQLFunction("log10", [.instantVector], returns: .instantVector)
    /// `log2`: Binary logarithm.
    public static let log2 = PromQLFunction("log2", [.instantVector], returns: .instantVector)
    /// `mad_over_time`: Median absolute deviation of the samples in the range.
    public static let madOverTime = PromQLFunction(
        "mad_over_time", [.rangeVector], returns: .instantVector, availability: .experimental(since: .v249))
    /// `max_over_time`: Largest sample in the range.
    public static let maxOverTime = PromQLFunction("max_over_time", [.rangeVector], returns: .instantVector)
    /// `min_over_time`: Smallest sample in the range.
    public static let minOverTime = PromQLFunction("min_over_time", [.rangeVector], returns: .instantVector)
    /// `minute`: Minute of the hour (0–59) of the timestamps, UTC; `time()` by default.
    public static let minute = PromQLFunction("minute", [.instantVector], returns: .instantVector, required: 0)
    /// `month`: Month of the year (1–12) of the timestamps, UTC; `time()` by default.
    public static let month = PromQLFunction("month", [.instantVector], returns: .instantVector, required: 0)
    /// `pi`: The number π.
    public static let pi = PromQLFunction("pi", [], returns: .scalar)
    /// `predict_linear`: Predicted gauge value the given number of seconds ahead, by linear regression.
    public static let predictLinear = PromQLFunction(
        "predict_linear", [.rangeVector, .scalar], returns: .instantVector)
    /// `present_over_time`: `1` for every series with a sample in the range.
    public static let presentOverTime = PromQLFunction("present_over_time", [.rangeVector], returns: .instantVector)
    /// `quantile_over_time`: φ-quantile of the samples in the range.
    public static let quantileOverTime = PromQLFunction(
        "quantile_over_time", [.scalar, .rangeVector], returns: .instantVector)
    /// `rad`: Converts degrees to radians.
    public static let rad = PromQLFunction("rad", [.instantVector], returns: .instantVector)
    /// `rate`: Per-second rate of a counter over the range, extrapolated and corrected for resets.
    public static let rate = PromQLFunction("rate", [.rangeVector], returns: .instantVector)
    /// `resets`: Number of counter resets in the range.
    public static let resets = PromQLFunction("resets", [.rangeVector], returns: .instantVector)
    /// `round`: Rounds to the nearest multiple of the second argument (1 by default).
    public static let round = PromQLFunction("round", [.instantVector, .scalar], returns: .instantVector, required: 1)
    /// `scalar`: The value of a one-element vector, or NaN.
    public static let scalar = PromQLFunction("scalar", [.instantVector], returns: .scalar)
    /// `sgn`: Sign of each value: -1, 0 or 1.
    public static let sgn = PromQLFunction("sgn", [.instantVector], returns: .instantVector)
    /// `sin`: Sine of radians.
    public static let sin = PromQLFunction("sin", [.instantVector], returns: .instantVector)
    /// `sinh`: Hyperbolic sine.
    public static let sinh = PromQLFunction("sinh", [.instantVector], returns: .instantVector)
    /// `sort`: Sorts by value, ascending (instant queries only).
    public static let sort = PromQLFunction("sort", [.instantVector], returns: .instantVector)
    /// `sort_by_label`: Sorts by the given label values, ascending.
    public static let sortByLabel = PromQLFunction(
        "sort_by_label", [.instantVector, .string], returns: .instantVector, required: 1, variadic: true,
        availability: .experimental(since: .v249))
    /// `sort_by_label_desc`: Sorts by the given label values, descending.
    public static let sortByLabelDesc = PromQLFunction(
        "sort_by_label_desc", [.instantVector, .string], returns: .instantVector, required: 1, variadic: true,
        availability: .experimental(since: .v249))
    /// `sort_desc`: Sorts by value, descending (instant queries only).
    public static let sortDesc = PromQLFunction("sort_desc", [.instantVector], returns: .instantVector)
    /// `sqrt`: Square root.
    public static let sqrt = PromQLFunction("sqrt", [.instantVector], returns: .instantVector)
    /// `stddev_over_time`: Population standard deviation of the samples in the range.
    public static let stddevOverTime = PromQLFunction("stddev_over_time", [.rangeVector], returns: .instantVector)
    /// `stdvar_over_time`: Population variance of the samples in the range.
    public static let stdvarOverTime = PromQLFunction("stdvar_over_time", [.rangeVector], returns: .instantVector)
    /// `sum_over_time`: Sum of the samples in the range.
    public static let sumOverTime = PromQLFunction("sum_over_time", [.rangeVector], returns: .instantVector)
    /// `tan`: Tangent of radians.
    public static let tan = PromQLFunction("tan", [.instantVector], returns: .instantVector)
    /// `tanh`: Hyperbolic tangent.
    public static let tanh = PromQLFunction("tanh", [.instantVector], returns: .instantVector)
    /// `time`: Seconds since the Unix epoch at the evaluation time.
    public static let time = PromQLFunction("time", [], returns: .scalar)
    /// `timestamp`: Timestamp of each sample, in seconds.
    public static let timestamp = PromQLFunction("timestamp", [.instantVector], returns: .instantVector)
    /// `ts_of_first_over_time`: Timestamp of the oldest sample in the range.
    public static let tsOfFirstOverTime = PromQLFunction(
        "ts_of_first_over_time", [.rangeVector], returns: .instantVector, availability: .experimental(since: .v37))
    /// `ts_of_last_over_time`: Timestamp of the newest sample in the range.
    public static let tsOfLastOverTime = PromQLFunction(
        "ts_of_last_over_time", [.rangeVector], returns: .instantVector, availability: .experimental(since: .v35))
    /// `ts_of_max_over_time`: Timestamp of the largest sample in the range.
    public static let tsOfMaxOverTime = PromQLFunction(
        "ts_of_max_over_time", [.rangeVector], returns: .instantVector, availability: .experimental(since: .v35))
    /// `ts_of_min_over_time`: Timestamp of the smallest sample in the range.
    public static let tsOfMinOverTime = PromQLFunction(
        "ts_of_min_over_time", [.rangeVector], returns: .instantVector, availability: .experimental(since: .v35))
    /// `vector`: A one-element vector without labels holding the scalar.
    public static let vector = PromQLFunction("vector", [.scalar], returns: .instantVector)
    /// `year`: Year of the timestamps, UTC; `time()` by default.
    public static let year = PromQLFunction("year", [.instantVector], returns: .instantVector, required: 0)

    /// Every function of Prometheus 3.7, plus `holt_winters` from Prometheus 2, sorted by name; each says which
    /// versions run it (``PromQLFunction/availability``).
    public static let all: [PromQLFunction] = [
        .abs, .absent, .absentOverTime, .acos, .acosh, .asin,
        .asinh, .atan, .atanh, .avgOverTime, .ceil, .changes,
        .clamp, .clampMax, .clampMin, .cos, .cosh, .countOverTime,
        .dayOfMonth, .dayOfWeek, .dayOfYear, .daysInMonth, .deg, .delta,
        .deriv, .doubleExponentialSmoothing, .exp, .firstOverTime, .floor, .histogramAvg,
        .histogramCount, .histogramFraction, .histogramQuantile, .histogramStddev, .histogramStdvar, .histogramSum,
        .holtWinters, .hour, .idelta, .increase, .info, .irate,
        .labelJoin, .labelReplace, .lastOverTime, .ln, .log10, .log2,
        .madOverTime, .maxOverTime, .minOverTime, .minute, .month, .pi,
        .predictLinear, .presentOverTime, .quantileOverTime, .rad, .rate, .resets,
        .round, .scalar, .sgn, .sin, .sinh, .sort,
        .sortByLabel, .sortByLabelDesc, .sortDesc, .sqrt, .stddevOverTime, .stdvarOverTime,
        .sumOverTime, .tan, .tanh, .time, .timestamp, .tsOfFirstOverTime,
        .tsOfLastOverTime, .tsOfMaxOverTime, .tsOfMinOverTime, .vector, .year,
    ]
}
