/// A small seeded generator (SplitMix64): the synthetic traffic is the same on every run and every toolchain.
struct SplitMix64 {
    private var state: UInt64

    /// A generator whose sequence `seed` decides.
    init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A value in `0..<1`, with 53 random bits.
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// `count × share` rounded down or up at random, so that the expected value is exact: how many of `count`
    /// events fall in a share of them. Always in `0...count`.
    mutating func share(of count: Int64, _ share: Double) -> Int64 {
        guard count > 0, share > 0 else { return 0 }
        guard share < 1 else { return count }
        let exact = Double(count) * share
        return min(count, Int64(exact + unit()))
    }
}
