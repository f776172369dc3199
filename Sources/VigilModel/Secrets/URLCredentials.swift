import Foundation

/// The credentials a URL can carry, which must not be written into `generated/`: a password in its user
/// information (`https://user:pass@host`), a token in the path of a service whose webhook URLs are the
/// credential (Slack, Microsoft Teams and Power Automate, Discord, Telegram's bot API), or a query parameter that
/// holds a key or signature (`?token=`, `?sig=`, ...).
package enum URLCredentials {
    /// Hosts, or host suffixes, whose webhook URLs carry their token, with the path prefix that holds it.
    static let tokenHosts: [(host: String, path: String)] = [
        ("hooks.slack.com", "/services/"), ("hooks.slack.com", "/workflows/"), (".webhook.office.com", "/"),
        ("outlook.office.com", "/webhook"), (".logic.azure.com", "/"), ("discord.com", "/api/webhooks/"),
        ("discordapp.com", "/api/webhooks/"), ("api.telegram.org", "/bot"), ("chat.googleapis.com", "/"),
    ]

    /// Query parameters that hold a credential.
    static let credentialParameters: Set<String> = [
        "token", "access_token", "api_key", "apikey", "key", "secret", "sig", "signature", "password", "code",
        "auth",
    ]

    /// What in `url` is a credential, described with the credential itself masked; `nil` when it carries none.
    package static func credential(in url: String) -> String? {
        if let masked = passwordMasked(url) { return "a password: \(masked)" }
        guard let components = URLComponents(string: url), let host = components.host?.lowercased() else {
            return nil
        }
        let path = components.path
        if tokenHosts.contains(where: {
            matches(host, $0.host) && path.hasPrefix($0.path) && path.count > $0.path.count
        }) {
            return "its token, in the path of a \(host) webhook: \(components.scheme ?? "https")://\(host)/****"
        }
        let parameters = (components.queryItems ?? []).map { $0.name.lowercased() }
        if let parameter = parameters.first(where: credentialParameters.contains) {
            return "a credential in its query parameter '\(parameter)'"
        }
        return nil
    }

    /// Whether `host` is `pattern`, or ends with it when the pattern starts with a dot.
    static func matches(_ host: String, _ pattern: String) -> Bool {
        pattern.hasPrefix(".") ? host.hasSuffix(pattern) : host == pattern
    }

    /// `text` with the password of its user information replaced by `****`, when it has one: `user:pass@` after
    /// a scheme's `//` or at the start, the user possibly empty. `nil` without one.
    static func passwordMasked(_ text: String) -> String? {
        // Most values have no `@`; the regex, built at each call, is a tenth of a whole `specs check` otherwise.
        guard text.utf8.contains(UInt8(ascii: "@")) else { return nil }
        let pattern = #/(?<prefix>(?:^|//)[^/@:\s]*:)(?<password>[^/@\s]+)@/#
        guard let match = text.firstMatch(of: pattern) else { return nil }
        let password = match.output.password
        return text.replacingCharacters(in: password.startIndex..<password.endIndex, with: "****")
    }
}
