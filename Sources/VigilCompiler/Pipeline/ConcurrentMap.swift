import Dispatch

extension Array where Element: Sendable {
    /// `map` run on every core: `transform` is called once per element, in no particular order and from
    /// several threads at once, and the results keep the elements' order. The first error (in element order)
    /// is rethrown after every call has finished.
    func concurrentMap<Transformed: Sendable, Failure: Error>(
        _ transform: @Sendable (Element) throws(Failure) -> Transformed
    ) throws(Failure) -> [Transformed] {
        guard count > 1 else { return try map(transform) }
        let slots = ResultSlots<Transformed, Failure>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            slots.store(Result { () throws(Failure) in try transform(self[index]) }, at: index)
        }
        return try slots.values()
    }
}

/// One result per task of a `concurrentMap`, each slot written by exactly one task (which is what makes the
/// unchecked sendability safe) and read after all of them have finished.
private final class ResultSlots<Value: Sendable, Failure: Error>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Result<Value, Failure>?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func store(_ result: Result<Value, Failure>, at index: Int) {
        slots[index] = result
    }

    /// The values in slot order, or the first failure.
    func values() throws(Failure) -> [Value] {
        var values: [Value] = []
        values.reserveCapacity(slots.count)
        for case .some(let result) in slots {
            values.append(try result.get())
        }
        return values
    }
}
