import VigilModel
import YAMLKit

extension Integration {
    /// The receiver key of an `AlertmanagerConfig` it is listed under (`slackConfigs`, ...) and its fields,
    /// secrets as `secretKeyRef`s of the Secrets ``KubernetesSecret`` names; `nil` for an integration the object
    /// cannot express (Jira).
    var alertmanagerConfig: (key: String, config: YAMLMapping)? {
        var config = YAMLMapping()
        switch self {
        case .slack(let slack):
            config.append("apiURL", KubernetesSecret.reference(slack.webhook))
            config.append("channel", .string(slack.channel))
            config.append("sendResolved", .bool(slack.sendResolved))
            config.append("title", .string(slack.title.description))
            config.append("text", .string(slack.text.description))
            return ("slackConfigs", config)
        case .pagerDuty(let pagerDuty):
            config.append("routingKey", KubernetesSecret.reference(pagerDuty.routingKey))
            config.append("sendResolved", .bool(pagerDuty.sendResolved))
            config.append("severity", .string(pagerDuty.severity.description))
            return ("pagerdutyConfigs", config)
        case .email(let email):
            config.append("to", .string(email.to))
            config.append("from", .string(email.from))
            config.append("smarthost", .string(email.smarthost))
            config.append("authUsername", email.username.map(YAMLNode.string))
            config.append("authPassword", email.password.map { KubernetesSecret.reference($0) })
            config.append("requireTLS", .bool(email.requireTLS))
            config.append("sendResolved", .bool(email.sendResolved))
            config.append("headers", [["key": "Subject", "value": .string(email.subject.description)]])
            config.append("html", .string(email.html.description))
            return ("emailConfigs", config)
        case .webhook(let webhook):
            switch webhook.address {
            case .url(let url): config.append("url", .string(url))
            case .secret(let secret): config.append("urlSecret", KubernetesSecret.reference(secret))
            }
            config.append("sendResolved", .bool(webhook.sendResolved))
            if webhook.maxAlerts > 0 {
                config.append("maxAlerts", .int(webhook.maxAlerts))
            }
            config.append("httpConfig", webhook.authorization.map(Self.alertmanagerConfigHTTP))
            return ("webhookConfigs", config)
        case .opsgenie(let opsgenie):
            config.append("apiKey", KubernetesSecret.reference(opsgenie.apiKey))
            config.append("sendResolved", .bool(opsgenie.sendResolved))
            config.append("priority", .string(opsgenie.priority.description))
            return ("opsgenieConfigs", config)
        case .microsoftTeams(let teams):
            config.append("webhookUrl", KubernetesSecret.reference(teams.webhook))
            config.append("sendResolved", .bool(teams.sendResolved))
            config.append("title", .string(teams.title.description))
            config.append("text", .string(teams.text.description))
            return ("msteamsConfigs", config)
        case .microsoftTeamsV2(let teams):
            config.append("webhookURL", KubernetesSecret.reference(teams.webhook))
            config.append("sendResolved", .bool(teams.sendResolved))
            config.append("title", .string(teams.title.description))
            config.append("text", .string(teams.text.description))
            return ("msteamsv2Configs", config)
        case .discord(let discord):
            config.append("apiURL", KubernetesSecret.reference(discord.webhook))
            config.append("sendResolved", .bool(discord.sendResolved))
            config.append("title", .string(discord.title.description))
            config.append("message", .string(discord.message.description))
            return ("discordConfigs", config)
        case .telegram(let telegram):
            config.append("botToken", KubernetesSecret.reference(telegram.botToken))
            config.append("chatID", .int(Int(telegram.chatID)))
            config.append("messageThreadID", telegram.topic.map(YAMLNode.int))
            config.append("sendResolved", .bool(telegram.sendResolved))
            if telegram.silent {
                config.append("disableNotifications", true)
            }
            config.append("parseMode", .string(telegram.parseMode.rawValue))
            config.append("message", .string(telegram.message.description))
            return ("telegramConfigs", config)
        case .rocketChat(let rocketChat):
            config.append("apiURL", .string(rocketChat.server))
            config.append("token", KubernetesSecret.reference(rocketChat.token))
            config.append("tokenID", KubernetesSecret.reference(rocketChat.tokenID))
            config.append("channel", .string(rocketChat.channel))
            config.append("sendResolved", .bool(rocketChat.sendResolved))
            config.append("title", .string(rocketChat.title.description))
            config.append("text", .string(rocketChat.text.description))
            return ("rocketchatConfigs", config)
        case .jira:
            return nil
        }
    }

    /// An `httpConfig` authenticating with `authorization`; a basic-auth user name is read from the password's
    /// Secret too (its `username` key), since the object takes it from a Secret only.
    static func alertmanagerConfigHTTP(_ authorization: HTTPAuthorization) -> YAMLNode {
        switch authorization {
        case .bearer(let token):
            ["authorization": ["type": "Bearer", "credentials": KubernetesSecret.reference(token)]]
        case .basic(_, let password):
            [
                "basicAuth": [
                    "username": KubernetesSecret.reference(password, key: KubernetesSecret.usernameKey),
                    "password": KubernetesSecret.reference(password),
                ]
            ]
        }
    }
}
