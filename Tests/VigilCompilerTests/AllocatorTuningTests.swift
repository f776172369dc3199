import Testing

@testable import VigilBackends
@testable import VigilCompiler
@testable import VigilModel

@Suite("Allocator tuning")
struct AllocatorTuningTests {
    @Test("glibc's allocator takes the settings on Linux; elsewhere nothing changes")
    func appliesOnLinux() {
        #if os(Linux)
            #expect(AllocatorTuning.apply())
        #else
            #expect(!AllocatorTuning.apply())
        #endif
    }
}
