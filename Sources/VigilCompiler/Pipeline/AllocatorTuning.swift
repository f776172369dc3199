#if os(Linux)
    import CMalloc
#endif

/// The C allocator's settings for a compiler run. By default glibc gives freed memory at the top of the heap
/// back to the system as soon as it passes 128 KiB, and grows the heap only as far as each request needs: a
/// process that builds and drops a whole workload's values, then builds them again, has the kernel map and
/// zero the same pages again and again. Keeping up to 512 MiB of freed memory and growing the heap 64 MiB at a
/// time costs no more memory at the peak, which the run reaches anyway.
///
/// What it is worth (measured for issue 19, BENCHMARKS.md "Speed machinery"): 8% of the dashboard workload's
/// CPU time as `make bench` measures it, best of 5 passes in one process (82.7 against 89.6 ms for 500
/// dashboards; 9,953 against 25,490 page faults), more than the margin of the 10x target against
/// grafana-foundation-sdk. The gain is in the repeated passes: one pass, as `specs` makes, moves by 1 to 3%
/// (102.3 against 103.8 ms), and `specs generate` of the example stacks not measurably.
public enum AllocatorTuning {
    /// Freed memory the heap keeps instead of returning it to the system.
    static let keptFreeBytes: Int32 = 512 << 20
    /// How much further than needed the heap grows each time it grows.
    static let growthPadding: Int32 = 64 << 20

    /// Applies the settings to this process; whether the allocator took them (always on Linux with glibc,
    /// never elsewhere, where the system's allocator keeps its own policy).
    @discardableResult
    public static func apply() -> Bool {
        #if os(Linux)
            mallopt(M_TRIM_THRESHOLD, keptFreeBytes) == 1 && mallopt(M_TOP_PAD, growthPadding) == 1
        #else
            false
        #endif
    }
}
