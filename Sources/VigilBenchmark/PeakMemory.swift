#if canImport(Darwin)
    import Darwin
#else
    import Glibc
#endif

/// The most memory the process has held resident so far.
enum PeakMemory {
    /// The peak resident set size in bytes.
    static var bytes: Int {
        var usage = rusage()
        #if canImport(Darwin)
            guard getrusage(RUSAGE_SELF, &usage) == 0 else { return 0 }
            return Int(usage.ru_maxrss)
        #else
            guard getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage) == 0 else { return 0 }
            return Int(usage.ru_maxrss) * 1024
        #endif
    }
}
