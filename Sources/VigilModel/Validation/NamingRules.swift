/// Rules on the names a stack declares: its own, its jobs' and its labels'.
package enum NamingRules {
    package static let all: [ValidationRule] = [
        ValidationRule("stack name is a valid folder and compose project name", check: stackName),
        ValidationRule("service names are valid", check: serviceNames),
        ValidationRule("job names are unique", check: duplicateJobs),
        ValidationRule("label names are valid", check: labelNames),
    ]

    /// Lowercase letters, digits, `-` and `_`, starting with a letter or digit: what docker compose accepts
    /// as a project name, and a safe folder name.
    static func stackName(_ stack: ResolvedStack) -> [Diagnostic] {
        let bytes = Array(stack.name.utf8)
        let isValid =
            !bytes.isEmpty && isLowercaseAlphanumeric(bytes[0])
            && bytes.allSatisfy { isLowercaseAlphanumeric($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") }
        guard !isValid else { return [] }
        return [
            .error(
                "invalid-stack-name",
                "stack name '\(stack.name)' must be lowercase letters, digits, '-' and '_', starting with a letter or digit",
                at: stack.location, hint: suggestion(forStackName: stack.name))
        ]
    }

    /// Letters, digits, `.`, `-` and `_`, starting with a letter or digit: a name that works as a job name, a
    /// file name and a compose service name.
    static func serviceNames(_ stack: ResolvedStack) -> [Diagnostic] {
        stack.scrapeJobs.compactMap { job in
            let bytes = Array(job.name.utf8)
            let isValid =
                !bytes.isEmpty && isAlphanumeric(bytes[0])
                && bytes.allSatisfy {
                    isAlphanumeric($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".")
                }
            guard !isValid else { return nil }
            return .error(
                "invalid-service-name",
                "service name '\(job.name)' must be letters, digits, '.', '-' and '_', starting with a letter or digit",
                at: job.location)
        }
    }

    static func duplicateJobs(_ stack: ResolvedStack) -> [Diagnostic] {
        DuplicateNames.find(stack.scrapeJobs, by: \.name).map { job, first in
            let hint =
                first.location == stack.location
                ? "the stack scrapes its own Prometheus as job '\(job.name)'; choose another service name"
                : DuplicateNames.hint(first: first.location, "job names label every series and must be unique")
            return .error("duplicate-job", "scrape job '\(job.name)' is declared twice", at: job.location, hint: hint)
        }
    }

    static func labelNames(_ stack: ResolvedStack) -> [Diagnostic] {
        let external = stack.prometheus.externalLabels.map { ($0, stack.prometheus.location, "external label") }
        let target = stack.scrapeJobs.flatMap { job in job.labels.map { ($0, job.location, "target label") } }
        return (external + target).compactMap { label, location, kind in
            guard !PrometheusNames.isValidUserLabelName(label.name) else { return nil }
            let reason =
                label.name.hasPrefix("__") && PrometheusNames.isValidLabelName(label.name)
                ? "names starting with '__' are reserved for Prometheus"
                : "label names must match [a-zA-Z_][a-zA-Z0-9_]*"
            return .error(
                "invalid-label-name", "\(kind) '\(label.name)' is not a valid label name: \(reason)", at: location)
        }
    }

    static func suggestion(forStackName name: String) -> String? {
        let slug = String(
            name.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }
                .drop { $0 == "-" })
        return slug.isEmpty || !slug.unicodeScalars.allSatisfy(\.isASCII) ? nil : "did you mean '\(slug)'?"
    }

    static func isLowercaseAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || PrometheusNames.isDigit(byte)
    }

    static func isAlphanumeric(_ byte: UInt8) -> Bool {
        PrometheusNames.isLetterOrUnderscore(byte) && byte != UInt8(ascii: "_") || PrometheusNames.isDigit(byte)
    }
}
