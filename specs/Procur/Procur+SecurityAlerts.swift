import Vigil

extension Procur {
    /// The route of Procur's login, whose 401s are failed logins rather than unauthorized access.
    static let loginEndpoint = "/api/v1/auth/login"

    /// The summary's security alerts: unauthorized access attempts, suspicious activity, multiple failed logins.
    /// The application exports no security metric of its own; all three read the status codes of
    /// `procur_http_requests_total`, and the README's notes say so.
    @ServiceBuilder static var securityAlerts: [ServiceElement] {
        // 401 outside the login: requests without valid credentials, e.g. a leaked or expired token being tried.
        Alert("UnauthorizedAccessAttempts", severity: .warning, for: .minutes(2)) {
            sum(
                increase(
                    requests.where(.status, equals: "401").where(.endpoint, notEquals: loginEndpoint), over: .minutes(5)
                ))
                > 50
        } annotations: {
            AlertSummary("Many unauthorized requests")
            AlertDescription(
                "{{ $value | humanize }} requests without valid credentials were refused in the last 5 minutes.")
            Runbook("https://runbooks.example.com/procur/unauthorized-access-attempts")
        }
        AlertTest("UnauthorizedAccessAttempts fires at 20 refused requests a minute") {
            InputSeries(
                requestSeries("GET", "/api/v1/contracts", status: "401"), labels: apiTarget,
                values: .increasing(from: 0, by: 20, steps: 15))
        } expect: {
            Quiet("UnauthorizedAccessAttempts", at: .minutes(2))
            Fires("UnauthorizedAccessAttempts", at: .minutes(10), value: 100)
        }
        AlertTest("UnauthorizedAccessAttempts stays quiet when the 401s are failed logins") {
            InputSeries(
                requestSeries("POST", loginEndpoint, status: "401"), labels: apiTarget,
                values: .increasing(from: 0, by: 20, steps: 15))
        } expect: {
            Quiet("UnauthorizedAccessAttempts", at: .minutes(10))
        }

        // 403: authenticated callers reaching for what their role does not allow, over and over.
        Alert("SuspiciousActivity", severity: .warning, for: .minutes(2)) {
            sum(increase(requests.where(.status, equals: "403"), over: .minutes(5))) > 20
        } annotations: {
            AlertSummary("Many forbidden requests")
            AlertDescription("{{ $value | humanize }} requests were forbidden in the last 5 minutes.")
            Runbook("https://runbooks.example.com/procur/suspicious-activity")
        }
        AlertTest("SuspiciousActivity fires at 10 forbidden requests a minute") {
            InputSeries(
                requestSeries("DELETE", "/api/v1/vendors/{vendor_id}", status: "403"), labels: apiTarget,
                values: .increasing(from: 0, by: 10, steps: 15))
        } expect: {
            Quiet("SuspiciousActivity", at: .minutes(1))
            Fires("SuspiciousActivity", at: .minutes(10), value: 50)
        }
        AlertTest("SuspiciousActivity stays quiet at 2 forbidden requests a minute") {
            InputSeries(
                requestSeries("DELETE", "/api/v1/vendors/{vendor_id}", status: "403"), labels: apiTarget,
                values: .increasing(from: 0, by: 2, steps: 15))
        } expect: {
            Quiet("SuspiciousActivity", at: .minutes(10))
        }

        Alert("MultipleFailedLogins", severity: .warning, for: .minutes(1)) {
            sum(
                increase(
                    requests.where(.endpoint, equals: loginEndpoint).where(.status, equals: "401"), over: .minutes(5)))
                > 10
        } annotations: {
            AlertSummary("Many failed logins")
            AlertDescription("{{ $value | humanize }} logins failed in the last 5 minutes.")
            Runbook("https://runbooks.example.com/procur/multiple-failed-logins")
        }
        AlertTest("MultipleFailedLogins fires at 5 failed logins a minute") {
            InputSeries(
                requestSeries("POST", loginEndpoint, status: "401"), labels: apiTarget,
                values: .increasing(from: 0, by: 5, steps: 15))
        } expect: {
            Quiet("MultipleFailedLogins", at: .minutes(1))
            Fires("MultipleFailedLogins", at: .minutes(10), value: 25)
        }
        AlertTest("MultipleFailedLogins stays quiet at one failed login a minute") {
            InputSeries(
                requestSeries("POST", loginEndpoint, status: "401"), labels: apiTarget,
                values: .increasing(from: 0, by: 1, steps: 15))
        } expect: {
            Quiet("MultipleFailedLogins", at: .minutes(10))
        }
    }
}
