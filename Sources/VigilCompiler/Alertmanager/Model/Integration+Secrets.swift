import VigilDSL

extension Integration {
    /// The secrets it reads, each with what it holds, for people creating the files.
    var secretUses: [(secret: Secret, purpose: String)] {
        switch self {
        case .slack(let config): [(config.webhook, "Slack incoming webhook URL")]
        case .pagerDuty(let config): [(config.routingKey, "PagerDuty Events API v2 routing key")]
        case .email(let config): config.password.map { [($0, "SMTP password")] } ?? []
        case .webhook(let config):
            (config.address.secret.map { [($0, "webhook URL")] } ?? [])
                + (config.authorization.map { [($0.secret, authorizationPurpose($0))] } ?? [])
        case .opsgenie(let config): [(config.apiKey, "Opsgenie API key")]
        case .microsoftTeams(let config): [(config.webhook, "Microsoft Teams incoming webhook URL")]
        }
    }

    func authorizationPurpose(_ authorization: HTTPAuthorization) -> String {
        switch authorization {
        case .bearer: "webhook bearer token"
        case .basic(let username, _): "webhook basic-auth password of '\(username)'"
        }
    }
}

extension Receiver {
    /// The secrets its integrations read.
    var secrets: [Secret] { integrations.flatMap { $0.secretUses.map(\.secret) } }
}
