import Vigil

extension Procur {
    /// An external system Procur calls: its `integration` label value, the operation its tests call, and the name
    /// people know it by.
    struct ExternalSystem {
        let label: String
        let method: String
        let displayName: String
    }

    static let slack = ExternalSystem(label: "slack", method: "send_message", displayName: "Slack")
    static let docuSign = ExternalSystem(label: "docusign", method: "create_envelope", displayName: "DocuSign")
    static let erp = ExternalSystem(label: "erp", method: "sync_purchase_order", displayName: "ERP")

    /// The calls to `integration` with `status`, for test series.
    static func calls(_ integration: ExternalSystem, status: String) -> Selection<CounterType, IntegrationCall> {
        integrationCalls.where(.integration, equals: integration.label).where(.method, equals: integration.method)
            .where(.status, equals: status)
    }

    /// The summary's integration alerts: high error rate (> 10%), high latency (> 5 s), and one "down" alert each
    /// for Slack, DocuSign and the ERP.
    @ServiceBuilder static var integrationAlerts: [ServiceElement] {
        // Per integration: a flaky ERP must not hide behind a healthy Slack. Every failed call is counted twice,
        // in `procur_integration_calls_total{status="error"}` and in `procur_integration_errors_total` with its
        // error type, so errors over calls is the share of calls that failed.
        Alert("HighIntegrationErrorRate", severity: .warning, for: .minutes(5)) {
            sum(rate(integrationErrors, over: .minutes(5)), by: [.integration])
                / sum(rate(integrationCalls, over: .minutes(5)), by: [.integration]) > 0.1
        } annotations: {
            AlertSummary("More than 10% of {{ $labels.integration }} calls fail")
            AlertDescription(
                "{{ $value | humanizePercentage }} of the calls to {{ $labels.integration }} failed over the last 5 minutes."
            )
            Runbook("https://runbooks.example.com/procur/high-integration-error-rate")
        }
        AlertTest("HighIntegrationErrorRate fires when 2 of 10 ERP calls fail") {
            InputSeries(
                calls(erp, status: "success"), labels: apiTarget, values: .increasing(from: 0, by: 8, steps: 20))
            InputSeries(calls(erp, status: "error"), labels: apiTarget, values: .increasing(from: 0, by: 2, steps: 20))
            InputSeries(
                integrationErrors.where(.integration, equals: "erp").where(.errorType, equals: "timeout"),
                labels: apiTarget, values: .increasing(from: 0, by: 2, steps: 20))
        } expect: {
            Quiet("HighIntegrationErrorRate", at: .minutes(3))
            Fires("HighIntegrationErrorRate", at: .minutes(15), labels: ["integration": "erp"], value: 0.2)
        }
        AlertTest("HighIntegrationErrorRate stays quiet when 1 of 20 ERP calls fails") {
            InputSeries(
                calls(erp, status: "success"), labels: apiTarget, values: .increasing(from: 0, by: 19, steps: 20))
            InputSeries(calls(erp, status: "error"), labels: apiTarget, values: .increasing(from: 0, by: 1, steps: 20))
            InputSeries(
                integrationErrors.where(.integration, equals: "erp").where(.errorType, equals: "timeout"),
                labels: apiTarget, values: .increasing(from: 0, by: 1, steps: 20))
        } expect: {
            Quiet("HighIntegrationErrorRate", at: .minutes(15))
        }

        Alert("HighIntegrationLatency", severity: .warning, for: .minutes(5)) {
            histogramQuantile(0.95, integrationLatency, over: .minutes(5), by: [.integration]) > 5
        } annotations: {
            AlertSummary("{{ $labels.integration }} calls take more than 5 seconds")
            AlertDescription(
                "95th percentile latency of {{ $labels.integration }} calls is {{ $value | humanizeDuration }}.")
            Runbook("https://runbooks.example.com/procur/high-integration-latency")
        }
        AlertTest("HighIntegrationLatency fires when DocuSign calls take 8 seconds") {
            HistogramObservations(
                integrationLatency, labels: [.integration: "docusign", .method: "create_envelope"], target: apiTarget,
                observing: [8: 30], steps: 20)
        } expect: {
            Quiet("HighIntegrationLatency", at: .minutes(3))
            Fires("HighIntegrationLatency", at: .minutes(15), labels: ["integration": "docusign"], value: 9.75)
        }
        AlertTest("HighIntegrationLatency stays quiet when 1 in 20 DocuSign calls is slow") {
            HistogramObservations(
                integrationLatency, labels: [.integration: "docusign", .method: "create_envelope"], target: apiTarget,
                observing: [0.4: 57, 8: 3], steps: 20)
        } expect: {
            Quiet("HighIntegrationLatency", at: .minutes(15))
        }

        integrationDown(slack)
        integrationDown(docuSign)
        integrationDown(erp)
    }

    /// `<Name>IntegrationDown`: Procur keeps calling `integration` and not one call has succeeded for 5 minutes.
    /// Critical, so it pages through PagerDuty, which matters most for Slack: a Slack outage cannot be announced
    /// on Slack.
    @ServiceBuilder static func integrationDown(_ integration: ExternalSystem) -> [ServiceElement] {
        let name = "\(integration.displayName)IntegrationDown"
        let attempted = integrationCalls.where(.integration, equals: integration.label)
        Alert(name, severity: .critical, for: .minutes(5)) {
            (sum(rate(attempted, over: .minutes(5))) > 0)
                .unless(sum(rate(attempted.where(.status, equals: "success"), over: .minutes(5))) > 0)
        } annotations: {
            AlertSummary("\(integration.displayName) integration is down")
            AlertDescription(
                "Procur called \(integration.displayName) {{ $value | humanize }} times a second over the last 5 minutes and no call succeeded."
            )
            Runbook("https://runbooks.example.com/procur/\(integration.label)-integration-down")
        }
        AlertTest("\(name) fires when every \(integration.displayName) call fails") {
            InputSeries(
                calls(integration, status: "error"), labels: apiTarget, values: .increasing(from: 0, by: 6, steps: 20))
        } expect: {
            Quiet("\(name)", at: .minutes(3))
            Fires("\(name)", at: .minutes(15), value: 0.1)
        }
        AlertTest("\(name) stays quiet while some \(integration.displayName) calls succeed") {
            InputSeries(
                calls(integration, status: "error"), labels: apiTarget, values: .increasing(from: 0, by: 6, steps: 20))
            InputSeries(
                calls(integration, status: "success"), labels: apiTarget, values: .increasing(from: 0, by: 1, steps: 20)
            )
        } expect: {
            Quiet("\(name)", at: .minutes(15))
        }
    }
}
