import Foundation
import VigilModel

/// The rules on the address a stack publishes its ports on: an IP address, and every interface only on purpose.
enum BindAddressRules {
    static let all: [ValidationRule] = [
        ValidationRule("the bind address is an IP address, every interface only by name", check: bindAddress)
    ]

    /// The wildcard addresses: every interface of the host.
    static let wildcards: Set<String> = ["0.0.0.0", "::", "[::]"]

    static func bindAddress(_ stack: ResolvedStack) -> [Diagnostic] {
        let address = stack.compose.bindAddress
        guard isIPAddress(address) else {
            return [
                .error(
                    "invalid-bind-address", "bind address '\(address)' is not an IPv4 or IPv6 address",
                    at: stack.location, hint: "e.g. bindAddress: \"10.0.4.12\", or leave the default, 127.0.0.1")
            ]
        }
        guard wildcards.contains(address), !stack.compose.bindsEveryInterfaceOnPurpose else { return [] }
        let exposed = ComposeProject(stack).containers.flatMap { container in
            container.ports.map { "\(container.name) on \($0.host) (\($0.purpose))" }
        }
        return [
            .error(
                "public-bind-address",
                "bind address '\(address)' publishes every port on every interface of the host: "
                    + (exposed.isEmpty ? "none today, and any added later" : exposed.joined(separator: ", "))
                    + "; Prometheus and Alertmanager have no authentication of their own",
                at: stack.location,
                hint: "write bindAddress: .everyInterface to publish them on purpose, or bind one interface's address")
        ]
    }

    /// Whether `text` is an IPv4 or IPv6 address (brackets around IPv6 allowed, as compose writes it).
    static func isIPAddress(_ text: String) -> Bool {
        let bare = text.hasPrefix("[") && text.hasSuffix("]") ? String(text.dropFirst().dropLast()) : text
        var ipv4 = in_addr()
        var ipv6 = in6_addr()
        return inet_pton(AF_INET, bare, &ipv4) == 1 || inet_pton(AF_INET6, bare, &ipv6) == 1
    }
}
