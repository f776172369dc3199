import VigilCore

extension Integration {
    /// The secrets it reads, each with what it holds, for people creating the files.
    package var secretUses: [(secret: Secret, purpose: String)] {
        switch self {
        case .slack(let config): [(config.webhook, "Slack incoming webhook URL")]
        case .pagerDuty(let config): [(config.routingKey, "PagerDuty Events API v2 routing key")]
        case .email(let config): config.password.map { [($0, "SMTP password")] } ?? []
        case .webhook(let config):
            (config.address.secret.map { [($0, "webhook URL")] } ?? [])
                + (config.authorization.map { [($0.secret, authorizationPurpose($0, of: "webhook"))] } ?? [])
        case .opsgenie(let config): [(config.apiKey, "Opsgenie API key")]
        case .microsoftTeams(let config): [(config.webhook, "Microsoft Teams incoming webhook URL")]
        case .microsoftTeamsV2(let config): [(config.webhook, "Microsoft Teams Workflows webhook URL")]
        case .discord(let config): [(config.webhook, "Discord webhook URL")]
        case .telegram(let config): [(config.botToken, "Telegram bot token")]
        case .jira(let config): [(config.authorization.secret, authorizationPurpose(config.authorization, of: "Jira"))]
        case .rocketChat(let config):
            [(config.token, "Rocket.Chat personal access token"), (config.tokenID, "Rocket.Chat user id of the token")]
        }
    }

    /// What the secret of `authorization` holds, for the service `service` (`webhook bearer token`).
    func authorizationPurpose(_ authorization: HTTPAuthorization, of service: String) -> String {
        switch authorization {
        case .bearer: "\(service) bearer token"
        case .basic(let username, _): "\(service) basic-auth password of '\(username)'"
        }
    }
}

extension Receiver {
    /// The secrets its integrations read.
    var secrets: [Secret] { integrations.flatMap { $0.secretUses.map(\.secret) } }
}
