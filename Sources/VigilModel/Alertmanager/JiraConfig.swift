/// A Jira issue per alert group, through Jira's REST API (Alertmanager 0.28 and later: `jira_configs`).
///
/// Alertmanager finds an open issue of the group by a label it adds, comments on it while the alerts fire, and
/// moves it through `resolveTransition` when they resolve. Debian's amtool 0.28 is built without Jira, so `specs
/// validate` checks the configuration without the Jira settings (and says so); the upstream image the stack runs
/// reads them, and the stack's `verify.sh` checks them with it.
public struct JiraConfig: Hashable, Sendable {
    /// The REST API's URL, including its version: `https://example.atlassian.net/rest/api/2`.
    public var apiURL: String
    /// The key of the project the issues are created in, e.g. `OPS`.
    public var project: String
    /// The type of the issues, e.g. `Bug` or `Incident`.
    public var issueType: String
    /// How to log in: `.basic(username:password:)` with an API token for Jira Cloud, `.bearer` with a personal
    /// access token for Jira Data Center.
    public var authorization: HTTPAuthorization
    /// The issue's summary.
    public var summary: NotificationTemplate
    /// The issue's description, in Markdown.
    public var description: NotificationTemplate
    /// The issue's priority, a name of the Jira site's priority scheme.
    public var priority: NotificationTemplate
    /// Labels added to the issue.
    public var labels: [String]
    /// The transition that resolves the issue when the alerts resolve, e.g. `Done`; `nil` leaves it open.
    public var resolveTransition: String?
    /// The transition that reopens a resolved issue when the alerts fire again, e.g. `To Do`.
    public var reopenTransition: String?
    /// The resolution that marks an issue nobody should reopen, e.g. `Won't Do`.
    public var wontFixResolution: String?
    /// How long after resolving an issue is reopened rather than a new one created; `nil` for Alertmanager's
    /// default.
    public var reopenDuration: Duration?
    /// Whether to act when the alerts resolve.
    public var sendResolved: Bool
}
