import Foundation

/// How the benchmark writes its figures.
enum Formatting {
    /// Seconds as milliseconds with one decimal.
    static func milliseconds(_ seconds: Double) -> String { String(format: "%.1f ms", seconds * 1000) }

    /// Seconds as microseconds without decimals.
    static func microseconds(_ seconds: Double) -> String { String(format: "%.0f µs", seconds * 1_000_000) }

    /// Bytes in mebibytes with one decimal.
    static func mebibytes(_ bytes: Int) -> String { String(format: "%.1f MiB", Double(bytes) / 1_048_576) }

    /// A ratio with one decimal and an x.
    static func ratio(_ value: Double) -> String { String(format: "%.1fx", value) }
}
