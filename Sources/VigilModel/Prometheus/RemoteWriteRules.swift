/// The rules on the long-term stores Prometheus writes to: a URL Prometheus can send to, one name per queue, series
/// names it can keep, and the tenant in the header its engine reads. A credential in the URL is
/// ``CredentialRules``'s.
package enum RemoteWriteRules {
    package static let all: [ValidationRule] = [
        ValidationRule("remote writes go to an http(s) URL", check: urls),
        ValidationRule("remote writes have distinct names", check: names),
        ValidationRule("the raw series a remote write sends are metric names", check: rawSeries),
        ValidationRule("the tenant goes in the header its engine reads", check: tenantHeaders),
    ]

    static func urls(_ stack: ResolvedStack) -> [Diagnostic] {
        stack.prometheus.remoteWrite.compactMap { remote in
            let scheme = ["http://", "https://"].first { remote.url.hasPrefix($0) }
            let host = scheme.map { remote.url.dropFirst($0.count).prefix { $0 != "/" && $0 != ":" } }
            guard let host, !host.isEmpty, !remote.url.contains(where: \.isWhitespace) else {
                return .error(
                    "invalid-remote-write-url",
                    "remote write '\(remote.name)' sends to '\(remote.url)', not an http(s) URL",
                    at: remote.location,
                    hint: "write the engine's endpoint, e.g. http://victoriametrics:8428/api/v1/write")
            }
            return nil
        }
    }

    static func names(_ stack: ResolvedStack) -> [Diagnostic] {
        DuplicateNames.find(stack.prometheus.remoteWrite, by: \.name).map { remote, first in
            .error(
                "duplicate-remote-write",
                "two remote writes are named '\(remote.name)', first at \(first.location.reference): Prometheus "
                    + "refuses a configuration whose queues share a name",
                at: remote.location, hint: "give this one its own name: `name: \"\(remote.name)-2\"`")
        }
    }

    static func rawSeries(_ stack: ResolvedStack) -> [Diagnostic] {
        stack.prometheus.remoteWrite.flatMap { remote in
            remote.rawSeries.filter { !PrometheusNames.isValidMetricName($0) }.map { name in
                .error(
                    "invalid-remote-write-series",
                    "remote write '\(remote.name)' keeps the raw series '\(name)', which is no metric name",
                    at: remote.location,
                    hint: "list metric names, such as \"up\"; recorded series (with a colon) are sent anyway")
            }
        }
    }

    /// A tenant header written by hand: on an engine that reads another one (or none), Prometheus sends it and
    /// the engine ignores it, so every tenant's samples land in one; on its own engine it bypasses the preset.
    static func tenantHeaders(_ stack: ResolvedStack) -> [Diagnostic] {
        let tenantHeaders = [RemoteStorage.mimir(tenant: nil), .thanosReceive(tenant: nil)].compactMap(\.tenantHeader)
        return stack.prometheus.remoteWrite.flatMap { remote in
            remote.headers.keys.sorted().compactMap { header in
                guard let known = tenantHeaders.first(where: { $0.lowercased() == header.lowercased() })
                else { return nil }
                let own = remote.storage.tenantHeader == known
                return .error(
                    "misplaced-tenant-header",
                    own
                        ? "remote write '\(remote.name)' sets \(known) by hand, beside the preset's tenant"
                        : "remote write '\(remote.name)' sends \(known) to \(remote.storage.name), which does not read it",
                    at: remote.location,
                    hint: known == "X-Scope-OrgID"
                        ? "for Mimir, write `.mimir(url: ..., tenant: \"...\")`"
                        : "for Thanos Receive, write `.thanosReceive(url: ..., tenant: \"...\")`")
            }
        }
    }
}
