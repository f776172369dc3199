/// Storage for a large value type that is copied far more often than it changes: copies share one box
/// (a copy costs one retain), and a change copies the value first when the box is shared.
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
