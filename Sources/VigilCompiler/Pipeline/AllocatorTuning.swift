#if os(Linux)
    import CMalloc
#endif

/// The C allocator's settings for a compiler run. By default glibc gives freed memory at the top of the heap
/// back to the system as soon as it passes 128 KiB, and grows the heap only as far as each request needs: a
/// compiler that builds and drops its intermediate values stage after stage then has the kernel map and zero
/// the same pages again and again (a tenth of the time it takes to generate a dashboard). Keeping up to
/// 512 MiB of freed memory and growing the heap 64 MiB at a time costs no more memory at the peak, which the
/// run reaches anyway.
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
