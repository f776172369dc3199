import Testing
import VigilBackends
import VigilCompiler
import VigilModel

@Suite("Determinism")
struct DeterminismTests {
    @Test("two compilations give byte-identical files, with no machine paths")
    func byteIdentical() throws {
        let first = try Compiler().compile([Fixtures.shop]).outputs
        let second = try Compiler().compile([Fixtures.shop]).outputs
        #expect(first == second)
        for file in first.flatMap(\.files) {
            #expect(
                !file.contents.contains("/work/") && !file.contents.contains("/tmp/")
                    && !file.contents.contains("/home/"))
        }
    }
}
