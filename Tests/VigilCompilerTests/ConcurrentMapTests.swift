import Testing

@testable import VigilBackends
@testable import VigilCompiler
@testable import VigilModel

@Suite struct ConcurrentMapTests {
    struct Failure: Error, Equatable {
        var element: Int
    }

    @Test("results keep the elements' order, for empty, single and long arrays")
    func keepsOrder() {
        let numbers = Array(0..<1000)
        #expect(numbers.concurrentMap { $0 * 2 } == numbers.map { $0 * 2 })
        #expect([7].concurrentMap { $0 + 1 } == [8])
        #expect([Int]().concurrentMap { $0 }.isEmpty)
    }

    @Test("the first failure in element order is thrown, whichever task failed first")
    func firstFailure() {
        #expect(throws: Failure(element: 3)) {
            try Array(0..<200).concurrentMap { (element: Int) throws(Failure) -> Int in
                if element % 50 == 3 { throw Failure(element: element) }
                return element
            }
        }
    }
}
