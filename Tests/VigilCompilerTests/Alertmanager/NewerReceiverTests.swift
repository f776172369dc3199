import Testing
import VigilDSL
import YAMLKit

@testable import VigilBackends
@testable import VigilCompiler
@testable import VigilModel

/// The receivers that came after Alertmanager 0.25: Microsoft Teams (connectors and Workflows), Discord,
/// Telegram, Jira, Rocket.Chat and webhook `url_file`.
@Suite("Alertmanager output: the receivers newer than 0.25")
struct NewerReceiverTests {
    typealias F = AlertmanagerFixtures

    static let stack = F.resolved(F.stack(notifying: F.newerReceivers + [F.jira]))

    /// Each receiver's one configuration, by receiver name, as its `*_configs` key and its mapping.
    static func configs() throws -> [String: (key: String, config: YAMLNode)] {
        let text = try #require(try F.files(stack)[AlertmanagerConfigEmitter.path])
        let receivers = try #require(try YAMLParser().parse(text)["receivers"]?.sequenceValue)
        return Dictionary(
            uniqueKeysWithValues: try receivers.map { receiver in
                let mapping = try #require(receiver.mappingValue)
                let key = try #require(mapping.keys.first { $0 != "name" })
                return (
                    try #require(receiver["name"]?.stringValue),
                    (key, try #require(receiver[key]?.sequenceValue?.first))
                )
            })
    }

    @Test("Microsoft Teams through Workflows and through a connector, and Discord: the webhook URL from a file")
    func webhooks() throws {
        let configs = try Self.configs()
        let workflow = try #require(configs["teams-workflow"])
        #expect(workflow.key == "msteamsv2_configs")
        #expect(workflow.config["webhook_url_file"] == "/run/secrets/teams_workflow_url")
        #expect(workflow.config["title"] == #"{{ template "vigil.title" . }}"#)
        #expect(workflow.config["text"] == #"{{ template "vigil.markdown.text" . }}"#)
        #expect(workflow.config["send_resolved"] == true)
        #expect(configs["teams"]?.key == "msteams_configs")
        let discord = try #require(configs["discord"])
        #expect(discord.key == "discord_configs")
        #expect(discord.config["webhook_url_file"] == "/run/secrets/discord_webhook_url")
        #expect(discord.config["message"] == #"{{ template "vigil.markdown.text" . }}"#)
        #expect(configs["hook-secret"]?.config["url_file"] == "/run/secrets/hook_url")
    }

    @Test("Telegram: the bot token from a file, the chat and topic as numbers, HTML")
    func telegram() throws {
        let telegram = try #require(try Self.configs()["telegram"])
        #expect(telegram.key == "telegram_configs")
        #expect(telegram.config["bot_token_file"] == "/run/secrets/telegram_bot_token")
        #expect(telegram.config["chat_id"] == .int(-1_001_234_567_890))
        #expect(telegram.config["message_thread_id"] == .int(7))
        #expect(telegram.config["parse_mode"] == "HTML")
        #expect(telegram.config["message"] == #"{{ template "vigil.telegram.html" . }}"#)
        #expect(telegram.config["disable_notifications"] == nil)
        let quiet = Integration.telegram(chat: 42, botToken: .secret("bot"), parseMode: .markdownV2, silent: true)
        let yaml = YAMLNode.mapping(quiet.yaml.config)
        #expect(yaml["disable_notifications"] == true)
        #expect(yaml["parse_mode"] == "MarkdownV2")
        #expect(yaml["message_thread_id"] == nil)
    }

    @Test("Jira: the API URL, project and issue type, transitions, and the API token from a file")
    func jira() throws {
        let jira = try #require(try Self.configs()["jira"])
        #expect(jira.key == "jira_configs")
        #expect(jira.config["api_url"] == "https://shop.atlassian.net/rest/api/2")
        #expect(jira.config["project"] == "OPS")
        #expect(jira.config["issue_type"] == "Incident")
        #expect(jira.config["summary"] == #"{{ template "vigil.title" . }}"#)
        #expect(jira.config["description"] == #"{{ template "vigil.markdown.text" . }}"#)
        #expect(jira.config["priority"] == #"{{ template "vigil.jira.priority" . }}"#)
        #expect(jira.config["labels"] == ["alertmanager", "shop"])
        #expect(jira.config["resolve_transition"] == "Done")
        #expect(jira.config["reopen_transition"] == "To Do")
        #expect(jira.config["wont_fix_resolution"] == "Won't Do")
        #expect(jira.config["reopen_duration"] == "12h")
        #expect(jira.config["http_config"]?["basic_auth"]?["username"] == "alertmanager@shop.example")
        #expect(jira.config["http_config"]?["basic_auth"]?["password_file"] == "/run/secrets/jira_api_token")
        let minimal = YAMLNode.mapping(
            Integration.jira(
                apiURL: "https://jira.shop.example/rest/api/2", project: "OPS", issueType: "Bug",
                authorization: .bearer(.secret("jira_pat"))
            ).yaml.config)
        #expect(minimal["labels"] == nil && minimal["resolve_transition"] == nil && minimal["reopen_duration"] == nil)
        #expect(minimal["http_config"]?["authorization"]?["credentials_file"] == "/run/secrets/jira_pat")
    }

    @Test("Rocket.Chat: the server, the channel, the token and its user id from files")
    func rocketChat() throws {
        let rocketChat = try #require(try Self.configs()["rocketchat"])
        #expect(rocketChat.key == "rocketchat_configs")
        #expect(rocketChat.config["api_url"] == "https://chat.shop.example")
        #expect(rocketChat.config["channel"] == "#ops")
        #expect(rocketChat.config["token_file"] == "/run/secrets/rocketchat_token")
        #expect(rocketChat.config["token_id_file"] == "/run/secrets/rocketchat_user_id")
        #expect(rocketChat.config["text"] == #"{{ template "vigil.markdown.text" . }}"#)
    }

    @Test("every secret becomes a compose secret of Alertmanager and a row of secrets/README.md")
    func secrets() throws {
        let files = try F.files(Self.stack)
        let compose = try YAMLParser().parse(try #require(files[ComposeEmitter.path]))
        #expect(
            compose["services"]?["alertmanager"]?["secrets"] == [
                "discord_webhook_url", "hook_url", "jira_api_token", "rocketchat_token", "rocketchat_user_id",
                "teams_url", "teams_workflow_url", "telegram_bot_token",
            ])
        let readme = try #require(files["secrets/README.md"])
        for row in [
            "| `telegram_bot_token` | alertmanager (uid 65534) | Telegram bot token of receiver 'telegram' |",
            "| `jira_api_token` | alertmanager (uid 65534) | Jira basic-auth password of 'alertmanager@shop.example' of receiver 'jira' |",
            "| `rocketchat_user_id` | alertmanager (uid 65534) | Rocket.Chat user id of the token of receiver 'rocketchat' |",
            "| `teams_workflow_url` | alertmanager (uid 65534) | Microsoft Teams Workflows webhook URL of receiver 'teams-workflow' |",
            "| `discord_webhook_url` | alertmanager (uid 65534) | Discord webhook URL of receiver 'discord' |",
        ] {
            #expect(readme.contains(row), "\(row)")
        }
        #expect(!files.values.contains { $0.contains("api.telegram.org/bot") })
    }

    @Test("each receiver kind needs the Alertmanager that brought it, and 0.28 takes them all")
    func compatibility() {
        let needs = F.newerReceivers.map { $0.integrations[0].newerFeature?.since }
        #expect(needs == [.v028, .v028, .v028, .v028, .v028, .v026])
        let plainTelegram = Integration.telegram(chat: 42, botToken: .secret("bot"))
        #expect(plainTelegram.newerFeature?.since == .v026)
        #expect(F.jira.integrations[0].newerFeature?.since == .v028)
        #expect(Self.stack.alertmanager?.requiredVersion == .v028)
        #expect(F.diagnostics(of: Self.stack).isEmpty)
        let receivers = [Receiver("telegram-plain", plainTelegram)] + F.newerReceivers + [F.jira]
        let forOld = F.diagnostics(
            F.stack(
                Alertmanager(defaultReceiver: receivers[0], compatibility: .v025) {
                    for receiver in receivers {
                        Route(to: receiver, continue: true)
                    }
                }))
        #expect(forOld.count == 8)
        #expect(forOld.allSatisfy { $0.id == "requires-newer-alertmanager" })
        #expect(
            forOld.contains {
                $0.message.contains(
                    "'telegram-plain' uses telegram_configs with bot_token_file, which needs Alertmanager 0.26")
            })
        #expect(
            forOld.contains {
                $0.message.contains("'rocketchat' uses rocketchat_configs, which needs Alertmanager 0.28")
            })
    }
}
