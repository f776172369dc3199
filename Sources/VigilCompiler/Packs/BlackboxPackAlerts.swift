import VigilDSL

/// The alerts of the blackbox rule pack (``BlackboxAlert``) on the probes' metrics
/// (``BlackboxExporterMetrics``): for each, its condition, annotations, runbook and the series of its firing
/// and quiet tests, derived from the settled threshold.
///
/// The facts (which signals, the 20- and 3-day certificate horizons) follow common public practice for the
/// blackbox exporter; the expressions and words are Vigil's.
struct BlackboxPackAlerts: RulePack {
    typealias Metrics = BlackboxExporterMetrics

    static let name = "blackbox"
    static let title = "Probes"

    /// A healthy probe: it succeeds fast with a 200, on a certificate valid until 2100.
    static let healthyValues: [String: Double] = [
        Metrics.success.name: 1,
        Metrics.durationSeconds.name: 0.05,
        Metrics.httpStatusCode.name: 200,
        Metrics.sslEarliestCertExpiry.name: 4_102_444_800,
    ]

    /// `ProbeFailed` takes its severity and `for` from the declaration (`failureSeverity`, `failingFor`).
    static func defaults(of alert: BlackboxAlert, on subject: Exporter) -> PackSettings {
        var settings = PackSettings(defaultsOf: alert)
        if alert == .probeFailed, case .blackbox(_, let severity, let failingFor) = subject.kind {
            settings.severity = severity
            settings.duration = failingFor
        }
        return settings
    }

    let scope: PackScope

    func definition(of alert: BlackboxAlert, threshold: Double) -> PackAlertDefinition {
        switch alert {
        case .probeFailed: probeFailed()
        case .probeSlow: probeSlow(threshold: threshold)
        case .httpStatusError: httpStatusError()
        case .certificateExpiringSoon, .certificateExpiring: certificateExpiring(days: threshold)
        }
    }

    func probeFailed() -> PackAlertDefinition {
        let metric = Metrics.success.name
        return PackAlertDefinition(
            expression: selected(metric).applying(.equal, .number(0)),
            summary: "Probe of {{ $labels.instance }} fails",
            description: "blackbox-exporter finds {{ $labels.instance }} unhealthy (job {{ $labels.job }}).",
            meaning:
                "The endpoint does not answer as its probe module expects: no connection, a timeout, a TLS error, "
                + "or an unexpected answer. Users reaching it from where the exporter runs see the same.",
            firstSteps: [
                "Probe it by hand with the module's debug output: `curl '<exporter>/probe?target=<target>&module=<module>&debug=true'`.",
                "Check the service behind it (its container, its own `up`), then DNS and the network path.",
            ],
            fault: [(series(metric), .constant(0, steps: steps))],
            healthy: [(series(metric), .constant(1, steps: steps))],
            firingLabels: firing(), firingValue: nil,
            faultStory: "when the probe keeps failing", healthyStory: "when it succeeds",
            signal: PackSignal(
                area: "Probes", title: "Probe success", query: selected(metric), unit: .short,
                legend: "{{instance}}", thresholds: [.below(1)]))
    }

    func probeSlow(threshold: Double) -> PackAlertDefinition {
        let metric = Metrics.durationSeconds.name
        return PackAlertDefinition(
            expression:
                .call(.avgOverTime, metric, jobMatchers, over: .minutes(5)).applying(.greater, .number(threshold)),
            summary: "Probe of {{ $labels.instance }} is slow",
            description: "Probes of {{ $labels.instance }} take {{ $value | humanizeDuration }} on average.",
            meaning:
                "The probes took longer than \(ThresholdUnit.seconds.format(threshold)) on average over 5 minutes: "
                + "the endpoint, its name resolution or the TLS handshake is slow for its users too.",
            firstSteps: [
                "See which phase is slow: `probe_http_duration_seconds` by `phase` (resolve, connect, tls, processing, transfer).",
                "A slow processing phase is the service's own latency: check its saturation and dependencies.",
            ],
            fault: [(series(metric), .constant(2 * threshold, steps: steps))],
            healthy: [(series(metric), .constant(threshold / 2, steps: steps))],
            firingLabels: firing(), firingValue: 2 * threshold,
            faultStory: "at twice the threshold", healthyStory: "at half the threshold",
            signal: PackSignal(
                area: "Probes", title: "Probe duration, 5-minute average",
                query: .call(.avgOverTime, metric, jobMatchers, over: .minutes(5)), unit: .seconds,
                legend: "{{instance}}",
                thresholds: [.above(threshold)]))
    }

    func httpStatusError() -> PackAlertDefinition {
        let status = selected(Metrics.httpStatusCode.name)
        return PackAlertDefinition(
            expression:
                status.applying(.greaterOrEqual, .number(400)).applying(.or, status.applying(.less, .number(200)))
                .applying(.greater, .number(0)),
            summary: "{{ $labels.instance }} answers HTTP {{ $value }}",
            description: "The HTTP probe of {{ $labels.instance }} gets the status {{ $value }}.",
            meaning:
                "The endpoint answers, but with a status outside 200–399: a client error (4xx, often a moved or "
                + "protected URL) or a server error (5xx). A probe that gets no answer at all fires `ProbeFailed` "
                + "only.",
            firstSteps: [
                "Request it by hand (`curl -sv <target>`) and read the body of the error.",
                "5xx: read the service's logs; 4xx: check the probed URL, its authentication and redirects.",
            ],
            fault: [(series(Metrics.httpStatusCode.name), .constant(503, steps: steps))],
            healthy: [(series(Metrics.httpStatusCode.name), .constant(200, steps: steps))],
            firingLabels: firing(), firingValue: 503,
            faultStory: "when the endpoint answers 503", healthyStory: "when it answers 200",
            signal: PackSignal(
                area: "Probes", title: "HTTP status", query: status, unit: .short,
                legend: "{{instance}}",
                thresholds: [.below(200), .above(400)]))
    }

    func certificateExpiring(days: Double) -> PackAlertDefinition {
        let metric = Metrics.sslEarliestCertExpiry.name
        let now = Double(evaluationMinute * 60)
        let horizon = days * 86_400
        let left = selected(metric).applying(.subtract, .call(.time))
        return PackAlertDefinition(
            expression: left.applying(.less, .number(horizon)),
            summary: "The TLS certificate of {{ $labels.instance }} expires soon",
            description:
                "A certificate of the chain {{ $labels.instance }} presents expires in {{ $value | humanizeDuration }}.",
            meaning:
                "The first certificate of the probed chain to expire does so within "
                + "\(Self.number(days)) days. Once it has, clients refuse the connection.",
            firstSteps: [
                "See which certificate: `openssl s_client -connect <host:443> -servername <host> -showcerts`.",
                "Renew it (or fix the automation that should have: ACME client logs, cert-manager events) and reload the server.",
            ],
            fault: [(series(metric), .constant(now + horizon / 2, steps: steps))],
            healthy: [(series(metric), .constant(now + 3 * horizon, steps: steps))],
            firingLabels: firing(), firingValue: horizon / 2,
            faultStory: "when the certificate expires within half the threshold",
            healthyStory: "when it expires after three times the threshold",
            signal: PackSignal(
                area: "Certificates", title: "Certificate validity left",
                query: left,
                unit: .seconds, legend: "{{instance}}", thresholds: [.below(horizon)]))
    }
}
