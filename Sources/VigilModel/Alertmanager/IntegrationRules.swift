import Foundation
import VigilCore

/// Rules on the settings of receivers' integrations that Alertmanager, or the service it posts to, rejects:
/// endpoints that are not HTTP URLs, a Telegram chat of 0, a Jira issue without a project or type, a
/// Rocket.Chat channel that is neither `#channel` nor `@user`.
enum IntegrationRules {
    static let all: [ValidationRule] = [
        ValidationRule("receivers' integrations are complete and well-formed", check: invalidSettings)
    ]

    /// A problem with an integration's settings: the diagnostic's id, the message after the receiver's name,
    /// and a hint.
    typealias Problem = (id: String, message: String, hint: String)

    static func invalidSettings(_ stack: ResolvedStack) -> [Diagnostic] {
        guard let alertmanager = stack.alertmanager else { return [] }
        return alertmanager.receivers.flatMap { receiver in
            receiver.integrations.flatMap(problems).map { problem in
                .error(
                    problem.id, "receiver '\(receiver.name)' \(problem.message)", at: receiver.location,
                    hint: problem.hint)
            }
        }
    }

    /// What is wrong with an integration's settings.
    static func problems(of integration: Integration) -> [Problem] {
        switch integration {
        case .webhook(let config):
            guard case .url(let url) = config.address else { return [] }
            return urlProblems(url, of: "webhook URL")
        case .telegram(let config):
            var problems: [Problem] = []
            if config.chatID == 0 {
                problems.append(
                    (
                        "invalid-telegram-chat", "sends to Telegram chat 0, which does not exist",
                        "use the chat's id: a user's, or a group's or channel's (negative, e.g. -1001234567890)"
                    ))
            }
            if let topic = config.topic, topic <= 0 {
                problems.append(
                    (
                        "invalid-telegram-chat", "sends to Telegram topic \(topic); topic ids are positive",
                        "use the message_thread_id of the forum topic, or no topic"
                    ))
            }
            return problems
        case .jira(let config):
            let missing = [("a project", config.project), ("an issue type", config.issueType)].filter {
                $0.1.allSatisfy(\.isWhitespace)
            }
            return missing.map { field, _ in
                (
                    "missing-jira-field", "creates Jira issues without \(field)",
                    "Jira needs both a project key (e.g. OPS) and an issue type (e.g. Bug)"
                )
            } + urlProblems(config.apiURL, of: "Jira API URL")
        case .rocketChat(let config):
            let channel: [Problem] =
                config.channel.hasPrefix("#") || config.channel.hasPrefix("@")
                ? []
                : [
                    (
                        "invalid-rocketchat-channel",
                        "posts to Rocket.Chat channel '\(config.channel)', which is neither #channel nor @user",
                        "write '#\(config.channel)' for a channel or '@\(config.channel)' for a direct message"
                    )
                ]
            return channel + urlProblems(config.server, of: "Rocket.Chat server URL")
        case .slack, .pagerDuty, .email, .opsgenie, .microsoftTeams, .microsoftTeamsV2, .discord: return []
        }
    }

    /// A problem when `url` is not an absolute `http` or `https` URL with a host, as Alertmanager requires, or
    /// when it carries a credential, which would be written into alertmanager.yml and git.
    static func urlProblems(_ url: String, of what: String) -> [Problem] {
        if let credential = URLCredentials.credential(in: url) {
            return [
                (
                    "credential-in-url",
                    "has a \(what) that carries \(credential); it would be written into "
                        + "alertmanager.yml and git",
                    "read a webhook's URL from a secret file, `.webhook(urlFrom: .secret(\"team_webhook_url\"))`; "
                        + "give other credentials through the receiver's authorization"
                )
            ]
        }
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(),
            scheme == "http" || scheme == "https", components.host?.isEmpty == false
        else {
            return [
                (
                    "invalid-receiver-url", "has the \(what) '\(url)', which is not an http or https URL",
                    "write an absolute URL, such as 'https://host.example/path'"
                )
            ]
        }
        return []
    }
}
