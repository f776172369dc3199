/// Checks a scrape target written as `host:port`, `host`, or `[ipv6]:port`.
enum TargetAddress {
    /// Why an address is not usable, and how to fix it.
    struct Problem {
        var reason: String
        var hint: String?
    }

    /// The problem with `address`, or `nil` when Prometheus can scrape it.
    static func problem(with address: String) -> Problem? {
        if let range = address.range(of: "://") {
            let scheme = address[..<range.lowerBound]
            let rest = address[range.upperBound...].prefix { $0 != "/" }
            return Problem(
                reason: "it includes the scheme '\(scheme)://'",
                hint: "write '\(rest)' and set the scheme (and path) on the scrape instead")
        }
        if address.contains("/") {
            return Problem(reason: "it includes a path", hint: "set the path with `path:` on the scrape instead")
        }
        let (host, port) = split(address)
        guard !host.isEmpty, host.allSatisfy(isHostCharacter) else {
            return Problem(reason: "'\(host)' is not a host name or IP address")
        }
        if let port,
            !(port.count <= 5 && port.allSatisfy(\.isASCII) && (Int(port).map { (1...65_535).contains($0) } ?? false))
        {
            return Problem(reason: "'\(port)' is not a port between 1 and 65535")
        }
        return nil
    }

    static func split(_ address: String) -> (host: Substring, port: Substring?) {
        if address.hasPrefix("["), let close = address.firstIndex(of: "]") {
            let host = address[address.index(after: address.startIndex)..<close]
            let rest = address[address.index(after: close)...]
            return (host, rest.hasPrefix(":") ? rest.dropFirst() : nil)
        }
        guard let colon = address.lastIndex(of: ":") else { return (address[...], nil) }
        return (address[..<colon], address[address.index(after: colon)...])
    }

    static func isHostCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || "-._:".contains(character))
    }
}
