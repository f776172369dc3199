import VigilCore

/// Rules on how Prometheus scrapes: intervals, timeouts, target addresses and metrics paths.
package enum ScrapeRules {
    package static let all: [ValidationRule] = [
        ValidationRule("global intervals are positive and consistent", check: globalIntervals),
        ValidationRule("job intervals are positive and consistent", check: jobIntervals),
        ValidationRule("targets are host:port addresses", check: targets),
        ValidationRule("metrics paths are absolute", check: metricsPaths),
        ValidationRule("service discovery is complete", check: discovery),
        ValidationRule("TLS settings go with https", check: tlsScheme),
        ValidationRule("no target is scraped by two jobs", check: duplicateTargets),
        ValidationRule("Kubernetes discovery goes with the Kubernetes target", check: unusedKubernetesDiscovery),
    ]

    /// A scrape that says how a cluster finds the service, in a stack not generated for Kubernetes: most likely
    /// the stack's `kubernetes:` settings were forgotten.
    static func unusedKubernetesDiscovery(_ stack: ResolvedStack) -> [Diagnostic] {
        guard !stack.targets.contains(.kubernetes) else { return [] }
        return stack.scrapeJobs.filter { $0.kubernetes != nil }.map { job in
            .warning(
                "unused-kubernetes-selector",
                "service '\(job.name)' says how Kubernetes finds it, but the stack is not generated for Kubernetes",
                at: job.location,
                hint: "give the stack `kubernetes: Kubernetes(namespace: ...)`, or remove `.kubernetes(...)`")
        }
    }

    /// A target two jobs scrape at the same path with the same parameters: a copied service, whose series
    /// Prometheus then stores twice under two `job` labels (and every sum over them doubles). Jobs that relabel
    /// may rewrite the address, and are left out.
    static func duplicateTargets(_ stack: ResolvedStack) -> [Diagnostic] {
        let scraped = stack.scrapeJobs.filter(\.relabeling.isEmpty).flatMap { job in
            let parameters = job.params.map { "\($0.name)=\($0.values.joined(separator: ","))" }.joined(separator: "&")
            return job.targets.map {
                (job: job, target: $0, url: "\(job.scheme)://\($0)\(job.metricsPath)?\(parameters)")
            }
        }
        return DuplicateNames.find(scraped, by: \.url, across: \.job.name).map { scrape, first in
            let (job, earlier) = (scrape.job, first.job)
            return .error(
                "duplicate-scrape-target",
                "job '\(job.name)' scrapes \(scrape.target)\(job.metricsPath), which job '\(earlier.name)' scrapes too: "
                    + "its series would be stored twice, under both jobs",
                at: job.location,
                hint: DuplicateNames.hint(other: earlier.location, "remove one, or point this one at its own target"))
        }
    }

    static func discovery(_ stack: ResolvedStack) -> [Diagnostic] {
        stack.scrapeJobs.flatMap { job in
            job.discovery.compactMap { source -> Diagnostic? in
                switch source {
                case .dns(_, let type, nil, _) where type == .a || type == .aaaa:
                    return .error(
                        "invalid-discovery",
                        "DNS discovery of \(type.rawValue) records in job '\(job.name)' needs a port",
                        at: job.location, hint: "pass `port:`; only SRV records carry one")
                case .dns(let names, _, _, _) where names.isEmpty, .files(let names, _) where names.isEmpty:
                    return .error(
                        "invalid-discovery", "service discovery in job '\(job.name)' lists nothing", at: job.location)
                default:
                    return nil
                }
            }
        }
    }

    static func tlsScheme(_ stack: ResolvedStack) -> [Diagnostic] {
        stack.scrapeJobs.compactMap { job in
            guard job.tls != nil, job.scheme != "https" else { return nil }
            return .warning(
                "tls-without-https", "job '\(job.name)' has TLS settings but scrapes over http, so they are unused",
                at: job.location, hint: "set `scheme: .https`")
        }
    }

    static func globalIntervals(_ stack: ResolvedStack) -> [Diagnostic] {
        let prometheus = stack.prometheus
        var diagnostics = [
            ("scrape interval", prometheus.scrapeInterval), ("scrape timeout", prometheus.scrapeTimeout),
            ("evaluation interval", prometheus.evaluationInterval), ("retention", prometheus.retention),
        ].compactMap { name, duration in nonPositive(name, duration, at: prometheus.location) }
        if prometheus.scrapeTimeout > prometheus.scrapeInterval {
            diagnostics.append(
                timeoutTooLong(prometheus.scrapeTimeout, prometheus.scrapeInterval, at: prometheus.location))
        }
        return diagnostics
    }

    static func jobIntervals(_ stack: ResolvedStack) -> [Diagnostic] {
        stack.scrapeJobs.flatMap { job -> [Diagnostic] in
            var diagnostics = [("scrape interval", job.interval), ("scrape timeout", job.timeout)].compactMap {
                name, duration in duration.flatMap { nonPositive(name, $0, at: job.location) }
            }
            let interval = job.interval ?? stack.prometheus.scrapeInterval
            if let timeout = job.timeout, timeout > interval {
                diagnostics.append(timeoutTooLong(timeout, interval, at: job.location))
            }
            return diagnostics
        }
    }

    static func targets(_ stack: ResolvedStack) -> [Diagnostic] {
        stack.scrapeJobs.flatMap { job -> [Diagnostic] in
            guard !job.targets.isEmpty || !job.discovery.isEmpty else {
                return [
                    .error(
                        "no-scrape-targets", "service '\(job.name)' is scraped but lists no targets", at: job.location)
                ]
            }
            let duplicates = DuplicateNames.find(job.targets, by: \.self).map { target, _ in
                Diagnostic.warning(
                    "duplicate-target", "target '\(target)' is listed twice in job '\(job.name)'", at: job.location,
                    hint: "each copy would be scraped, and its series would collide")
            }
            // A job that rewrites `__address__` (a blackbox probe) passes its targets on as parameters.
            guard !job.relabeling.contains(where: { $0.targetLabel == "__address__" }) else { return duplicates }
            let invalid = job.targets.uniqued.compactMap { target in
                TargetAddress.problem(with: target).map { problem in
                    Diagnostic.error(
                        "invalid-target",
                        "target '\(target)' of job '\(job.name)' is not a host:port address: \(problem.reason)",
                        at: job.location, hint: problem.hint)
                }
            }
            return duplicates + invalid
        }
    }

    static func metricsPaths(_ stack: ResolvedStack) -> [Diagnostic] {
        stack.scrapeJobs.compactMap { job in
            guard !job.metricsPath.hasPrefix("/") else { return nil }
            return .error(
                "invalid-metrics-path", "metrics path '\(job.metricsPath)' of job '\(job.name)' must start with '/'",
                at: job.location, hint: "did you mean '/\(job.metricsPath)'?")
        }
    }

    static func nonPositive(_ name: String, _ duration: Duration, at location: SourceLocation) -> Diagnostic? {
        guard duration.milliseconds <= 0 else { return nil }
        return .error("nonpositive-duration", "\(name) must be longer than zero, not \(duration)", at: location)
    }

    static func timeoutTooLong(_ timeout: Duration, _ interval: Duration, at location: SourceLocation) -> Diagnostic {
        .error(
            "scrape-timeout-too-long", "scrape timeout \(timeout) is longer than the scrape interval \(interval)",
            at: location, hint: "Prometheus refuses this configuration; use a timeout of at most \(interval)")
    }
}
