import VigilDSL

extension ServiceLevelIndicator {
    /// The indicator reading only the series of `job`: every selector without a `job` matcher of its own gets
    /// `job="<job>"` first. A hand-written error ratio is left as written.
    func scoped(toJob job: String) -> ServiceLevelIndicator {
        let kind: Kind =
            switch self.kind {
            case .errors(let errors, let total): .errors(errors.scoped(toJob: job), total: total.scoped(toJob: job))
            case .good(let good, let total): .good(good.scoped(toJob: job), total: total.scoped(toJob: job))
            case .latency(let histogram, let threshold): .latency(histogram.scoped(toJob: job), threshold: threshold)
            case .availability(let gauge): .availability(gauge.scoped(toJob: job))
            case .freshness(let timestamp, let maxAge): .freshness(timestamp.scoped(toJob: job), maxAge: maxAge)
            case .errorRatio: self.kind
            }
        return ServiceLevelIndicator(kind, grouping: grouping, location: location)
    }
}

extension PromQLVectorSelector {
    /// The selector with `job="<job>"` first, unless it matches on `job` already.
    func scoped(toJob job: String) -> PromQLVectorSelector {
        guard !matchers.contains(where: { $0.label == "job" }) else { return self }
        var scoped = self
        scoped.matchers.insert(PromQLLabelMatcher("job", .equal, job), at: 0)
        return scoped
    }
}
