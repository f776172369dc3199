import VigilModel
import YAMLKit

/// Reads a receiver's integrations (`slack_configs`, `pagerduty_configs`, `webhook_configs`, `email_configs`)
/// into the model's, every credential a ``Secret``: an inline value is moved out to a secret named after the
/// receiver and the field, a `*_file` becomes a secret named after the file. What the model does not carry
/// (other integrations, message templates, HTTP settings) goes into the report.
struct IntegrationReader {
    /// The input.
    let input: YAMLInput
    /// `global`, for the defaults of Slack and email.
    let global: YAMLMapping
    /// The receiver's name.
    let receiver: String
    /// The receiver's line.
    let line: Int?

    /// The integrations of `receiver`'s mapping, the secrets they read, and the remarks.
    func integrations(of mapping: YAMLMapping) throws(ImportError)
        -> (integrations: [Integration], secrets: [(name: String, location: InputLocation)], report: ImportReport)
    {
        var result:
            (integrations: [Integration], secrets: [(name: String, location: InputLocation)], report: ImportReport) = (
                [], [], ImportReport()
            )
        for entry in mapping.entries where entry.key != "name" {
            guard entry.key.hasSuffix("_configs") else {
                try input.expectKeys(of: [entry.key: entry.value], in: ["name"], at: line)
                continue
            }
            let at = input.lines.line(ofKey: entry.key, from: line ?? 1)
            for node in entry.value.sequenceValue ?? [] {
                guard let config = node.mappingValue else {
                    throw ImportError("`\(entry.key)` holds a value that is not a mapping", at: input.location(at))
                }
                var reading = ConfigReading(reader: self, config: config, line: at, kind: entry.key)
                if let integration = try reading.integration() {
                    result.integrations.append(integration)
                }
                result.secrets += reading.secrets
                result.report.merge(reading.report)
            }
        }
        return result
    }
}

/// One integration's mapping being read.
private struct ConfigReading {
    /// The fields each integration keeps; the others are reported.
    static let kept: [String: Set<String>] = [
        "slack_configs": ["api_url", "api_url_file", "channel", "send_resolved"],
        "pagerduty_configs": ["routing_key", "routing_key_file", "service_key", "service_key_file", "send_resolved"],
        "webhook_configs": ["url", "url_file", "send_resolved", "max_alerts", "http_config"],
        "email_configs": [
            "to", "from", "smarthost", "auth_username", "auth_password", "auth_password_file", "require_tls",
            "send_resolved",
        ],
    ]

    let reader: IntegrationReader
    let config: YAMLMapping
    let line: Int?
    let kind: String
    var secrets: [(name: String, location: InputLocation)] = []
    var report = ImportReport()

    mutating func integration() throws(ImportError) -> Integration? {
        guard let kept = Self.kept[kind] else {
            report.add(
                .dropped, at: reader.input.location(line),
                "receiver \(reader.receiver): `\(kind)` (the importer carries Slack, PagerDuty, webhook and email)")
            return nil
        }
        let dropped = config.keys.filter { !kept.contains($0) }
        if !dropped.isEmpty {
            report.add(
                .dropped, at: reader.input.location(line),
                "receiver \(reader.receiver): \(kind) fields " + dropped.map { "`\($0)`" }.joined(separator: ", ")
                    + " (Vigil's notification templates and settings apply)")
        }
        switch kind {
        case "slack_configs":
            guard let webhook = try secret("api_url", fallback: "slack_api_url") else {
                throw missing("api_url")
            }
            let channel = try text("channel") ?? ""
            return .slack(channel: channel, webhook: webhook, sendResolved: try flag("send_resolved") ?? false)
        case "pagerduty_configs":
            let routingKey = try secret("routing_key")
            let serviceKey = try secret("service_key")
            guard let key = routingKey ?? serviceKey else { throw missing("routing_key") }
            return .pagerDuty(routingKey: key, sendResolved: try flag("send_resolved") ?? true)
        case "webhook_configs":
            return try webhook()
        default:
            guard let to = try text("to") else { throw missing("to") }
            let (from, globalFrom) = (try text("from"), try global("smtp_from"))
            let (host, globalHost) = (try text("smarthost"), try global("smtp_smarthost"))
            let (username, globalUsername) = (try text("auth_username"), try global("smtp_auth_username"))
            guard let from = from ?? globalFrom, let host = host ?? globalHost else {
                throw missing("from` and `smarthost")
            }
            return .email(
                to: to, from: from, smarthost: host, username: username ?? globalUsername,
                password: try secret("auth_password", fallback: "smtp_auth_password"),
                requireTLS: try flag("require_tls") ?? true, sendResolved: try flag("send_resolved") ?? false)
        }
    }

    private mutating func webhook() throws(ImportError) -> Integration {
        let sendResolved = try flag("send_resolved") ?? true
        let maxAlerts = Int(try text("max_alerts") ?? "0") ?? 0
        var authorization: HTTPAuthorization?
        if let http = config["http_config"]?.mappingValue {
            if let bearer = http["authorization"]?.mappingValue,
                bearer["credentials"] != nil || bearer["credentials_file"] != nil
            {
                authorization = .bearer(try secretValue(bearer, "credentials", field: "bearer_token")!)
            } else if let basic = http["basic_auth"]?.mappingValue, let username = basic["username"]?.stringValue,
                let password = try secretValue(basic, "password", field: "basic_password")
            {
                authorization = .basic(username: username, password: password)
            }
            if http.keys.contains(where: { !["authorization", "basic_auth"].contains($0) }) {
                report.add(
                    .dropped, at: reader.input.location(line),
                    "receiver \(reader.receiver): webhook `http_config` settings other than its authorization")
            }
        }
        if let url = try text("url"), !Self.carriesCredential(url) {
            return .webhook(url: url, authorization: authorization, maxAlerts: maxAlerts, sendResolved: sendResolved)
        }
        guard let secret = try secret("url") else { throw missing("url") }
        return .webhook(urlFrom: secret, authorization: authorization, maxAlerts: maxAlerts, sendResolved: sendResolved)
    }

    /// Whether a URL carries a credential: user information, or a query (tokens travel there).
    static func carriesCredential(_ url: String) -> Bool {
        let rest = url.split(separator: "://", maxSplits: 1).last ?? Substring(url)
        let authority = rest.prefix { $0 != "/" && $0 != "?" }
        return authority.contains("@") || url.contains("?")
    }

    /// The secret of `key` (inline or `key_file`), or of the global field `fallback`.
    private mutating func secret(_ key: String, fallback: String? = nil) throws(ImportError) -> Secret? {
        if let secret = try secretValue(config, key, field: key) { return secret }
        guard let fallback, let value = reader.global[fallback].flatMap(YAMLInput.scalarText), !value.isEmpty else {
            return nil
        }
        return moved(name: "global_\(fallback)", at: reader.input.lines.line(ofKey: fallback))
    }

    /// The secret of `key` in `mapping`: an inline value moved out, or `key_file` named after its file.
    private mutating func secretValue(_ mapping: YAMLMapping, _ key: String, field: String) throws(ImportError)
        -> Secret?
    {
        if let file = mapping[key + "_file"].flatMap(YAMLInput.scalarText) {
            let base = file.split(separator: "/").last.map(String.init) ?? file
            let name = SecretName.sanitised(base)
            report.add(
                .review, at: reader.input.location(line),
                "receiver \(reader.receiver): `\(key)_file` \(file) becomes the secret \(name)")
            return Secret.secret(name)
        }
        guard let value = mapping[key].flatMap(YAMLInput.scalarText), !value.isEmpty else { return nil }
        return moved(
            name: SecretName.sanitised("\(reader.receiver)_\(field)"),
            at: reader.input.lines.line(ofKey: key, from: line ?? 1))
    }

    /// An inline credential moved out to the secret `name`, reported.
    private mutating func moved(name: String, at line: Int?) -> Secret {
        let location = reader.input.location(line)
        if !secrets.contains(where: { $0.name == name }) { secrets.append((name, location)) }
        report.add(
            .review, at: location,
            "receiver \(reader.receiver): an inline credential is moved out to the secret \(name): put its value in that secret's file, never in the specs"
        )
        return Secret.secret(name)
    }

    private func text(_ key: String) throws(ImportError) -> String? {
        try reader.input.string(config[key], key, at: line)
    }

    private func global(_ key: String) throws(ImportError) -> String? {
        try reader.input.string(reader.global[key], key, at: nil)
    }

    private func flag(_ key: String) throws(ImportError) -> Bool? {
        guard let node = config[key] else { return nil }
        guard let value = node.boolValue else {
            throw ImportError("`\(key)` is not a boolean", at: reader.input.location(line))
        }
        return value
    }

    private func missing(_ key: String) -> ImportError {
        ImportError("receiver \(reader.receiver): \(kind) has no `\(key)`", at: reader.input.location(line))
    }
}

/// Secret names: file names of lowercase letters, digits and `_`.
enum SecretName {
    /// `name` with anything else replaced by `_`, lowercased.
    static func sanitised(_ name: String) -> String {
        String(name.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "_" })
    }
}
