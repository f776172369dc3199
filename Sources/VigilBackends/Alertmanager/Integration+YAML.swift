import VigilModel
import YAMLKit

extension Integration {
    /// The receiver key it is listed under (`slack_configs`, ...) and its configuration. Secrets appear only as
    /// `*_file` paths below `/run/secrets/`.
    var yaml: (key: String, config: YAMLMapping) {
        var config = YAMLMapping()
        switch self {
        case .slack(let slack):
            config.append("api_url_file", .string(slack.webhook.path))
            config.append("channel", .string(slack.channel))
            config.append("send_resolved", .bool(slack.sendResolved))
            config.append("title", .string(slack.title.description))
            config.append("text", .string(slack.text.description))
            return ("slack_configs", config)
        case .pagerDuty(let pagerDuty):
            config.append("routing_key_file", .string(pagerDuty.routingKey.path))
            config.append("send_resolved", .bool(pagerDuty.sendResolved))
            config.append("severity", .string(pagerDuty.severity.description))
            return ("pagerduty_configs", config)
        case .email(let email):
            config.append("to", .string(email.to))
            config.append("from", .string(email.from))
            config.append("smarthost", .string(email.smarthost))
            config.append("auth_username", email.username.map(YAMLNode.string))
            config.append("auth_password_file", email.password.map { .string($0.path) })
            config.append("require_tls", .bool(email.requireTLS))
            config.append("send_resolved", .bool(email.sendResolved))
            config.append("headers", ["Subject": .string(email.subject.description)])
            config.append("html", .string(email.html.description))
            return ("email_configs", config)
        case .webhook(let webhook):
            switch webhook.address {
            case .url(let url): config.append("url", .string(url))
            case .secret(let secret): config.append("url_file", .string(secret.path))
            }
            config.append("send_resolved", .bool(webhook.sendResolved))
            if webhook.maxAlerts > 0 {
                config.append("max_alerts", .int(webhook.maxAlerts))
            }
            config.append("http_config", webhook.authorization.map { .mapping(Self.httpConfig($0)) })
            return ("webhook_configs", config)
        case .opsgenie(let opsgenie):
            config.append("api_key_file", .string(opsgenie.apiKey.path))
            config.append("send_resolved", .bool(opsgenie.sendResolved))
            config.append("priority", .string(opsgenie.priority.description))
            return ("opsgenie_configs", config)
        case .microsoftTeams(let teams):
            return (
                "msteams_configs",
                Self.webhookMessage(teams.webhook, title: teams.title, body: ("text", teams.text), teams.sendResolved)
            )
        case .microsoftTeamsV2(let teams):
            return (
                "msteamsv2_configs",
                Self.webhookMessage(teams.webhook, title: teams.title, body: ("text", teams.text), teams.sendResolved)
            )
        case .discord(let discord):
            return (
                "discord_configs",
                Self.webhookMessage(
                    discord.webhook, title: discord.title, body: ("message", discord.message), discord.sendResolved)
            )
        case .telegram(let telegram):
            config.append("bot_token_file", .string(telegram.botToken.path))
            config.append("chat_id", .int(Int(telegram.chatID)))
            config.append("message_thread_id", telegram.topic.map(YAMLNode.int))
            config.append("send_resolved", .bool(telegram.sendResolved))
            if telegram.silent {
                config.append("disable_notifications", true)
            }
            config.append("parse_mode", .string(telegram.parseMode.rawValue))
            config.append("message", .string(telegram.message.description))
            return ("telegram_configs", config)
        case .jira(let jira):
            config.append("api_url", .string(jira.apiURL))
            config.append("project", .string(jira.project))
            config.append("issue_type", .string(jira.issueType))
            config.append("send_resolved", .bool(jira.sendResolved))
            config.append("summary", .string(jira.summary.description))
            config.append("description", .string(jira.description.description))
            config.append("priority", .string(jira.priority.description))
            if !jira.labels.isEmpty {
                config.append("labels", .sequence(jira.labels.map(YAMLNode.string)))
            }
            config.append("resolve_transition", jira.resolveTransition.map(YAMLNode.string))
            config.append("reopen_transition", jira.reopenTransition.map(YAMLNode.string))
            config.append("wont_fix_resolution", jira.wontFixResolution.map(YAMLNode.string))
            config.append("reopen_duration", jira.reopenDuration.map { .string($0.description) })
            config.append("http_config", .mapping(Self.httpConfig(jira.authorization)))
            return ("jira_configs", config)
        case .rocketChat(let rocketChat):
            config.append("api_url", .string(rocketChat.server))
            config.append("token_id_file", .string(rocketChat.tokenID.path))
            config.append("token_file", .string(rocketChat.token.path))
            config.append("channel", .string(rocketChat.channel))
            config.append("send_resolved", .bool(rocketChat.sendResolved))
            config.append("title", .string(rocketChat.title.description))
            config.append("text", .string(rocketChat.text.description))
            return ("rocketchat_configs", config)
        }
    }

    /// A message through a webhook whose URL is a secret (Microsoft Teams, Discord): `webhook_url_file`,
    /// `send_resolved`, `title`, and the body under its key.
    static func webhookMessage(
        _ webhook: Secret, title: NotificationTemplate, body: (key: String, template: NotificationTemplate),
        _ sendResolved: Bool
    ) -> YAMLMapping {
        var config = YAMLMapping()
        config.append("webhook_url_file", .string(webhook.path))
        config.append("send_resolved", .bool(sendResolved))
        config.append("title", .string(title.description))
        config.append(body.key, .string(body.template.description))
        return config
    }

    static func httpConfig(_ authorization: HTTPAuthorization) -> YAMLMapping {
        switch authorization {
        case .bearer(let token):
            ["authorization": ["type": "Bearer", "credentials_file": .string(token.path)]]
        case .basic(let username, let password):
            ["basic_auth": ["username": .string(username), "password_file": .string(password.path)]]
        }
    }
}
