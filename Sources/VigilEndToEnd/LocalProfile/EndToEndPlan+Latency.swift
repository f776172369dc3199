import VigilCompiler
import VigilModel

extension EndToEndPlan {
    /// A latency alert, `histogram_quantile(q, ... x_bucket ...) > threshold`, made to fire by observations
    /// beyond the histogram's largest bucket (where the quantile reads that bucket's bound), then resolved by a
    /// flood of fast ones, each with labels under which the SLOs counting them judge them so. `nil` for other
    /// alerts.
    static func slowRequests(_ alert: ResolvedAlert, in stack: ResolvedStack)
        -> Result<EndToEndScenario?, Unscriptable>
    {
        guard case .binary(let condition)? = alert.expression?.tree,
            condition.op == .greater || condition.op == .greaterOrEqual,
            case .number(let threshold) = condition.rhs,
            case .call(let quantile) = condition.lhs, quantile.function.name == "histogram_quantile",
            let bucket = quantile.arguments.last?.selectors.first(where: { $0.metricName?.hasSuffix("_bucket") == true }
            ),
            let bucketName = bucket.metricName
        else { return .success(nil) }
        guard let metric = metric(exportedAs: bucketName, in: stack), metric.kind == .histogram,
            let labels = LabelValueSolver.labels(satisfying: bucket.matchers.filter { $0.label != "le" }),
            let target = target(serving: bucketName, labels: labels, in: stack)
        else { return .failure(Unscriptable("no scraped service serves the histogram \(bucketName)")) }
        guard let largest = metric.buckets.last, largest > threshold else {
            return .failure(
                Unscriptable("its threshold \(threshold) is not below the largest bucket of \(metric.name)"))
        }
        var scenario = EndToEndScenario(name: "'\(alert.name)' slow requests")
        for kind in [ScriptedEvent.Kind.bad, .good] {
            let rates = events(
                kind, of: metric, named: bucketName, preferred: labels,
                perSecond: kind == .bad ? faultRate : faultRate * recoveryFactor, target: target, in: stack,
                accepting: { $0.isCounted(by: bucket) })
            switch rates {
            case .success(let rates): scenario.add(rates, of: kind)
            case .failure(let reason): return .failure(reason)
            }
        }
        scenario.expected = [
            ExpectedFiring(
                cause: "every \(metric.name) observation above \(largest)", alertName: alert.name,
                labels: staticLabels(of: alert))
        ]
        return .success(scenario)
    }
}
