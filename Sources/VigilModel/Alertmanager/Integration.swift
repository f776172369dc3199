/// One way a receiver notifies people: a Slack message, a PagerDuty incident, an email, ...
///
/// Every credential is a ``Secret``; the factories below give the settings a monitoring team usually wants
/// (resolved notifications on, Vigil's templates for titles and texts).
public enum Integration: Hashable, Sendable {
    /// A Slack message.
    case slack(SlackConfig)
    /// A PagerDuty incident (Events API v2).
    case pagerDuty(PagerDutyConfig)
    /// An email.
    case email(EmailConfig)
    /// A JSON POST to an HTTP endpoint.
    case webhook(WebhookConfig)
    /// An Opsgenie alert.
    case opsgenie(OpsgenieConfig)
    /// A Microsoft Teams message through an Office 365 connector (Alertmanager 0.28 and later).
    case microsoftTeams(MicrosoftTeamsConfig)
    /// A Microsoft Teams message through a Workflows webhook (Alertmanager 0.28 and later).
    case microsoftTeamsV2(MicrosoftTeamsV2Config)
    /// A Discord message (Alertmanager 0.28 and later).
    case discord(DiscordConfig)
    /// A Telegram message (Alertmanager 0.26 and later).
    case telegram(TelegramConfig)
    /// A Jira issue (Alertmanager 0.28 and later).
    case jira(JiraConfig)
    /// A Rocket.Chat message (Alertmanager 0.28 and later).
    case rocketChat(RocketChatConfig)

    /// A Slack message to `channel` through the incoming webhook whose URL is in `webhook`.
    public static func slack(
        channel: String, webhook: Secret, title: NotificationTemplate = .title,
        text: NotificationTemplate = .slackText, sendResolved: Bool = true
    ) -> Integration {
        .slack(SlackConfig(webhook: webhook, channel: channel, title: title, text: text, sendResolved: sendResolved))
    }

    /// A PagerDuty incident for the Events API v2 integration whose routing key is in `routingKey`.
    public static func pagerDuty(
        routingKey: Secret, severity: NotificationTemplate = .pagerDutySeverity, sendResolved: Bool = true
    ) -> Integration {
        .pagerDuty(PagerDutyConfig(routingKey: routingKey, severity: severity, sendResolved: sendResolved))
    }

    /// An email to `to` from `from` through the SMTP server `smarthost` (`host:port`), logging in as
    /// `username` with the password in `password` when both are given.
    public static func email(
        to: String, from: String, smarthost: String, username: String? = nil, password: Secret? = nil,
        requireTLS: Bool = true, subject: NotificationTemplate = .title, html: NotificationTemplate = .emailHTML,
        sendResolved: Bool = true
    ) -> Integration {
        .email(
            EmailConfig(
                to: to, from: from, smarthost: smarthost, username: username, password: password,
                requireTLS: requireTLS, subject: subject, html: html, sendResolved: sendResolved))
    }

    /// A JSON POST to `url`, which carries no credential; authenticate with `authorization`.
    public static func webhook(
        url: String, authorization: HTTPAuthorization? = nil, maxAlerts: Int = 0, sendResolved: Bool = true
    ) -> Integration {
        .webhook(
            WebhookConfig(
                address: .url(url), authorization: authorization, maxAlerts: maxAlerts, sendResolved: sendResolved))
    }

    /// A JSON POST to the URL in `urlFrom`, for endpoints whose URL is itself the credential (Alertmanager
    /// 0.26 and later: `url_file`).
    public static func webhook(
        urlFrom secret: Secret, authorization: HTTPAuthorization? = nil, maxAlerts: Int = 0,
        sendResolved: Bool = true
    ) -> Integration {
        .webhook(
            WebhookConfig(
                address: .secret(secret), authorization: authorization, maxAlerts: maxAlerts,
                sendResolved: sendResolved))
    }

    /// An Opsgenie alert through the API integration whose key is in `apiKey`.
    public static func opsgenie(
        apiKey: Secret, priority: NotificationTemplate = .opsgeniePriority, sendResolved: Bool = true
    ) -> Integration {
        .opsgenie(OpsgenieConfig(apiKey: apiKey, priority: priority, sendResolved: sendResolved))
    }

    /// A Microsoft Teams message through the Office 365 connector whose URL is in `webhook` (Alertmanager 0.28
    /// and later). Microsoft is retiring these connectors: prefer ``microsoftTeamsV2(webhook:title:text:sendResolved:)``.
    public static func microsoftTeams(
        webhook: Secret, title: NotificationTemplate = .title, text: NotificationTemplate = .teamsText,
        sendResolved: Bool = true
    ) -> Integration {
        .microsoftTeams(MicrosoftTeamsConfig(webhook: webhook, title: title, text: text, sendResolved: sendResolved))
    }

    /// A Microsoft Teams message through the Workflows (Power Automate) webhook whose URL is in `webhook`
    /// (Alertmanager 0.28 and later).
    public static func microsoftTeamsV2(
        webhook: Secret, title: NotificationTemplate = .title, text: NotificationTemplate = .markdownText,
        sendResolved: Bool = true
    ) -> Integration {
        .microsoftTeamsV2(
            MicrosoftTeamsV2Config(webhook: webhook, title: title, text: text, sendResolved: sendResolved))
    }

    /// A Discord message through the channel webhook whose URL is in `webhook` (Alertmanager 0.28 and later).
    public static func discord(
        webhook: Secret, title: NotificationTemplate = .title, message: NotificationTemplate = .markdownText,
        sendResolved: Bool = true
    ) -> Integration {
        .discord(DiscordConfig(webhook: webhook, title: title, message: message, sendResolved: sendResolved))
    }

    /// A Telegram message to `chat` (in forum groups, to its `topic`) from the bot whose token is in `botToken`
    /// (Alertmanager 0.26 and later; 0.28 with a topic).
    public static func telegram(
        chat: Int64, topic: Int? = nil, botToken: Secret, message: NotificationTemplate = .telegramHTML,
        parseMode: TelegramConfig.ParseMode = .html, silent: Bool = false, sendResolved: Bool = true
    ) -> Integration {
        .telegram(
            TelegramConfig(
                botToken: botToken, chatID: chat, topic: topic, message: message, parseMode: parseMode, silent: silent,
                sendResolved: sendResolved))
    }

    /// A Jira issue of type `issueType` in `project` through the REST API at `apiURL` (with its version:
    /// `https://example.atlassian.net/rest/api/2`), logging in with `authorization` (Alertmanager 0.28 and
    /// later). With `resolveTransition`, the issue is resolved when the alerts resolve.
    public static func jira(
        apiURL: String, project: String, issueType: String, authorization: HTTPAuthorization,
        summary: NotificationTemplate = .title, description: NotificationTemplate = .markdownText,
        priority: NotificationTemplate = .jiraPriority, labels: [String] = [], resolveTransition: String? = nil,
        reopenTransition: String? = nil, wontFixResolution: String? = nil, reopenDuration: Duration? = nil,
        sendResolved: Bool = true
    ) -> Integration {
        .jira(
            JiraConfig(
                apiURL: apiURL, project: project, issueType: issueType, authorization: authorization, summary: summary,
                description: description, priority: priority, labels: labels, resolveTransition: resolveTransition,
                reopenTransition: reopenTransition, wontFixResolution: wontFixResolution,
                reopenDuration: reopenDuration, sendResolved: sendResolved))
    }

    /// A Rocket.Chat message to `channel` (`#alerts` or `@user`) on the server at `server`, posted as the user
    /// whose id is in `tokenID` with the personal access token in `token` (Alertmanager 0.28 and later).
    public static func rocketChat(
        server: String, channel: String, token: Secret, tokenID: Secret, title: NotificationTemplate = .title,
        text: NotificationTemplate = .markdownText, sendResolved: Bool = true
    ) -> Integration {
        .rocketChat(
            RocketChatConfig(
                server: server, channel: channel, token: token, tokenID: tokenID, title: title, text: text,
                sendResolved: sendResolved))
    }

    /// The notification templates it renders.
    public var templates: [NotificationTemplate] {
        switch self {
        case .slack(let config): [config.title, config.text]
        case .pagerDuty(let config): [config.severity]
        case .email(let config): [config.subject, config.html]
        case .webhook: []
        case .opsgenie(let config): [config.priority]
        case .microsoftTeams(let config): [config.title, config.text]
        case .microsoftTeamsV2(let config): [config.title, config.text]
        case .discord(let config): [config.title, config.message]
        case .telegram(let config): [config.message]
        case .jira(let config): [config.summary, config.description, config.priority]
        case .rocketChat(let config): [config.title, config.text]
        }
    }
}

extension WebhookConfig.Address {
    /// The secret holding the URL, when it is one.
    public var secret: Secret? {
        if case .secret(let secret) = self { return secret }
        return nil
    }
}
