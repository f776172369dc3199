import VigilDSL
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
            config.append("webhook_url_file", .string(teams.webhook.path))
            config.append("send_resolved", .bool(teams.sendResolved))
            config.append("title", .string(teams.title.description))
            config.append("text", .string(teams.text.description))
            return ("msteams_configs", config)
        }
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
