/// A small seeded generator (SplitMix64), so that property-test failures reproduce on every run and
/// every toolchain.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A value in `0..<bound` (the tiny modulo bias does not matter here).
    mutating func next(below bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }

    /// A value in `range`.
    mutating func next(in range: ClosedRange<UInt32>) -> UInt32 {
        range.lowerBound + UInt32(next() % UInt64(range.upperBound - range.lowerBound + 1))
    }

    /// A random element of `elements`.
    mutating func pick<T>(_ elements: [T]) -> T {
        elements[next(below: elements.count)]
    }
}
