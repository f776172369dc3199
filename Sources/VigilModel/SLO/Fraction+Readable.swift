extension Fraction {
    /// The fraction for people, as in a burn-rate factor: exact when short (14.4), else to two decimals (0.93).
    package var readable: String {
        let exact = description
        return exact.count <= 6 ? exact : rounded(toDecimals: 2).description
    }
}
