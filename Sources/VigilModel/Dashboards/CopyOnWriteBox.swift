/// Storage for a large value type that is copied far more often than it changes: copies share one box
/// (a copy costs one retain), and a change copies the value first when the box is shared.
///
/// What it is worth for ``Panel`` (measured for issue 19, BENCHMARKS.md "Speed machinery"): with the panel's
/// fields stored in the struct instead, the dashboard workload took 11% more CPU time, 168 against 186 µs per
/// dashboard (best of 10 alternating runs; building, lowering, validation and emission each 2 to 7 µs more),
/// and 8% more in a single pass, more than the margin of the 10x target against grafana-foundation-sdk.
/// `specs generate` of the example stacks did not change measurably.
///
/// The box is only mutated through ``CopyOnWrite``'s `_modify`, after a uniqueness check, so no two
/// threads ever change one box; that is what makes the unchecked sendability safe.
final class CopyOnWriteBox<Value: Sendable>: @unchecked Sendable {
    var value: Value

    init(_ value: Value) {
        self.value = value
    }
}

/// A value kept in a ``CopyOnWriteBox``.
struct CopyOnWrite<Value: Sendable>: Sendable {
    private var box: CopyOnWriteBox<Value>

    init(_ value: Value) {
        box = CopyOnWriteBox(value)
    }

    /// The value; changing it copies it out of a shared box first. Reading borrows it, so reading one field
    /// does not copy (and retain) all the others.
    var value: Value {
        _read { yield box.value }
        _modify {
            if !isKnownUniquelyReferenced(&box) {
                box = CopyOnWriteBox(box.value)
            }
            yield &box.value
        }
    }
}
