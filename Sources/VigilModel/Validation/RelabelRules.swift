import VigilCore

/// Rules on relabeling steps: each action has what it needs, labels are valid, regular expressions compile.
package enum RelabelRules {
    package static let all: [ValidationRule] = [ValidationRule("relabeling steps are complete and valid", check: steps)]

    static func steps(_ stack: ResolvedStack) -> [Diagnostic] {
        stack.scrapeJobs.flatMap { job in
            (job.relabeling + job.metricRelabeling).flatMap { problems(in: $0, of: job.name) }
        }
    }

    static func problems(in step: Relabel, of job: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let subject = "\(step.action.rawValue) step of job '\(job)'"
        if let regex = step.regex, (try? Regex(regex)) == nil {
            diagnostics.append(
                .error("invalid-regex", "the regex '\(regex)' of the \(subject) does not compile", at: step.location))
        }
        for label in step.sourceLabels + [step.targetLabel].compactMap(\.self)
        where !PrometheusNames.isValidLabelName(label) {
            diagnostics.append(
                .error(
                    "invalid-label-name", "'\(label)' in the \(subject) is not a valid label name", at: step.location))
        }
        let missing: String? =
            switch step.action {
            case .replace, .hashmod, .lowercase, .uppercase: step.targetLabel == nil ? "a target label" : nil
            case .keep, .drop: step.sourceLabels.isEmpty ? "source labels" : nil
            case .labelmap, .labeldrop, .labelkeep: step.regex == nil ? "a regex" : nil
            }
        if let missing {
            diagnostics.append(.error("invalid-relabel", "the \(subject) needs \(missing)", at: step.location))
        }
        if step.action == .hashmod, (step.modulus ?? 0) <= 0 {
            diagnostics.append(
                .error("invalid-relabel", "the \(subject) needs a modulus above zero", at: step.location))
        }
        return diagnostics
    }
}
