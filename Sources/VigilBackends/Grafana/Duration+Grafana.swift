import VigilModel

extension Duration {
    /// The units of Grafana's interval fields, largest first.
    static let grafanaUnits: [(symbol: String, milliseconds: Int64)] = [
        ("d", 86_400_000), ("h", 3_600_000), ("m", 60_000), ("s", 1_000), ("ms", 1),
    ]

    /// The duration in the one unit Grafana's interval fields read: the largest that divides it exactly
    /// (`90m` stays `90m`, where the canonical form would be `1h30m`).
    package var grafanaInterval: String {
        let unit = Self.grafanaUnits.first { milliseconds % $0.milliseconds == 0 } ?? ("ms", 1)
        return "\(milliseconds / unit.milliseconds)\(unit.symbol)"
    }
}
