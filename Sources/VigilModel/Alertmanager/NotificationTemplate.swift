/// A named notification template, defined with `{{ define "name" }}` in a file under
/// `templates/alertmanager/`, that a receiver renders for a title or a text.
///
/// The defaults are Vigil's own templates (`templates/alertmanager/vigil.tmpl`), which show each alert's
/// summary and description with its `runbook_url` and `dashboard_url` annotations as links.
public struct NotificationTemplate: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The name given to `define`.
    public let name: String

    /// The template called `name`.
    public init(_ name: String) {
        self.name = name
    }

    /// The template called `name`, from a string literal.
    public init(stringLiteral name: String) {
        self.init(name)
    }

    /// One line naming the status, how many alerts fire, the alert name and its severity.
    public static let title = NotificationTemplate("vigil.title")
    /// Slack message text: each alert's summary, description, runbook and dashboard links.
    public static let slackText = NotificationTemplate("vigil.slack.text")
    /// Email body, in HTML.
    public static let emailHTML = NotificationTemplate("vigil.email.html")
    /// Microsoft Teams message text, in Markdown (the same as ``markdownText``).
    public static let teamsText = NotificationTemplate("vigil.teams.text")
    /// Each alert's headline in bold, description, runbook and dashboard links, in the Markdown that Microsoft
    /// Teams, Discord, Rocket.Chat and Jira render.
    public static let markdownText = NotificationTemplate("vigil.markdown.text")
    /// Telegram message, in Telegram's HTML: the title, then each alert like ``markdownText``.
    public static let telegramHTML = NotificationTemplate("vigil.telegram.html")
    /// The PagerDuty event severity (`critical`, `warning` or `info`) for the alerts' `severity` label.
    public static let pagerDutySeverity = NotificationTemplate("vigil.pagerduty.severity")
    /// The Opsgenie priority (`P1` to `P5`) for the alerts' `severity` label.
    public static let opsgeniePriority = NotificationTemplate("vigil.opsgenie.priority")
    /// The Jira priority of Jira's default scheme (`High`, `Medium`, `Low`) for the alerts' `severity` label.
    public static let jiraPriority = NotificationTemplate("vigil.jira.priority")

    /// The field value that renders it: `{{ template "name" . }}`.
    public var description: String { "{{ template \"\(name)\" . }}" }
}
